// npm run bench [-- --eval-every N] [--rounds N] [--repeats N] [--skip-build]: the extension's cost, measured (docs/performance.md).
// Builds the extension, then in headless Chromium: the gate on every page, the analysis stage by stage beside
// Readability and chrono-node, the panel for 20/100/500 events; with the built extension loaded: the analysis's wall
// time and longest main-thread task, cold; in Node: the publication-date stage. Prints one table, writes bench/results.json.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pageSet, ROOT } from './pages.js';
import { servePages } from './server.js';
import { bundleSizes, inPageBundle } from './bundles.js';
import { launch, measurePages, measurePanel, type PageResult } from './in-browser.js';
import { runWithExtension } from './with-extension.js';
import { panelTimeline, pubdateSpeed } from './in-node.js';
import { summarise } from './summary.js';
import { renderTable } from './table.js';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
/** A fixed clock: the run must not depend on the day it is made (the pages' dates are all before it). */
const NOW = '2026-01-01T00:00:00Z';
const PANEL_COUNTS = [20, 100, 500];

function build(extra: string[]): void {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/build.ts'), ...extra], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('build failed');
}

async function main(): Promise<void> {
  if (!process.argv.includes('--skip-build')) {
    build([]);
    build(['--e2e']);
  }
  // The one-minute load average, start and end: on a shared machine it says how far the absolute times stretched.
  const load = Number(os.loadavg()[0]!.toFixed(2));
  const pages = pageSet({ evalEvery: arg('eval-every', 6) });
  const server = await servePages(pages);
  const code = { gate: await inPageBundle('gate.ts'), analysis: await inPageBundle('analysis.ts') };
  const results: PageResult[] = [];
  const browser = await launch();
  const browserVersion = browser.version();
  let panel;
  try {
    await measurePages(browser, pages, server, code, {
      now: NOW,
      rounds: arg('rounds', 3),
      onPage: (r, i) => {
        results.push(r);
        if (i % 50 === 49 || i === pages.length - 1) process.stderr.write(`${i + 1}/${pages.length} pages\n`);
      },
    });
    const long = pages.findIndex(p => p.id === 'long/20k-words');
    panel = await measurePanel(browser, server.urlOf(pages.findIndex(p => p.id === 'demo')), code.analysis,
      panelTimeline(pages[long]!, Math.max(...PANEL_COUNTS) + 1, NOW), PANEL_COUNTS, 9);
  } finally {
    await browser.close();
  }
  const extPages = pages.map((page, i) => ({ page, url: server.urlOf(i) })).filter(({ page }) => page.group === 'long' || page.group === 'demo');
  const extension = await runWithExtension(extPages, { timeoutMs: 30_000, repeats: arg('repeats', 5) });
  await server.close();

  const summary = summarise({
    bundles: bundleSizes(),
    pages, results, panel, extension,
    pubdate: pubdateSpeed(NOW),
    environment: { chromium: browserVersion, node: process.version, pages: pages.length, cpus: os.cpus().length,
      loadAverage: { start: load, end: Number(os.loadavg()[0]!.toFixed(2)) } },
  });
  fs.writeFileSync(path.join(ROOT, 'bench/results.json'), `${JSON.stringify(summary, null, 1)}\n`);
  process.stdout.write(renderTable(summary));
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${(e as Error)?.stack ?? e}\n`);
  process.exit(1);
});
