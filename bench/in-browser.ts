// The in-page measurements in headless Chromium without the extension (so its own gate and analysis do not run
// alongside): per page, the gate once on a fresh load, then the analysis beside Readability and chrono-node.
import { chromium, type Browser, type Page } from 'playwright-core';
import type { BenchPage } from './pages.js';
import type { PageServer } from './server.js';
import type { PageMeasure } from './in-page/analysis.js';
import type { Timeline } from '../src/core/types.js';

export const CHROMIUM = '/usr/lib/chromium/chromium';
/** Only our server resolves: nothing a saved page names can reach the network or wait on it. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

export interface PageResult extends PageMeasure { id: string; gate: { ms: number; pass: boolean } }

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** A fresh tab per page: the page's own scripts off (saved copies; they would only compete for the thread). */
async function open(browser: Browser, url: string): Promise<Page> {
  const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  return page;
}

export async function measurePages(browser: Browser, pages: BenchPage[], server: PageServer, code: { gate: string; analysis: string },
  opts: { now: string; rounds: number; onPage?: (r: PageResult, i: number) => void }): Promise<PageResult[]> {
  const out: PageResult[] = [];
  for (const [i, p] of pages.entries()) {
    const page = await open(browser, server.urlOf(i));
    try {
      const gate = await page.evaluate(`(() => {
        globalThis.__sntBenchUrl = ${JSON.stringify(p.url ?? '')} || location.href;
        const t0 = performance.now();
        ${code.gate}
        return { ms: performance.now() - t0, pass: globalThis.__sntGateResult.pass };
      })()`) as { ms: number; pass: boolean };
      await page.evaluate(code.analysis);
      const m = await page.evaluate(`__sntBench.measure(${JSON.stringify(p.url)}, ${JSON.stringify(opts.now)}, ${opts.rounds})`) as PageMeasure;
      const r = { id: p.id, gate, ...m };
      out.push(r);
      opts.onPage?.(r, i);
    } finally {
      await page.context().close();
    }
  }
  return out;
}

export type PanelFigures = Record<number, { first: number; update: number }>;

/** Panel first render and update on a page of the set, with `timeline`'s events (cut to each count). */
export async function measurePanel(browser: Browser, url: string, analysis: string, timeline: Timeline, counts: number[], rounds: number): Promise<PanelFigures> {
  const page = await open(browser, url);
  try {
    await page.evaluate(analysis);
    return await page.evaluate(([t, c, r]) => (globalThis as unknown as { __sntBench: { panel(t: Timeline, c: number[], r: number): PanelFigures } }).__sntBench.panel(t, c, r),
      [timeline, counts, rounds] as const);
  } finally {
    await page.context().close();
  }
}
