// Real-browser smoke check of the panel, outside the extension: the demo page under a strict style CSP and
// hostile page CSS, the panel mounted from a page-world bundle. Checks styles survive, axe-core finds no
// violations, keyboard flow, highlight on click, close clears it; saves screenshots.
// Run: npx tsx test/panel/browser/smoke.ts [chromium|firefox] (the extension e2e lives in test/e2e/).
// SMOKE_MODE=extension loads the same bundle as a content script of a throwaway extension instead, to check the
// isolated-world cases (adoptedStyleSheets and the Highlight API from a content script).
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { analyzeDocument } from '../../../src/core/pipeline.js';
import { parseDocument } from '../../../scripts/cli/read-html.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const OUT = process.env.SMOKE_OUT ?? path.join(os.tmpdir(), 'panel-smoke');
const which = process.argv[2] ?? 'chromium';
const theme = (process.env.SMOKE_THEME ?? 'auto') as 'auto' | 'light' | 'dark';
const asExtension = process.env.SMOKE_MODE === 'extension';
const side = (process.env.SMOKE_SIDE ?? 'right') as 'left' | 'right';
const forcedColors = process.env.SMOKE_FORCED === '1' ? 'active' as const : 'none' as const;
const shot = (browser: string, what: string) => path.join(OUT, `${browser}-${asExtension ? 'ext-' : ''}${theme}-${side}${forcedColors === 'active' ? '-forced' : ''}-${what}.png`);
fs.mkdirSync(OUT, { recursive: true });

const demo = fs.readFileSync(path.join(ROOT, 'demo/iran-syria-ceasefire.html'), 'utf8');
const timeline = analyzeDocument(parseDocument(demo), 'http://127.0.0.1/demo', { now: '2026-01-01T00:00:00Z' });

const bundle = await build({
  entryPoints: [path.join(import.meta.dirname, 'entry.tsx')], bundle: true, write: false, format: 'iife',
  jsx: 'automatic', jsxImportSource: 'preact', define: { TIMELINE: JSON.stringify(timeline), OPTIONS: JSON.stringify({ theme, side }) },
});
const js = bundle.outputFiles[0]!.text;
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'";
// Page CSS that would wreck an unisolated panel (field notes §3.2 item 9).
const HOSTILE = 'html{font-size:10px} body{color:red;line-height:3;letter-spacing:2px} *{font-family:serif} button{background:lime!important}';
const page = demo
  .replace('<head>', `<head><meta http-equiv="Content-Security-Policy" content="${CSP}"><link rel="stylesheet" href="/hostile.css">`)
  .replace('</body>', asExtension ? '</body>' : '<script src="/panel.js"></script></body>');
const EXT = fs.mkdtempSync(path.join(os.tmpdir(), 'panel-ext-'));
fs.writeFileSync(path.join(EXT, 'content.js'), js);
fs.writeFileSync(path.join(EXT, 'manifest.json'), JSON.stringify({
  manifest_version: 3, name: 'panel smoke', version: '0.0.1',
  content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['content.js'], run_at: 'document_idle' }],
  browser_specific_settings: { gecko: { id: 'panel-smoke@example.org', strict_min_version: '128.0' } },
}));
const axe = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const files: Record<string, [string, string]> = {
  '/demo': ['text/html', page], '/panel.js': ['text/javascript', js], '/axe.js': ['text/javascript', axe], '/hostile.css': ['text/css', HOSTILE],
};
const server = http.createServer((req, res) => {
  const f = files[req.url ?? ''];
  res.writeHead(f ? 200 : 404, { 'content-type': f?.[0] ?? 'text/plain' }).end(f?.[1] ?? '');
});
await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/demo`;

// Everything below runs in the page; it returns a report instead of throwing so both browsers share it.
const PROBE = `(async () => {
  const host = [...document.documentElement.children].find(e => e.tagName.toLowerCase().startsWith('snt-panel-'));
  const root = host.shadowRoot;
  const aside = root.querySelector('aside');
  const cs = getComputedStyle(aside);
  const out = { styles: { fontSize: cs.fontSize, width: cs.width, position: cs.position, fontFamily: cs.fontFamily,
    buttonBg: getComputedStyle(root.querySelector('.row-main')).backgroundColor },
    styleMode: root.adoptedStyleSheets.length ? 'adopted' : 'style-element', focusedHeading: root.activeElement === root.querySelector('h2') };
  const s = document.createElement('script'); s.src = '/axe.js'; document.head.append(s);
  await new Promise(r => s.onload = r);
  const res = await axe.run({ include: [[host.tagName.toLowerCase()]] }, { resultTypes: ['violations'] });
  out.axe = res.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '));
  return out;
})()`;

async function chromium() {
  const { chromium } = await import('playwright-core');
  const ctxOptions = { viewport: { width: 1200, height: 800 }, colorScheme: theme === 'dark' ? 'dark' as const : 'light' as const, forcedColors };
  const args = ['--no-sandbox', '--disable-gpu'];
  const browser = asExtension ? null : await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args });
  const ctx = browser ? await browser.newContext(ctxOptions) : await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'panel-profile-')), {
    ...ctxOptions, executablePath: '/usr/lib/chromium/chromium', headless: false,
    args: [...args, '--headless=new', `--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`],
  });
  const p = await ctx.newPage();
  const errors: string[] = [];
  p.on('pageerror', e => errors.push(String(e)));
  p.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  await p.goto(url);
  await p.waitForSelector('aside');
  await p.waitForTimeout(200);
  const report: Record<string, unknown> = await p.evaluate(PROBE);
  await p.screenshot({ path: shot('chromium', 'open') });
  // Keyboard: Tab from the heading reaches the first row; arrows move; Enter highlights the sentence.
  const rowsText = () => p.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.textContent ?? null);
  await p.keyboard.press('Tab');
  const kb: unknown[] = [];
  for (const k of ['Tab', 'Tab', 'Tab', 'Tab']) { await p.keyboard.press(k); kb.push(await rowsText()); }
  await p.locator('[data-row]').first().focus();
  await p.keyboard.press('End');
  kb.push(await rowsText());
  await p.keyboard.press('Home');
  kb.push(await rowsText());
  report.keyboard = kb;
  await p.keyboard.press('Enter');
  await p.waitForTimeout(600);
  report.highlight = await p.evaluate(() => {
    const names = [...CSS.highlights.keys()].filter(n => n.startsWith('snt-evidence-'));
    const h = names[0] ? CSS.highlights.get(names[0]) : null;
    return { names: names.length, text: h ? ([...h][0]?.toString() ?? null) : null, scrollY: window.scrollY };
  });
  await p.screenshot({ path: shot('chromium', 'highlight') });
  await p.locator('[aria-label="Collapse timeline"]').click();
  await p.screenshot({ path: shot('chromium', 'collapsed') });
  report.collapsedTab = await p.locator('.tab').textContent();
  await p.locator('.tab').click();
  await p.locator('.chip').first().click().catch(() => undefined);
  await p.screenshot({ path: shot('chromium', 'card') });
  await p.keyboard.press('Escape');
  await p.keyboard.press('Escape');
  report.afterClose = await p.evaluate(() => ({
    hostDisplay: getComputedStyle([...document.documentElement.children].find(e => e.tagName.toLowerCase().startsWith('snt-panel-'))!).display,
    highlights: [...CSS.highlights.keys()].length,
    docSheets: document.adoptedStyleSheets.length,
  }));
  // The demo page's own inline <style> is blocked by the test CSP; only other errors matter.
  report.errors = errors.filter(e => !e.includes('Applying inline style violates'));
  await ctx.close();
  await browser?.close();
  return report;
}

async function firefox() {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true,
    extraPrefsFirefox: { 'extensions.originControls.grantByDefault': true } });
  if (asExtension) await browser.installExtension(EXT);
  const p = await browser.newPage();
  await p.setViewport({ width: 1200, height: 800 });
  await p.goto(url);
  await p.waitForSelector('>>> aside');
  await new Promise(r => setTimeout(r, 300));
  const report = (await p.evaluate(PROBE)) as Record<string, unknown>;
  await p.screenshot({ path: shot('firefox', 'open') });
  await p.evaluate(() => {
    const host = [...document.documentElement.children].find(e => e.tagName.toLowerCase().startsWith('snt-panel-'))!;
    (host.shadowRoot!.querySelector('[data-row]') as HTMLElement).click();
  });
  await new Promise(r => setTimeout(r, 600));
  report.highlight = await p.evaluate(() => {
    const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const sel = getSelection()?.toString() ?? '';
    return { api: !!reg, names: reg ? [...reg.keys()].length : 0, selection: sel.slice(0, 60) };
  });
  await p.screenshot({ path: shot('firefox', 'highlight') });
  await browser.close();
  return report;
}

try {
  const report = which === 'firefox' ? await firefox() : await chromium();
  console.log(JSON.stringify(report, null, 2));
  console.log(`screenshots in ${OUT}`);
} finally {
  server.close();
  fs.rmSync(EXT, { recursive: true, force: true });
}
