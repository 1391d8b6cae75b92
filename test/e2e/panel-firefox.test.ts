// The panel inside the built extension in Firefox (puppeteer-core over WebDriver BiDi, browser-testing.md):
// the content-script world where adoptedStyleSheets has historically failed, so styles are checked too.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { HIGHLIGHT_PROBE, PANEL_PROBE, ROOT, extDir, serve, tempDir, until, type Site } from './helpers.js';
import { EXPECTED_STYLES, PANEL_STYLE_PROBE, serveHostile } from './panel-helpers.js';

const SHOTS = tempDir('snt-panel-shots-firefox-');
const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const HOST = `[...document.documentElement.children].find(e => e.tagName.toLowerCase().startsWith('snt-panel-'))`;
const FOCUSED_TIME = `(${HOST}.shadowRoot.activeElement?.querySelector('time')?.getAttribute('datetime') ?? null)`;

let site: Site;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  site = await serve();
  browser = await puppeteer.launch({
    browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true,
    extraPrefsFirefox: { 'extensions.originControls.grantByDefault': true },
    env: { ...process.env, HOME: tempDir('snt-panel-ff-home-') },
  });
  await browser.installExtension(extDir('firefox'));
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(site.demo);
  await until(() => page.evaluate(PANEL_PROBE) as Promise<{ rows: number } | null>, v => !!v && v.rows > 0, 30_000, 'the panel');
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('panel in Firefox', () => {
  it('keeps its own styles (px, not the page font) and has no axe-core violations', async () => {
    const styles = await page.evaluate(`(() => { const cs = getComputedStyle(${HOST}.shadowRoot.querySelector('aside'));
      return { position: cs.position, fontSize: cs.fontSize, width: cs.width }; })()`);
    expect(styles).toEqual({ position: 'fixed', fontSize: '14px', width: '380px' });
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(`(async () => {
      const res = await axe.run({ include: [[${HOST}.tagName.toLowerCase()]] }, { resultTypes: ['violations'] });
      return res.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '));
    })()`);
    expect(violations).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'open.png') });
  });

  it('arrow keys move between events; Enter highlights the sentence; Escape closes and clears it', async () => {
    const times = (await page.evaluate(`[...${HOST}.shadowRoot.querySelectorAll('[data-row] time')].map(t => t.getAttribute('datetime'))`)) as string[];
    await page.evaluate(`${HOST}.shadowRoot.querySelector('[data-row]').focus()`);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(FOCUSED_TIME)).toBe(times[1]);
    await page.keyboard.press('End');
    expect(await page.evaluate(FOCUSED_TIME)).toBe(times[times.length - 1]);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const text = await until(() => page.evaluate(HIGHLIGHT_PROBE) as Promise<string | null>, t => !!t, 5_000, 'the highlight');
    expect(text!.length).toBeGreaterThan(20);
    await new Promise(r => setTimeout(r, 500));
    await page.screenshot({ path: path.join(SHOTS, 'highlight.png') });
    await page.keyboard.press('Escape');
    await until(() => page.evaluate(PANEL_PROBE), v => v === null, 5_000, 'the panel to close');
    expect(await page.evaluate(HIGHLIGHT_PROBE)).toBeNull();
    console.log(`panel screenshots: ${SHOTS}`);
  });

  it('keeps its styles under a strict page CSP and hostile page CSS', async () => {
    const hostile = await serveHostile();
    const p = await browser.newPage();
    try {
      await p.setViewport({ width: 1280, height: 800 });
      await p.goto(hostile.url);
      await until(() => p.evaluate(PANEL_PROBE) as Promise<{ rows: number } | null>, v => !!v && v.rows > 0, 30_000, 'the panel');
      expect(await p.evaluate(PANEL_STYLE_PROBE)).toEqual(EXPECTED_STYLES);
      await p.screenshot({ path: path.join(SHOTS, 'strict-csp.png') });
    } finally {
      await p.close();
      await hostile.close();
    }
  });
});
