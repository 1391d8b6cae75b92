// The panel inside the built extension in Firefox (puppeteer-core over WebDriver BiDi, browser-testing.md): the
// content-script world where adoptedStyleSheets has historically failed, so styles are checked too; then the same
// reader's journey as in Chromium: axe-core (light, dark, RTL), keyboard, highlight, card, exports, focus, settings.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { HIGHLIGHT_PROBE, PANEL_PROBE, ROOT, SCREENSHOTS, serve, tempDir, until, type Site } from './helpers.js';
import { type ExtensionPage, extensionProbe, launchFirefox, tabIdOf } from './firefox-helpers.js';
import {
  AXE_PANEL, DARK_BACKGROUND, EXPECTED_STYLES, HOST, LIGHT_BACKGROUND, PAGE_BUTTON, PAGE_BUTTON_FOCUSED, PANEL_FOCUS, PANEL_LOOK,
  PANEL_STYLE_PROBE, PASTED, PASTE_TARGET, ROW_TIMES, checkExports, serveHostile, type PanelFocus, type PanelLook,
} from './panel-helpers.js';

const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const DOWNLOADS = tempDir('snt-panel-ff-downloads-');
const shot = (p: Page, name: string) => p.screenshot({ path: path.join(SCREENSHOTS, `firefox-${name}.png`) });
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

let site: Site;
let browser: Browser;
let probe: ExtensionPage;
let page: Page;

async function axeViolations(p: Page): Promise<string[]> {
  if (!(await p.evaluate('typeof axe !== "undefined"'))) await p.addScriptTag({ content: AXE });
  return p.evaluate(AXE_PANEL) as Promise<string[]>;
}
const focus = (p: Page) => p.evaluate(PANEL_FOCUS) as Promise<PanelFocus | null>;
const look = (p: Page) => p.evaluate(PANEL_LOOK) as Promise<PanelLook>;
const setSettings = (s: Record<string, unknown>) => probe.eval(`browser.storage.sync.set(${JSON.stringify(s)})`);
const openPanel = (p: Page) => until(() => p.evaluate(PANEL_PROBE) as Promise<{ rows: number } | null>, v => !!v && v.rows > 0, 30_000, 'the panel');
/** Focus an element of the panel's open root by selector (puppeteer's `pierce/` reaches into it). */
const focusIn = (p: Page, selector: string) => p.evaluate(`${HOST}.shadowRoot.querySelector(${JSON.stringify(selector)}).focus()`);

async function newPage(url: string): Promise<Page> {
  const p = await browser.newPage();
  await p.setViewport({ width: 1280, height: 800 });
  await p.goto(url);
  return p;
}

beforeAll(async () => {
  site = await serve();
  // Downloads go straight to a temp folder, no dialog (the export test reads them back).
  browser = await launchFirefox(true, {
    'browser.download.folderList': 2, 'browser.download.dir': DOWNLOADS, 'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.helperApps.neverAsk.saveToDisk': 'application/json,text/calendar',
  });
  probe = await extensionProbe(browser);
  page = await newPage(site.demo);
  await openPanel(page);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('panel in Firefox', () => {
  it('opened by itself, it does not take focus from the page', async () => {
    expect(await focus(page)).toBeNull();
  });

  it('keeps its own styles (px, not the page font) and has no axe-core violations (light)', async () => {
    const styles = await page.evaluate(`(() => { const cs = getComputedStyle(${HOST}.shadowRoot.querySelector('aside'));
      return { position: cs.position, fontSize: cs.fontSize, width: cs.width }; })()`);
    expect(styles).toEqual({ position: 'fixed', fontSize: '14px', width: '380px' });
    expect((await look(page)).background).toBe(LIGHT_BACKGROUND);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('collapses to a small tab and back by keyboard', async () => {
    await focusIn(page, 'button[aria-label="Collapse timeline"]');
    await page.keyboard.press('Enter');
    expect((await until(() => focus(page), f => f?.cls === 'tab', 5_000, 'the tab focused'))!.text).toMatch(/^Timeline \(\d+\)$/);
    await page.keyboard.press('Enter');
    expect((await until(() => focus(page), f => f?.tag === 'h2', 5_000, 'the heading focused'))!.text).toBe('Timeline');
  });

  it('moves through events with arrow keys, Home and End', async () => {
    const times = (await page.evaluate(ROW_TIMES)) as string[];
    expect(times.length).toBeGreaterThan(2);
    await focusIn(page, '[data-row]');
    await page.keyboard.press('ArrowDown');
    expect((await focus(page))!.time).toBe(times[1]);
    await page.keyboard.press('End');
    expect((await focus(page))!.time).toBe(times[times.length - 1]);
    await page.keyboard.press('Home');
    expect((await focus(page))!.time).toBe(times[0]);
  });

  it('Enter expands an event to its evidence and highlights its sentence in the page', async () => {
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const text = await until(() => page.evaluate(HIGHLIGHT_PROBE) as Promise<string | null>, t => !!t, 5_000, 'the highlight');
    expect(text!.length).toBeGreaterThan(20);
    const evidence = (await page.evaluate(`${HOST}.shadowRoot.querySelector('[data-row][aria-expanded="true"]').parentElement.querySelector('.evidence')?.textContent ?? ''`)) as string;
    expect(evidence.replace(/\s+/g, ' ')).toContain(text!.replace(/\s+/g, ' ').slice(0, 40));
  });

  it('a chip opens its explainer card; Escape closes the card and returns focus to the chip', async () => {
    const name = (await page.evaluate(`${HOST}.shadowRoot.querySelector('.chip').textContent`)) as string;
    await focusIn(page, '.chip');
    await page.keyboard.press('Enter');
    await until(() => page.evaluate(`!!${HOST}.shadowRoot.querySelector('[role="dialog"]')`), v => v === true, 5_000, 'the card');
    expect(await page.evaluate(`${HOST}.shadowRoot.querySelector('[role="dialog"] h3').textContent`)).toBe(name);
    expect((await focus(page))!.cls).toContain('icon-button');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(`!!${HOST}.shadowRoot.querySelector('[role="dialog"]')`)).toBe(false);
    expect((await focus(page))!.text).toBe(name);
    expect(await page.evaluate(PANEL_PROBE)).not.toBeNull();
  });

  it('exports valid Markdown (copied, with the source link), JSON and iCalendar', async () => {
    const datetimes = ((await page.evaluate(PANEL_PROBE)) as { datetimes: string[] }).datetimes;
    // Rows out of view skip layout (content-visibility): bring the buttons into view and let layout settle first,
    // or the click can land where a button was before the rows above it were laid out.
    await page.evaluate(`${HOST}.shadowRoot.querySelector('.exports').scrollIntoView({ block: 'center' })`);
    await sleep(300);
    const buttons = await page.$$('pierce/.exports button');
    expect(buttons).toHaveLength(3);
    await buttons[0]!.click();
    await until(() => page.evaluate(`${HOST}.shadowRoot.querySelector('[aria-live="polite"]').textContent`), t => /Copied/.test(String(t)), 5_000, 'copied');
    await page.evaluate(PASTE_TARGET);
    await page.keyboard.down('Control');
    await page.keyboard.press('v');
    await page.keyboard.up('Control');
    const md = (await page.evaluate(PASTED)) as string;
    const download = async (button: number, ext: string) => {
      const before = new Set(fs.readdirSync(DOWNLOADS));
      await buttons[button]!.click();
      const file = await until(async () => fs.readdirSync(DOWNLOADS).find(f => !before.has(f) && f.endsWith(`.${ext}`)) ?? '',
        f => !!f && fs.statSync(path.join(DOWNLOADS, f)).size > 0, 10_000, `the .${ext} download`);
      await sleep(200);
      return fs.readFileSync(path.join(DOWNLOADS, file), 'utf8');
    };
    const json = await download(1, 'json');
    const ics = await download(2, 'ics');
    checkExports(md, json, ics, datetimes);
  });

  it('Escape closes the panel and clears the highlight', async () => {
    await focusIn(page, '[data-row]');
    await page.keyboard.press('Escape');
    await until(() => page.evaluate(PANEL_PROBE), v => v === null, 5_000, 'the panel to close');
    expect(await page.evaluate(HIGHLIGHT_PROBE)).toBeNull();
  });

  it('opened by the user (popup), it takes focus; Escape gives focus back to where it was', async () => {
    expect(await page.evaluate(PAGE_BUTTON)).toBe(true);
    const tabId = await tabIdOf(probe, site.demo);
    await probe.eval(`browser.runtime.sendMessage({ type: 'ui-bg-panel', tabId: ${tabId}, panel: 'open' })`);
    await openPanel(page);
    await page.bringToFront();
    expect((await until(() => focus(page), f => !!f, 5_000, 'focus in the panel'))!.tag).toBe('h2');
    await page.keyboard.press('Escape');
    await until(() => page.evaluate(PANEL_PROBE), v => v === null, 5_000, 'the panel to close');
    expect(await page.evaluate(PAGE_BUTTON_FOCUSED)).toBe(true);
  });

  it('the dark theme setting applies live, with no axe-core violations', async () => {
    const p = await newPage(`${site.demo}?dark`);
    try {
      await openPanel(p);
      await setSettings({ theme: 'dark' });
      await until(() => look(p), l => l.background === DARK_BACKGROUND, 5_000, 'the dark theme');
      expect(await axeViolations(p)).toEqual([]);
      await sleep(300);
      await shot(p, 'panel-dark');
    } finally {
      await setSettings({ theme: 'auto' });
      await p.close();
    }
  });

  it('on an Arabic (RTL) page: at the line ends (left), article text right-to-left in Arabic, names isolated, no axe-core violations', async () => {
    const p = await newPage(site.arabic);
    try {
      await openPanel(p);
      expect(await look(p)).toEqual(expect.objectContaining({ side: 'left', dir: 'ltr', labelDir: 'rtl', labelLang: 'ar', chipsInBdi: true }));
      expect(await axeViolations(p)).toEqual([]);
      await sleep(300);
      await shot(p, 'panel-rtl');
    } finally {
      await p.close();
    }
  });

  it('keeps its styles under a strict page CSP and hostile page CSS', async () => {
    const hostile = await serveHostile();
    try {
      const p = await newPage(hostile.url);
      await openPanel(p);
      expect(await p.evaluate(PANEL_STYLE_PROBE)).toEqual(EXPECTED_STYLES);
      await shot(p, 'panel-strict-csp');
      await p.close();
    } finally {
      await hostile.close();
    }
  });
});
