// The hostile-page suite (test/e2e/hostile/cases.ts) in headless Firefox ESR over WebDriver BiDi, plus the
// no-network check. BiDi reports the requests of every tab (network.beforeRequestSent) but not those of the
// extension's background page, which is no browsing context; the local server's own log covers any request to it
// from anywhere, and test/code-rules.test.ts shows no bundle holds a network API at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { serve, type Site } from './helpers.js';
import { ExtensionPage, extensionProbe, launchFirefox, type BidiConnection } from './firefox-helpers.js';
import { HOSTILE_CASES, expectedRequest } from './hostile/cases.js';
import { runCase, type Driver, type OpenPage, type TabState } from './hostile/runner.js';

interface LogEntry { level: string; text: string | null; type: string; stackTrace?: { callFrames: { url: string }[] } }

let site: Site;
let browser: Browser;
let probe: ExtensionPage;
let reloaded = false;
const requests: string[] = [];
const pageErrors: string[] = [];

const tabIds = () => probe.eval<number[]>('browser.tabs.query({}).then(ts => ts.map(t => t.id))');

// The background's own errors: listeners added to the event page from an extension page (re-added after it sleeps).
const BACKGROUND_ERRORS = `(() => {
  const bg = browser.extension.getBackgroundPage();
  if (!bg) return [];
  if (!bg.__hostileErrors) {
    bg.__hostileErrors = [];
    bg.addEventListener('error', e => bg.__hostileErrors.push('background: ' + e.message));
    bg.addEventListener('unhandledrejection', e => bg.__hostileErrors.push('background rejection: ' + e.reason));
  }
  return bg.__hostileErrors.splice(0);
})()`;

const driver: Driver = {
  browser: 'firefox',
  async open(url) {
    const before = await tabIds();
    const page: Page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 }).catch(() => undefined);
    await page.bringToFront();
    const tabId = await probe.eval<number[]>('browser.tabs.query({}).then(ts => ts.map(t => t.id))').then(ids => ids.find(id => !before.includes(id)) ?? 0);
    const handle: OpenPage = {
      tabId,
      eval: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
      close: () => page.close(),
    };
    return handle;
  },
  tabState: tabId => probe.eval<TabState | null>(`browser.storage.session.get('tab:${tabId}').then(r => r['tab:${tabId}'] ?? null)`),
  async popup(tabId, press) {
    const p = await ExtensionPage.open(browser, `popup.html?tabId=${tabId}`);
    try {
      const status = (await until(() => p.eval<string | null>(`document.querySelector('[data-status]')?.dataset.status ?? null`).catch(() => null), s => !!s, 10_000))!;
      let alert: string | null = null;
      if (press && await p.eval<boolean>(`!!document.querySelector('[data-action="${press}"]')`)) {
        await p.eval(`document.querySelector('[data-action="${press}"]').click()`);
        if (press === 'analyse') alert = await until(() => p.eval<string | null>(`document.querySelector('[role="alert"]')?.textContent ?? null`), a => !!a, 3_000).catch(() => null);
        else await new Promise(r => setTimeout(r, 300));
      }
      return { status, alert };
    } finally {
      await p.close();
    }
  },
  async drainErrors() {
    const out = pageErrors.splice(0);
    if (!reloaded) out.push(...await probe.eval<string[]>(BACKGROUND_ERRORS));
    return out;
  },
  async reloadExtension() {
    reloaded = true;
    await probe.eval('browser.runtime.reload()').catch(() => undefined);
  },
};

async function until<T>(f: () => Promise<T>, ok: (v: T) => boolean, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise(r => setTimeout(r, 150));
  }
}

beforeAll(async () => {
  site = await serve();
  browser = await launchFirefox(true);
  const bidi = (browser as unknown as { connection: BidiConnection }).connection;
  bidi.on('network.beforeRequestSent', e => void requests.push(e.request.url));
  // Content-script errors reach the page's console log with their moz-extension:// source.
  (bidi as unknown as { on(e: string, f: (p: LogEntry) => void): void }).on('log.entryAdded', e => {
    const where = `${e.text ?? ''} ${(e.stackTrace?.callFrames ?? []).map(f => f.url).join(' ')}`;
    if ((e.level === 'error' || e.level === 'warn') && where.includes('moz-extension://')) pageErrors.push(`${e.type} ${e.level}: ${where}`);
  });
  await bidi.send('session.subscribe', { events: ['network.beforeRequestSent', 'log.entryAdded'] });
  probe = await extensionProbe(browser);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('Firefox, hostile pages', () => {
  it.each(HOSTILE_CASES.map(c => [c.name, c] as const))('%s', async (_, c) => runCase(driver, c, site.origin), 180_000);

  it('no request but the pages themselves, from any tab; none to the server but the pages', () => {
    expect(requests.length).toBeGreaterThan(HOSTILE_CASES.length);
    // resource:// and moz-extension:// are the browser's and the extension's own files (PDF viewer, popup).
    expect(requests.filter(u => !/^(?:resource|moz-extension|chrome|data|blob):/.test(u) && !expectedRequest(site.origin, u))).toEqual([]);
    expect(site.log.filter(p => !expectedRequest(site.origin, site.origin + p))).toEqual([]);
  });
});
