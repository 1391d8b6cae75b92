// The panel inside the built extension (Chromium content-script world): accessibility (axe-core, light, dark and
// on an RTL page), the keyboard flow, highlight on activation, explainer cards, the three exports parsed back,
// Escape closing, clearing and returning focus, no focus stolen when it opens by itself, settings followed live.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { HIGHLIGHT_PROBE, PANEL_PROBE, ROOT, SCREENSHOTS, launchChromium, serve, until, type Site } from './helpers.js';
import {
  AXE_PANEL, DARK_BACKGROUND, EXPECTED_STYLES, HOST, LIGHT_BACKGROUND, PAGE_BUTTON, PAGE_BUTTON_FOCUSED, PANEL_FOCUS, PANEL_LOOK, PANEL_STYLE_PROBE, PASTED,
  PASTE_TARGET, ROW_TIMES, checkExports, serveHostile, type PanelFocus, type PanelLook,
} from './panel-helpers.js';

/** In the service worker, where sw.evaluate runs these functions. */
declare const chrome: import('webextension-polyfill').Browser;

const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const shot = (p: Page, name: string) => p.screenshot({ path: path.join(SCREENSHOTS, `chromium-${name}.png`) });

let site: Site;
let ctx: BrowserContext;
let sw: Worker;
let page: Page;

async function axeViolations(p: Page): Promise<string[]> {
  if (!(await p.evaluate('typeof axe !== "undefined"'))) await p.addScriptTag({ content: AXE });
  return p.evaluate(AXE_PANEL) as Promise<string[]>;
}
const focus = (p: Page) => p.evaluate(PANEL_FOCUS) as Promise<PanelFocus | null>;
const look = (p: Page) => p.evaluate(PANEL_LOOK) as Promise<PanelLook>;
const setSettings = (s: Record<string, unknown>) => sw.evaluate(v => chrome.storage.sync.set(v), s);
const openPanel = (p: Page) => until(() => p.evaluate(PANEL_PROBE) as Promise<{ rows: number } | null>, v => !!v && v.rows > 0, 30_000, 'the panel');

beforeAll(async () => {
  site = await serve();
  ctx = await launchChromium('snt-panel-chromium-');
  sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  page = await ctx.newPage();
  await page.goto(site.demo);
  await openPanel(page);
});

afterAll(async () => {
  await ctx?.close();
  await site?.close();
});

describe('panel in Chromium', () => {
  it('opened by itself, it does not take focus from the page', async () => {
    expect(await focus(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  });

  it('has no axe-core violations (light)', async () => {
    expect((await look(page)).background).toBe(LIGHT_BACKGROUND);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('moves through events with arrow keys, Home and End', async () => {
    const times = (await page.evaluate(ROW_TIMES)) as (string | null)[];
    expect(times.length).toBeGreaterThan(2);
    await page.locator('[data-row]').first().focus();
    expect((await focus(page))!.time).toBe(times[0]);
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
    const evidence = await page.locator('[data-row][aria-expanded="true"] ~ .more .evidence').textContent();
    expect(evidence!.replace(/\s+/g, ' ')).toContain(text!.replace(/\s+/g, ' ').slice(0, 40));
  });

  it('a chip opens its explainer card; Escape closes the card and returns focus to the chip', async () => {
    const chip = page.locator('.chip').first();
    const name = (await chip.textContent())!;
    await chip.focus();
    await page.keyboard.press('Enter');
    await page.locator('[role="dialog"]').waitFor();
    expect(await page.locator('[role="dialog"] h3').textContent()).toBe(name);
    expect((await focus(page))!.cls).toContain('icon-button');
    await shot(page, 'panel-card');
    await page.keyboard.press('Escape');
    expect(await page.locator('[role="dialog"]').count()).toBe(0);
    expect((await focus(page))!.text).toBe(name);
    expect(await page.evaluate(PANEL_PROBE)).not.toBeNull();
  });

  it('exports valid Markdown (copied, with the source link), JSON and iCalendar', async () => {
    const datetimes = ((await page.evaluate(PANEL_PROBE)) as { datetimes: string[] }).datetimes;
    await page.locator('.exports button').nth(0).click();
    await page.locator('[aria-live="polite"]', { hasText: 'Copied' }).waitFor();
    await page.evaluate(PASTE_TARGET);
    await page.keyboard.press('Control+V');
    const md = (await page.evaluate(PASTED)) as string;
    const download = async (nth: number) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.locator('.exports button').nth(nth).click()]);
      return fs.readFileSync((await d.path())!, 'utf8');
    };
    const [json, ics] = [await download(1), await download(2)];
    checkExports(md, json, ics, datetimes);
  });

  it('keys the page forges at our host or the document do not reach the panel\'s controls', async () => {
    // Events dispatched at the host travel up, never into its shadow tree, so the controls need no isTrusted check.
    await page.evaluate(`for (const t of [${HOST}, document, document.body]) for (const key of ['Escape', 'End', 'Enter'])
      t.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }))`);
    expect(await page.evaluate(PANEL_PROBE)).not.toBeNull();
  });

  it('Escape closes the panel and clears the highlight', async () => {
    await page.locator('[data-row]').first().focus();
    await page.keyboard.press('Escape');
    await until(() => page.evaluate(PANEL_PROBE), v => v === null, 5_000, 'the panel to close');
    expect(await page.evaluate(HIGHLIGHT_PROBE)).toBeNull();
  });

  it('opened by the user (popup), it takes focus; Escape gives focus back to where it was', async () => {
    expect(await page.evaluate(PAGE_BUTTON)).toBe(true);
    const extensionId = new URL(sw.url()).host;
    const tabId = await sw.evaluate(async u => (await chrome.tabs.query({})).find(t => t.url === u)?.id ?? 0, site.demo);
    const popup = await ctx.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.click('[data-action="show"]');
    await openPanel(page);
    await popup.close();
    await page.bringToFront();
    expect((await until(() => focus(page), f => !!f, 5_000, 'focus in the panel'))!.tag).toBe('h2');
    await page.keyboard.press('Escape');
    await until(() => page.evaluate(PANEL_PROBE), v => v === null, 5_000, 'the panel to close');
    expect(await page.evaluate(PAGE_BUTTON_FOCUSED)).toBe(true);
  });

  it('by keyboard: collapses to a small tab and back; the resize handle widens it and the width is remembered', async () => {
    const p = await ctx.newPage();
    try {
      await p.goto(`${site.demo}?controls`);
      await openPanel(p);
      await p.locator('button[aria-label="Collapse timeline"]').focus();
      await p.keyboard.press('Enter');
      const tab = p.locator('button.tab');
      await tab.waitFor();
      expect((await focus(p))!.cls).toBe('tab');
      const box = (await tab.boundingBox())!;
      expect(box.width).toBeLessThan(60);
      await p.keyboard.press('Enter');
      await p.locator('[role="separator"]').waitFor();
      expect((await focus(p))!.tag).toBe('h2');
      await p.locator('[role="separator"]').focus();
      await p.keyboard.press('ArrowLeft');
      await until(() => p.evaluate(`getComputedStyle(${HOST}.shadowRoot.querySelector('aside')).width`), w => w === '404px', 5_000, 'a wider panel');
      await until(() => sw.evaluate(() => chrome.storage.sync.get('width')), v => v.width === 404, 5_000, 'the width remembered');
    } finally {
      await setSettings({ width: 0 });
      await p.close();
    }
  });

  it('with reduced motion and forced colours (Windows high contrast): still no axe-core violations', async () => {
    const p = await ctx.newPage();
    try {
      await p.emulateMedia({ reducedMotion: 'reduce', forcedColors: 'active' });
      await p.goto(`${site.demo}?forced`);
      await openPanel(p);
      expect(await axeViolations(p)).toEqual([]);
      await shot(p, 'panel-forced-colors');
    } finally {
      await p.close();
    }
  });

  it('follows the system dark mode (theme "auto"), and the theme setting overrides it, live', async () => {
    const p = await ctx.newPage();
    try {
      await p.emulateMedia({ colorScheme: 'dark' });
      await p.goto(`${site.demo}?dark`);
      await openPanel(p);
      expect((await look(p)).background).toBe(DARK_BACKGROUND);
      expect(await axeViolations(p)).toEqual([]);
      await p.waitForTimeout(300);
      await shot(p, 'panel-dark');
      await setSettings({ theme: 'light', side: 'left' });
      await until(() => look(p), l => l.background === LIGHT_BACKGROUND && l.side === 'left', 5_000, 'the light theme on the left');
    } finally {
      await setSettings({ theme: 'auto', side: 'auto' });
      await p.close();
    }
  });

  it('on an Arabic (RTL) page: at the line ends (left), article text right-to-left in Arabic, names isolated, no axe-core violations', async () => {
    const p = await ctx.newPage();
    try {
      await p.goto(site.arabic);
      await openPanel(p);
      const l = await look(p);
      expect(l).toEqual(expect.objectContaining({ side: 'left', dir: 'ltr', labelDir: 'rtl', labelLang: 'ar', chipsInBdi: true }));
      expect(await axeViolations(p)).toEqual([]);
      await p.waitForTimeout(300);
      await shot(p, 'panel-rtl');
    } finally {
      await p.close();
    }
  });

  it('keeps its styles under a strict page CSP and hostile page CSS', async () => {
    const hostile = await serveHostile();
    const p = await ctx.newPage();
    try {
      await p.goto(hostile.url);
      await openPanel(p);
      expect(await p.evaluate(PANEL_STYLE_PROBE)).toEqual(EXPECTED_STYLES);
      await shot(p, 'panel-strict-csp');
    } finally {
      await p.close();
      await hostile.close();
    }
  });
});
