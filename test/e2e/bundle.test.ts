// What the stores check, on the built output: per-browser manifests from the one source, minimal permissions, a
// small gate, and no code that could make a network request or load remote code (field notes §2.2, §2.6).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROOT, extDir } from './helpers.js';

type Manifest = Record<string, any>;
const manifest = (b: 'chrome' | 'firefox') => JSON.parse(fs.readFileSync(path.join(extDir(b), 'manifest.json'), 'utf8')) as Manifest;
// Ways a script can reach the network or pull in code; the KB's source links are plain strings shown as <a href>.
const NETWORK = /\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts|createElement\(\s*["']script["']|\beval\s*\(|new Function\s*\(/;
// Code from strings and remote code, anywhere in a bundle (Preact and Readability included) or an extension page.
const REMOTE_CODE = /\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]|\bdocument\.write(?:ln)?\s*\(|createElement\(\s*["'`]script["'`]|\bimport\s*\(\s*["'`]?https?:|<script[^>]+src\s*=\s*["']?(?:https?:)?\/\/|\.src\s*=\s*["'`]https?:|\b(?:setTimeout|setInterval)\s*\(\s*["'`]/;

/** Every built file in dist/ (store builds and e2e builds, both browsers) that a browser would run. */
function builtFiles(dir = path.join(ROOT, 'dist')): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? builtFiles(p) : /\.(?:js|html)$/.test(e.name) ? [p] : [];
  });
}

describe('built extension', () => {
  it('Chrome gets a service worker; Firefox an event page, a gecko id, data_collection_permissions none, min 142', () => {
    const c = manifest('chrome');
    const f = manifest('firefox');
    expect(c.background).toEqual({ service_worker: 'background.js' });
    expect(c.browser_specific_settings).toBeUndefined();
    expect(f.background).toEqual({ scripts: ['background.js'] });
    expect(f.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(Number.parseFloat(f.browser_specific_settings.gecko.strict_min_version)).toBeGreaterThanOrEqual(142);
  });

  it('asks only for storage, activeTab and scripting; all sites only as optional; hosts = the gate origins', () => {
    for (const m of [manifest('chrome'), manifest('firefox')]) {
      expect([...m.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
      expect(m.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
      expect(m.host_permissions).toEqual(m.content_scripts[0].matches);
      expect(m.host_permissions.some((p: string) => /^(?:<all_urls>|\*:\/\/\*\/|https?:\/\/\*\/)/.test(p))).toBe(false);
      expect(m.content_security_policy).toBeUndefined();
      expect(m.content_scripts[0].all_frames).toBeUndefined();
    }
  });

  it('keeps the always-on gate under 5 KB gzipped', () => {
    expect(zlib.gzipSync(fs.readFileSync(path.join(extDir('chrome'), 'gate.js'))).length).toBeLessThanOrEqual(5 * 1024);
  });

  it.each(['chrome', 'firefox'] as const)('%s: no bundle has a network or remote-code API', browser => {
    const js = fs.readdirSync(extDir(browser)).filter(f => f.endsWith('.js'));
    expect(js).toEqual(expect.arrayContaining(['analyse.js', 'background.js', 'gate.js', 'popup.js']));
    for (const file of js) expect(fs.readFileSync(path.join(extDir(browser), file), 'utf8').match(NETWORK)?.[0] ?? null, file).toBeNull();
  });

  it('no built file in dist/ evaluates strings as code, writes the document or loads remote code', () => {
    const files = builtFiles();
    expect(files.length).toBeGreaterThanOrEqual(10);
    const hits = files.flatMap(f => fs.readFileSync(f, 'utf8').split('\n').flatMap((line, i) => {
      const m = REMOTE_CODE.exec(line);
      return m ? [`${path.relative(ROOT, f)}:${i + 1}: ${m[0]}`] : [];
    }));
    expect(hits).toEqual([]);
  });

  it('merges every locale file into messages.json, with every __MSG_ key the manifest uses', () => {
    const msgs = JSON.parse(fs.readFileSync(path.join(extDir('firefox'), '_locales/en/messages.json'), 'utf8')) as Record<string, unknown>;
    const used = [...JSON.stringify(manifest('firefox')).matchAll(/__MSG_(\w+)__/g)].map(m => m[1]!);
    for (const key of used) expect(msgs).toHaveProperty(key);
    expect(msgs).toHaveProperty('panel_label');
    expect(msgs).toHaveProperty('popupSyria');
  });
});
