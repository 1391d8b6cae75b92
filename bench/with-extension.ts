// The built extension (dist/e2e/chrome) on real page loads, cold, as a user meets it: the gate content script runs,
// the background injects the analysis, the panel opens. The content script spans its analysis with the User Timing
// measure 'snt:analysis'; a Long Tasks observer set up before the page's own scripts records every main-thread task
// over 50 ms, and those that overlap the analysis are the analysis's (page parsing and layout come before it).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './in-browser.js';
import { ROOT, type BenchPage } from './pages.js';
import { median } from './stats.js';

export interface ExtensionRun {
  id: string;
  /** Wall time of the analysis, from injection to the timeline (slices and the page's turns in between included). */
  analysisMs: number | null;
  /** The longest main-thread task that overlaps the analysis (0: none reached 50 ms, the Long Tasks threshold). */
  longestTaskMs: number;
  longTasks: number;
  /** The content script's own slices (content-scripts/run-in-slices.ts): how many, and the longest. */
  slices: number;
  longestSliceMs: number;
  /** The longest slice of the least disturbed load: what the work costs when no other process takes the core. */
  bestLongestSliceMs?: number;
}

const OBSERVE = `(() => {
  globalThis.__sntLongTasks = [];
  try {
    new PerformanceObserver(l => { for (const e of l.getEntries()) globalThis.__sntLongTasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
})()`;

const READ = `(() => {
  const m = performance.getEntriesByName('snt:analysis').at(-1);
  if (!m) return null;
  const end = m.startTime + m.duration;
  const mine = globalThis.__sntLongTasks.filter(([s, d]) => s < end && s + d > m.startTime);
  const slices = performance.getEntriesByName('snt:slice').filter(e => e.startTime >= m.startTime);
  return { analysisMs: m.duration, slices: slices.length, longestSliceMs: Math.max(0, ...slices.map(e => e.duration)), longestTaskMs: Math.max(0, ...mine.map(([, d]) => d)), longTasks: mine.length };
})()`;

/** One cold load of `url` in a new tab: the analysis's figures once it has ended. */
async function once(ctx: BrowserContext, url: string, timeoutMs: number): Promise<Omit<ExtensionRun, 'id'>> {
  const page = await ctx.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const end = Date.now() + timeoutMs;
    let r: Omit<ExtensionRun, 'id'> | null = null;
    while (!(r = await page.evaluate(READ) as typeof r) && Date.now() < end) await page.waitForTimeout(100);
    // Long tasks are reported after they end: give the last one time to arrive.
    await page.waitForTimeout(300);
    return (await page.evaluate(READ) as typeof r) ?? r ?? { analysisMs: null, longestTaskMs: 0, longTasks: 0, slices: 0, longestSliceMs: 0 };
  } finally {
    await page.close();
  }
}

/** Each page `repeats` times, each a cold load; the figures are medians over the loads (the machine is shared, and
 *  another process taking the core stretches a task that is not ours to shorten). */
export async function runWithExtension(pages: { page: BenchPage; url: string }[], opts: { timeoutMs: number; repeats: number }): Promise<ExtensionRun[]> {
  const ext = path.join(ROOT, 'dist/e2e/chrome');
  const ctx = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'snt-bench-')), {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 1280, height: 800 },
    args: ['--headless=new', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...CHROMIUM_ARGS],
  });
  const out: ExtensionRun[] = [];
  try {
    if (!ctx.serviceWorkers().length) await ctx.waitForEvent('serviceworker');
    await ctx.addInitScript(OBSERVE);
    for (const { page: p, url } of pages) {
      const runs: Omit<ExtensionRun, 'id'>[] = [];
      for (let rep = 0; rep < opts.repeats; rep++) runs.push(await once(ctx, url, opts.timeoutMs));
      const mid = (f: (x: Omit<ExtensionRun, 'id'>) => number | null) => median(runs.map(f).filter((x): x is number => x !== null));
      out.push({ id: p.id, analysisMs: mid(x => x.analysisMs), longestTaskMs: mid(x => x.longestTaskMs), longTasks: mid(x => x.longTasks),
        slices: mid(x => x.slices), longestSliceMs: mid(x => x.longestSliceMs), bestLongestSliceMs: Math.min(...runs.map(x => x.longestSliceMs)) });
    }
  } finally {
    await ctx.close();
  }
  return out;
}
