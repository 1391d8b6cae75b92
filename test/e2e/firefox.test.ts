// The built extension in headless Firefox ESR (puppeteer-core over WebDriver BiDi, installed as a temporary
// add-on): the same journey as in Chromium, plus Firefox's own case — host permissions the user has not granted.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { HIGHLIGHT_PROBE, HOST_COUNT, PANEL_PROBE, spaNavigateProbe, type PanelView, ROOT, SCREENSHOTS, clickEventProbe, goldPositions, remoteRequests, serve, until, type Site } from './helpers.js';
import { type BidiConnection, ExtensionPage, badge, extensionProbe, launchFirefox, popupStatus, tabIdOf } from './firefox-helpers.js';

let site: Site;

beforeAll(async () => {
  site = await serve();
});
afterAll(async () => {
  await site?.close();
});

describe('Firefox, host permissions granted at install', () => {
  let browser: Browser;
  let probe: ExtensionPage;
  let demo: Page;
  let demoTab: number;
  const requests: string[] = [];

  beforeAll(async () => {
    browser = await launchFirefox(true);
    // Every request of every tab (pages, popups, extension pages), not only those of pages puppeteer opened.
    const bidi = (browser as unknown as { connection: BidiConnection }).connection;
    bidi.on('network.beforeRequestSent', e => void requests.push(e.request.url));
    await bidi.send('session.subscribe', { events: ['network.beforeRequestSent'] });
    probe = await extensionProbe(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the panel on the demo article, with the gold dates in date order', async () => {
    demo = await browser.newPage();
    await demo.setViewport({ width: 1280, height: 800 });
    await demo.goto(site.demo);
    const view = await until(() => demo.evaluate(PANEL_PROBE) as Promise<PanelView | null>, v => !!v && v.rows > 0, 30_000, 'the panel');
    const at = goldPositions(view!.datetimes);
    expect(at.every(i => i >= 0), `panel dates: ${view!.datetimes.join(' ')}`).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    await new Promise(r => setTimeout(r, 300));
    await demo.screenshot({ path: path.join(SCREENSHOTS, 'firefox-demo-panel.png') });
  });

  it('marks the tab with the badge', async () => {
    demoTab = await tabIdOf(probe, site.demo);
    expect(await until(() => badge(probe, demoTab), t => t !== '', 10_000, 'the badge')).toMatch(/^(?:\d+\+?|•)$/);
  });

  it('highlights the sentence of a clicked event', async () => {
    await demo.bringToFront();
    expect(await demo.evaluate(clickEventProbe('2017-07-07'))).not.toBeNull();
    const text = await until(() => demo.evaluate(HIGHLIGHT_PROBE) as Promise<string | null>, t => !!t, 5_000, 'the highlight');
    expect(text).toMatch(/announced a ceasefire/);
    await demo.screenshot({ path: path.join(SCREENSHOTS, 'firefox-demo-highlight.png') });
  });

  it('popup (as a tab aimed at the page) says it is a Syria-conflict article, with reasons', async () => {
    const { page, status } = await popupStatus(browser, demoTab);
    expect(status).toBe('popupSyria');
    expect(await page.eval<number>(`document.querySelectorAll('ul.reasons li').length`)).toBeGreaterThan(0);
    // axe-core, evaluated over BiDi (the extension page's CSP governs its own scripts, not the remote end's).
    await page.eval(fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    expect(await page.eval<string[]>(`axe.run(document, { resultTypes: ['violations'] }).then(r => r.violations.map(v => v.id))`)).toEqual([]);
    await page.screenshot(path.join(SCREENSHOTS, 'firefox-popup-demo.png'));
    await page.close();
  });

  it('on a news page about another subject: analysed, but no panel and no badge; the popup says so', async () => {
    const page = await browser.newPage();
    await page.goto(site.other);
    const tabId = await tabIdOf(probe, site.other);
    const { page: popup, status } = await until(async () => {
      const r = await popupStatus(browser, tabId);
      if (r.status !== 'popupNotSyria') await r.page.close();
      return r;
    }, r => r.status === 'popupNotSyria', 20_000, 'the verdict');
    expect(status).toBe('popupNotSyria');
    expect(await page.evaluate(HOST_COUNT)).toBe(0);
    expect(await badge(probe, tabId)).toBe('');
    // "Analyse this page anyway" opens the panel on request; still no badge.
    await popup.eval(`document.querySelector('[data-action="analyse"]').click()`);
    await until(() => page.evaluate(HOST_COUNT), n => n === 1, 10_000, 'the panel on request');
    expect(await badge(probe, tabId)).toBe('');
    await popup.close();
    await page.close();
  });

  it('follows a single-page navigation to a Syria article: the panel opens and the badge is set', async () => {
    const page = await browser.newPage();
    const start = `${site.other}?spa`;
    await page.goto(start);
    const tabId = await tabIdOf(probe, start);
    await new Promise(r => setTimeout(r, 1500));
    expect(await page.evaluate(HOST_COUNT)).toBe(0);
    await page.evaluate(spaNavigateProbe(site.demo, '/news/syria-spa.html'));
    const view = await until(() => page.evaluate(PANEL_PROBE) as Promise<PanelView | null>, v => !!v && v.rows > 0, 20_000, 'the panel after navigation');
    expect(goldPositions(view!.datetimes).every(i => i >= 0)).toBe(true);
    expect(await until(() => badge(probe, tabId), t => t !== '', 10_000, 'the badge after navigation')).not.toBe('');
    await page.close();
  });

  it('on a silenced site: no analysis, panel or badge; the popup says so', async () => {
    await probe.eval(`browser.storage.sync.set({ silenced: ['127.0.0.1'] })`);
    const url = `${site.demo}?silenced`;
    const page = await browser.newPage();
    try {
      await page.goto(url);
      const tabId = await tabIdOf(probe, url);
      await until(() => probe.eval<string | null>(`browser.storage.session.get('tab:${tabId}').then(r => (r['tab:${tabId}'] || {}).gate || null)`),
        g => g === 'silenced', 20_000, 'the silenced gate');
      expect(await page.evaluate(HOST_COUNT)).toBe(0);
      expect(await badge(probe, tabId)).toBe('');
      const { page: popup, status } = await popupStatus(browser, tabId);
      expect(status).toBe('popupSilencedSite');
      expect(await popup.eval<boolean>(`document.querySelector('input[name="silence"]').checked`)).toBe(true);
      await popup.close();
    } finally {
      await probe.eval(`browser.storage.sync.set({ silenced: [] })`);
      await page.close();
    }
  });

  it('options page: the same settings, accessible, saved to storage.sync', async () => {
    const options = await ExtensionPage.open(browser, 'options.html');
    await until(() => options.eval<boolean>(`!!document.querySelector('select[name="theme"]')`).catch(() => false), ok => ok, 10_000, 'the options page');
    await options.eval(fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    expect(await options.eval<string[]>(`axe.run(document, { resultTypes: ['violations'] }).then(r => r.violations.map(v => v.id))`)).toEqual([]);
    await options.eval(`(() => { const s = document.querySelector('select[name="side"]'); s.value = 'left'; s.dispatchEvent(new Event('change', { bubbles: true })); })()`);
    await until(() => probe.eval<string>(`browser.storage.sync.get('side').then(r => r.side)`), v => v === 'left', 5_000, 'the side saved');
    await probe.eval(`browser.storage.sync.set({ side: 'auto' })`);
    await options.close();
  });

  it('sent no request to any host but the local test server', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(remoteRequests(requests)).toEqual([]);
  });
});

describe('Firefox, host permissions not granted', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchFirefox(false);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('runs nothing on the page, and the popup says permission is missing and offers to analyse anyway', async () => {
    const probe = await extensionProbe(browser);
    const page = await browser.newPage();
    await page.goto(site.demo);
    await new Promise(r => setTimeout(r, 1500));
    expect(await page.evaluate(HOST_COUNT)).toBe(0);
    // Without the host permission Firefox hides the tab's URL too: the page is the last tab that is not ours.
    const tabId = await until(() => probe.eval<number>(`browser.tabs.query({}).then(ts => (ts.filter(t => !(t.url || '').startsWith('moz-extension')).pop() || {}).id || 0)`), id => id > 0, 10_000, 'the page tab');
    const { page: popup, status } = await popupStatus(browser, tabId);
    expect(status).toBe('popupNoAccess');
    expect(await popup.eval<number>(`document.querySelectorAll('[data-action="analyse"]').length`)).toBe(1);
    await popup.screenshot(path.join(SCREENSHOTS, 'firefox-popup-not-granted.png'));
    await popup.close();
  });
});
