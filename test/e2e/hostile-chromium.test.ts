// The hostile-page suite (test/e2e/hostile/cases.ts) in headless Chromium, plus the no-network check: no request
// from the extension's service worker, and none from any page but for the pages themselves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import { launchChromium, serve, type Site } from './helpers.js';
import { HOSTILE_CASES, expectedRequest } from './hostile/cases.js';
import { runCase, type Driver, type OpenPage, type TabState } from './hostile/runner.js';

declare const chrome: import('webextension-polyfill').Browser;
declare const self: { __hostileErrors?: string[]; addEventListener(t: string, f: (e: { message?: string; reason?: unknown }) => void): void };

// Extension service-worker requests are reported to the context only with this flag (Playwright docs).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

let site: Site;
let ctx: BrowserContext;
let sw: Worker;
let extensionId: string;
let reloaded = false;
const requests: { url: string; fromWorker: boolean }[] = [];
const pageErrors: string[] = [];

/** Errors in the background: recorded by listeners we add to the worker (it may restart: re-added per case). */
async function watchWorker(): Promise<void> {
  await sw.evaluate(() => {
    if (self.__hostileErrors) return;
    const errors: string[] = (self.__hostileErrors = []);
    self.addEventListener('error', e => void errors.push(`background: ${e.message}`));
    self.addEventListener('unhandledrejection', e => void errors.push(`background rejection: ${String(e.reason)}`));
  });
}

/** Exceptions and console errors in our content scripts' isolated world (CDP sees every context of the page). */
async function watchPage(page: Page): Promise<CDPSession> {
  const cdp = await ctx.newCDPSession(page);
  const ours = new Set<number>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin.startsWith('chrome-extension://') || context.name === 'Syria News Timeline') ours.add(context.id);
  });
  const mine = (id: number | undefined, text: string) => (id !== undefined && ours.has(id)) || text.includes('chrome-extension://');
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: e }) => {
    const text = `${e.text} ${e.exception?.description ?? ''} ${e.url ?? ''}`;
    if (mine(e.executionContextId, text)) pageErrors.push(`content script: ${text}`);
  });
  cdp.on('Runtime.consoleAPICalled', ({ type, args, executionContextId, stackTrace }) => {
    const text = `${args.map(a => a.value ?? a.description ?? '').join(' ')} ${stackTrace?.callFrames[0]?.url ?? ''}`;
    if ((type === 'error' || type === 'warning' || type === 'assert') && mine(executionContextId, text)) pageErrors.push(`content script console.${type}: ${text}`);
  });
  await cdp.send('Runtime.enable');
  return cdp;
}

const tabIds = () => sw.evaluate(async () => (await chrome.tabs.query({})).map(t => t.id ?? 0));

const driver: Driver = {
  browser: 'chromium',
  async open(url) {
    const before = await tabIds();
    const page = await ctx.newPage();
    const cdp = await watchPage(page);
    await page.goto(url, { waitUntil: 'domcontentloaded' }).catch(() => undefined);
    await page.bringToFront();
    const tabId = (await tabIds()).find(id => !before.includes(id)) ?? 0;
    const handle: OpenPage = {
      tabId,
      // Straight over CDP: Playwright's own evaluate helpers run in the page's world and use the globals a page may poison.
      eval: async <T>(expression: string) => {
        const r = await cdp.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
        if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
        return r.result.value as T;
      },
      close: async () => { await cdp.detach().catch(() => undefined); await page.close(); },
    };
    return handle;
  },
  tabState: tabId => sw.evaluate(async id => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null, tabId) as Promise<TabState | null>,
  async popup(tabId, press) {
    const p = await ctx.newPage();
    try {
      await p.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      await p.waitForSelector('[data-status]');
      const status = (await p.getAttribute('[data-status]', 'data-status'))!;
      let alert: string | null = null;
      const button = press && (await p.$(`[data-action="${press}"]`));
      if (button) {
        await button.click();
        if (press === 'analyse') alert = await p.waitForSelector('[role="alert"]', { timeout: 3_000 }).then(e => e.textContent(), () => null);
        else await p.waitForTimeout(300);
      }
      return { status, alert };
    } finally {
      await p.close();
    }
  },
  async drainErrors() {
    const out = pageErrors.splice(0);
    if (!reloaded) {
      await watchWorker();
      out.push(...await sw.evaluate(() => self.__hostileErrors!.splice(0)));
    }
    return out;
  },
  async reloadExtension() {
    reloaded = true;
    await sw.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  },
};

beforeAll(async () => {
  site = await serve();
  ctx = await launchChromium('snt-hostile-chromium-');
  ctx.on('request', r => void requests.push({ url: r.url(), fromWorker: !!r.serviceWorker() }));
  sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  extensionId = new URL(sw.url()).host;
});

afterAll(async () => {
  await ctx?.close();
  await site?.close();
});

describe('Chromium, hostile pages', () => {
  it.each(HOSTILE_CASES.map(c => [c.name, c] as const))('%s', async (_, c) => runCase(driver, c, site.origin), 180_000);

  it('the extension made no network request: none from its worker, none but the pages themselves from any page', () => {
    expect(requests.length).toBeGreaterThan(HOSTILE_CASES.length);
    expect(requests.filter(r => r.fromWorker).map(r => r.url)).toEqual([]);
    // chrome:// resources are the browser's own PDF viewer; extension pages load their own files.
    expect(requests.filter(r => !/^chrome(?:-extension)?:\/\//.test(r.url) && !expectedRequest(site.origin, r.url)).map(r => r.url)).toEqual([]);
    expect(site.log.filter(p => !expectedRequest(site.origin, site.origin + p))).toEqual([]);
  });
});

