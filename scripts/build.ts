// Builds the extension for both browsers from the one source manifest: dist/chrome/ and dist/firefox/.
//   npm run build                 store build (closed shadow root)
//   npm run build -- --e2e        test build in dist/e2e/<browser>/ (open shadow root, so e2e selectors reach the panel)
// Bundles are not minified: AMO reviewers read them (field notes §2.6, §2.7).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { build } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '..');
const e2e = process.argv.includes('--e2e');
const OUT = path.join(ROOT, 'dist', e2e ? 'e2e' : '');
const BROWSERS = ['chrome', 'firefox'] as const;
type BrowserName = (typeof BROWSERS)[number];
/** The always-on gate's budget (field notes §4.3). */
const GATE_GZIP_LIMIT = 5 * 1024;

const ENTRIES = {
  background: 'src/background.ts',
  gate: 'content-scripts/gate.ts',
  analyse: 'content-scripts/analyse.ts',
  popup: 'popup/main.tsx',
  options: 'options/main.tsx',
};
const COPY = ['popup/popup.html', 'popup/popup.css', 'options/options.html'];

function manifestFor(browser: BrowserName): Record<string, unknown> {
  const m = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'));
  m.version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
  // The gate's origins are also host permissions: Chrome lets scripting.executeScript (the analysis bundle) into a
  // page only with a host permission, and content_scripts.matches alone do not grant one. One list, in the source.
  m.host_permissions = m.content_scripts[0].matches;
  if (browser === 'chrome') {
    // Chrome warns about background.scripts in MV3; Firefox ignores service_worker (addons-linter
    // BACKGROUND_SERVICE_WORKER_IGNORED), so each gets only its own key.
    m.background = { service_worker: m.background.service_worker };
    delete m.browser_specific_settings;
  } else {
    m.background = { scripts: m.background.scripts };
    delete m.minimum_chrome_version;
  }
  return m;
}

/** Every JSON file in src/_locales/<lang>/ (extension.json, panel.json …) merged into one messages.json. */
function mergeLocales(): Map<string, Record<string, unknown>> {
  const dir = path.join(ROOT, 'src/_locales');
  const out = new Map<string, Record<string, unknown>>();
  for (const lang of fs.readdirSync(dir)) {
    const merged: Record<string, unknown> = {};
    for (const file of fs.readdirSync(path.join(dir, lang)).filter(f => f.endsWith('.json')).sort()) {
      const msgs = JSON.parse(fs.readFileSync(path.join(dir, lang, file), 'utf8')) as Record<string, unknown>;
      for (const [k, v] of Object.entries(msgs)) {
        if (k in merged) throw new Error(`_locales/${lang}: message "${k}" is defined twice (${file})`);
        merged[k] = v;
      }
    }
    out.set(lang, merged);
  }
  return out;
}

async function bundle(outdir: string): Promise<void> {
  await build({
    entryPoints: Object.entries(ENTRIES).map(([out, src]) => ({ out, in: path.join(ROOT, src) })),
    outdir,
    bundle: true,
    // Classic scripts everywhere: content scripts cannot be modules, and one format keeps the background the
    // same file for Chrome's worker and Firefox's event page.
    format: 'iife',
    target: ['chrome120', 'firefox142'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { __SNT_SHADOW__: JSON.stringify(e2e ? 'open' : 'closed') },
    logLevel: 'warning',
  });
}

// ---- icons: drawn here so the repository holds no binaries (a timeline: a rule with three dots) ----

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (b: Buffer) => {
  let c = 0xffffffff;
  for (const x of b) c = CRC[(c ^ x) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function icon(size: number): Buffer {
  const px = Buffer.alloc(size * (size * 4 + 1));
  const r = size * 0.2;
  for (let y = 0; y < size; y++) {
    px[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const cx = x + 0.5, cy = y + 0.5;
      // Rounded square: distance outside the inner rectangle.
      const dx = Math.max(r - cx, 0, cx - (size - r)), dy = Math.max(r - cy, 0, cy - (size - r));
      const inside = Math.hypot(dx, dy) <= r;
      const rule = Math.abs(cx - size * 0.32) <= Math.max(1, size * 0.05) && cy > size * 0.18 && cy < size * 0.82;
      const dot = [0.28, 0.5, 0.72].some(f => Math.hypot(cx - size * 0.32, cy - size * f) <= size * 0.1);
      const bar = [0.28, 0.5, 0.72].some((f, i) => Math.abs(cy - size * f) <= Math.max(0.8, size * 0.045) && cx > size * 0.48 && cx < size * (0.84 - i * 0.1));
      const white = rule || dot || bar;
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const rgb = white ? [255, 255, 255] : [0x8a, 0x2d, 0x1c];
      px[o] = rgb[0]!; px[o + 1] = rgb[1]!; px[o + 2] = rgb[2]!; px[o + 3] = inside ? 255 : 0;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(px)), chunk('IEND', Buffer.alloc(0))]);
}

async function main(): Promise<void> {
  const shared = path.join(OUT, '.bundle');
  fs.rmSync(shared, { recursive: true, force: true });
  await bundle(shared);
  const gateGzip = zlib.gzipSync(fs.readFileSync(path.join(shared, 'gate.js'))).length;
  if (gateGzip > GATE_GZIP_LIMIT) throw new Error(`gate.js is ${gateGzip} B gzipped, over the ${GATE_GZIP_LIMIT} B budget`);
  const locales = mergeLocales();
  for (const browser of BROWSERS) {
    const dir = path.join(OUT, browser);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(path.join(dir, 'icons'), { recursive: true });
    fs.cpSync(shared, dir, { recursive: true });
    for (const f of COPY) fs.copyFileSync(path.join(ROOT, f), path.join(dir, path.basename(f)));
    fs.writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifestFor(browser), null, 2)}\n`);
    for (const [lang, msgs] of locales) {
      fs.mkdirSync(path.join(dir, '_locales', lang), { recursive: true });
      fs.writeFileSync(path.join(dir, '_locales', lang, 'messages.json'), `${JSON.stringify(msgs, null, 2)}\n`);
    }
    for (const size of [16, 32, 48, 128]) fs.writeFileSync(path.join(dir, 'icons', `icon-${size}.png`), icon(size));
  }
  fs.rmSync(shared, { recursive: true, force: true });
  const kb = (f: string) => `${(fs.statSync(path.join(OUT, 'chrome', f)).size / 1024).toFixed(1)} KB`;
  console.log(`built ${path.relative(ROOT, OUT) || '.'}/{chrome,firefox}: gate.js ${kb('gate.js')} (${(gateGzip / 1024).toFixed(2)} KB gzipped), analyse.js ${kb('analyse.js')}, background.js ${kb('background.js')}, popup.js ${kb('popup.js')}`);
}

main().catch((e: unknown) => {
  console.error(`build failed: ${(e as Error)?.message ?? e}`);
  process.exit(1);
});
