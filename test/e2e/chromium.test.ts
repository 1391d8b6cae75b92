// The built extension in headless Chromium (playwright-core, --load-extension): gate → injected analysis → panel,
// badge and popup on the demo article and on a news page about something else; no request leaves the machine.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { HIGHLIGHT_PROBE, HOST_COUNT, PANEL_PROBE, spaNavigateProbe, type PanelView, ROOT, SCREENSHOTS, clickEventProbe, goldPositions, launchChromium, remoteRequests, serve, until, type Site } from './helpers.js';

/** In the service worker, where sw.evaluate runs these functions (same shape as the polyfill's `browser`). */
declare const chrome: import('webextension-polyfill').Browser;

// Extension service-worker requests are reported to the context only with this flag (Playwright docs).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

let site: Site;
let ctx: BrowserContext;
let sw: Worker;
let extensionId: string;
const requests: string[] = [];

async function tabIdOf(url: string): Promise<number> {
  return until(() => sw.evaluate(async u => (await chrome.tabs.query({})).find(t => t.url === u)?.id ?? 0, url), id => id > 0, 10_000, `tab of ${url}`);
}
const badge = (tabId: number) => sw.evaluate(id => chrome.action.getBadgeText({ tabId: id }), tabId);
const tabState = (tabId: number) => sw.evaluate(async id => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null, tabId) as Promise<{ analysis: { syriaConflict: boolean } | null } | null>;

async function popupFor(tabId: number): Promise<Page> {
  const p = await ctx.newPage();
  await p.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await p.waitForSelector('[data-status]');
  return p;
}

beforeAll(async () => {
  site = await serve();
  ctx = await launchChromium('snt-chromium-');
  ctx.on('request', r => void requests.push(r.url()));
  sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  extensionId = new URL(sw.url()).host;
});

afterAll(async () => {
  await ctx?.close();
  await site?.close();
});

describe('Chromium', () => {
  let demo: Page;
  let demoTab: number;

  it('shows the panel on the demo article, with the gold dates in date order', async () => {
    demo = await ctx.newPage();
    await demo.goto(site.demo);
    const view = await until(() => demo.evaluate(PANEL_PROBE) as Promise<PanelView | null>, v => !!v && v.rows > 0, 30_000, 'the panel');
    const at = goldPositions(view!.datetimes);
    expect(at.every(i => i >= 0), `panel dates: ${view!.datetimes.join(' ')}`).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    await demo.waitForTimeout(300);
    await demo.screenshot({ path: path.join(SCREENSHOTS, 'chromium-demo-panel.png') });
  });

  it('marks the tab with the badge', async () => {
    demoTab = await tabIdOf(site.demo);
    expect(await until(() => badge(demoTab), t => t !== '', 10_000, 'the badge')).toMatch(/^(?:\d+\+?|•)$/);
  });

  it('highlights the sentence of a clicked event', async () => {
    expect(await demo.evaluate(clickEventProbe('2017-07-07'))).not.toBeNull();
    const text = await until(() => demo.evaluate(HIGHLIGHT_PROBE) as Promise<string | null>, t => !!t, 5_000, 'the highlight');
    expect(text).toMatch(/announced a ceasefire/);
    await demo.screenshot({ path: path.join(SCREENSHOTS, 'chromium-demo-highlight.png') });
  });

  it('popup (as a tab aimed at the page) says it is a Syria-conflict article, with reasons', async () => {
    const p = await popupFor(demoTab);
    expect(await p.getAttribute('[data-status]', 'data-status')).toBe('popupSyria');
    expect(await p.locator('ul.reasons li').count()).toBeGreaterThan(0);
    expect(await p.locator('[data-action="hide"]').count()).toBe(1);
    // axe-core, evaluated over CDP (the popup's CSP keeps out script tags, not the debugger).
    await p.evaluate(fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    const violations = await p.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => v.id);
    });
    expect(violations).toEqual([]);
    await p.setViewportSize({ width: 380, height: 420 });
    await p.screenshot({ path: path.join(SCREENSHOTS, 'chromium-popup-demo.png'), fullPage: true });
    await p.close();
  });

  it('popup closes and reopens the panel', async () => {
    const p = await popupFor(demoTab);
    await p.click('[data-action="hide"]');
    await until(() => demo.evaluate(PANEL_PROBE), v => v === null, 10_000, 'the panel to close');
    await p.waitForSelector('[data-action="show"]');
    await p.click('[data-action="show"]');
    await until(() => demo.evaluate(PANEL_PROBE) as Promise<PanelView | null>, v => !!v && v.rows > 0, 10_000, 'the panel to reopen');
    expect(await demo.evaluate(HOST_COUNT)).toBe(1);
    await p.close();
  });

  it('on a news page about another subject: analysed, but no panel and no badge; the popup says so', async () => {
    const page = await ctx.newPage();
    await page.goto(site.other);
    const tabId = await tabIdOf(site.other);
    const state = await until(() => tabState(tabId), s => !!s?.analysis, 20_000, 'the analysis');
    expect(state!.analysis!.syriaConflict).toBe(false);
    expect(await page.evaluate(HOST_COUNT)).toBe(0);
    expect(await badge(tabId)).toBe('');
    const p = await popupFor(tabId);
    expect(await p.getAttribute('[data-status]', 'data-status')).toBe('popupNotSyria');
    // "Analyse this page anyway" opens the panel on request, saying it is not a Syria-conflict article.
    await p.click('[data-action="analyse"]');
    await until(() => page.evaluate(HOST_COUNT), n => n === 1, 10_000, 'the panel on request');
    expect(await badge(tabId)).toBe('');
    await p.close();
    await page.close();
  });

  it('follows a single-page navigation to a Syria article: analyses it again, opens the panel, sets the badge', async () => {
    const page = await ctx.newPage();
    const start = `${site.other}?spa`;
    await page.goto(start);
    const tabId = await tabIdOf(start);
    await until(() => tabState(tabId), s => !!s?.analysis, 20_000, 'the first analysis');
    expect(await page.evaluate(HOST_COUNT)).toBe(0);
    await page.evaluate(spaNavigateProbe(site.demo, '/news/syria-spa.html'));
    const view = await until(() => page.evaluate(PANEL_PROBE) as Promise<PanelView | null>, v => !!v && v.rows > 0, 20_000, 'the panel after navigation');
    expect(goldPositions(view!.datetimes).every(i => i >= 0)).toBe(true);
    expect(await until(() => badge(tabId), t => t !== '', 10_000, 'the badge after navigation')).not.toBe('');
    await page.close();
  });

  it('popup on a browser page says it has no access, and analysing it fails with a message', async () => {
    const tabIds = () => sw.evaluate(async () => (await chrome.tabs.query({})).map(t => t.id ?? 0));
    const before = await tabIds();
    const page = await ctx.newPage();
    await page.goto('chrome://version');
    // Without the "tabs" permission Chromium hides a browser page's URL from us: the new tab is the one.
    const tabId = (await tabIds()).find(id => !before.includes(id))!;
    const p = await popupFor(tabId);
    expect(await p.getAttribute('[data-status]', 'data-status')).toBe('popupNoAccess');
    await p.click('[data-action="analyse"]');
    expect(await p.textContent('[role="alert"]')).toMatch(/could not be analysed/);
    await p.close();
    await page.close();
  });

  it('with "only mark the badge", the demo gets the badge but no panel until the popup asks', async () => {
    await sw.evaluate(() => chrome.storage.sync.set({ open: 'badge' }));
    const page = await ctx.newPage();
    await page.goto(`${site.demo}?badge-only`);
    const tabId = await tabIdOf(`${site.demo}?badge-only`);
    await until(() => badge(tabId), t => t !== '', 20_000, 'the badge');
    expect(await page.evaluate(HOST_COUNT)).toBe(0);
    const p = await popupFor(tabId);
    await p.click('[data-action="show"]');
    await until(() => page.evaluate(PANEL_PROBE) as Promise<PanelView | null>, v => !!v && v.rows > 0, 10_000, 'the panel on request');
    await sw.evaluate(() => chrome.storage.sync.set({ open: 'auto' }));
    await p.close();
    await page.close();
  });

  it('on a silenced site: no analysis, panel or badge; the popup says so, and analyses on request', async () => {
    await sw.evaluate(() => chrome.storage.sync.set({ silenced: ['127.0.0.1'] }));
    const url = `${site.demo}?silenced`;
    const page = await ctx.newPage();
    try {
      await page.goto(url);
      const tabId = await tabIdOf(url);
      await until(() => tabState(tabId), s => (s as { gate?: string } | null)?.gate === 'silenced', 20_000, 'the silenced gate');
      expect(await page.evaluate(HOST_COUNT)).toBe(0);
      expect(await badge(tabId)).toBe('');
      const p = await popupFor(tabId);
      expect(await p.getAttribute('[data-status]', 'data-status')).toBe('popupSilencedSite');
      expect(await p.isChecked('input[name="silence"]')).toBe(true);
      await p.click('[data-action="analyse"]');
      await until(() => page.evaluate(PANEL_PROBE) as Promise<PanelView | null>, v => !!v && v.rows > 0, 10_000, 'the panel on request');
      // Unticking the box takes the site off the list.
      await p.uncheck('input[name="silence"]');
      await until(() => sw.evaluate(() => chrome.storage.sync.get('silenced')), v => Array.isArray(v.silenced) && v.silenced.length === 0, 5_000, 'the site unsilenced');
      await p.close();
    } finally {
      await sw.evaluate(() => chrome.storage.sync.set({ silenced: [] }));
      await page.close();
    }
  });

  it('options page: the same settings, accessible, saved to storage.sync', async () => {
    const p = await ctx.newPage();
    await p.goto(`chrome-extension://${extensionId}/options.html`);
    await p.waitForSelector('select[name="theme"]');
    await p.evaluate(fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    const violations = await p.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => v.id);
    });
    expect(violations).toEqual([]);
    await p.selectOption('select[name="theme"]', 'dark');
    await p.check('input[name="context"]');
    await until(() => sw.evaluate(() => chrome.storage.sync.get(['theme', 'context'])), v => v.theme === 'dark' && v.context === true, 5_000, 'the settings saved');
    await p.setViewportSize({ width: 480, height: 420 });
    await p.screenshot({ path: path.join(SCREENSHOTS, 'chromium-options.png'), fullPage: true });
    await sw.evaluate(() => chrome.storage.sync.set({ theme: 'auto', context: false }));
    await p.close();
  });

  it('removes its panel when the extension goes away under it ("Extension context invalidated")', async () => {
    expect(await demo.evaluate(HOST_COUNT)).toBe(1);
    // A command-line extension does not come back from reload() here: for the page it is as if it were removed.
    await sw.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await until(async () => {
      await demo.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      return demo.evaluate(HOST_COUNT);
    }, n => n === 0, 10_000, 'the panel to go');
  });

  it('sent no request to any host but the local test server', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(remoteRequests(requests)).toEqual([]);
  });
});
