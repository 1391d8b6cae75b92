// The core alone in Node (linkedom documents, parsed beforehand): the publication-date stage on the dev pages
// (../shared/eval/pubdate, issue 9's "< 5 ms per page"), and the timeline the panel figures are drawn with.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { findPublishedDate } from '../src/core/published-date/index.js';
import { analyzeDocument } from '../src/core/pipeline.js';
import type { Timeline } from '../src/core/types.js';
import { decodeHtml, parseDocument } from '../scripts/cli/read-html.js';
import { ROOT, type BenchPage } from './pages.js';
import { median, quantile } from './stats.js';

export interface PubdateSpeed { pages: number; medianMs: number; p90Ms: number; maxMs: number }

export function pubdateSpeed(now: string): PubdateSpeed | null {
  const dir = path.join(ROOT, '../shared/eval/pubdate');
  if (!fs.existsSync(path.join(dir, 'items.jsonl'))) return null;
  const docs = fs.readFileSync(path.join(dir, 'items.jsonl'), 'utf8').split('\n').filter(l => l.trim()).map(l => {
    const o = JSON.parse(l) as { url: string | null; file: string };
    return { url: o.url, doc: parseDocument(decodeHtml(fs.readFileSync(path.join(dir, o.file)))) };
  });
  // A first pass warms the JIT, as a long-running browser would be; then each page's best of three passes (the
  // machine is shared: another process only ever adds time).
  for (const { doc, url } of docs) findPublishedDate(doc, url, { now });
  const ms = docs.map(() => Infinity);
  for (let pass = 0; pass < 3; pass++) {
    docs.forEach(({ doc, url }, i) => {
      const t = performance.now();
      findPublishedDate(doc, url, { now });
      ms[i] = Math.min(ms[i]!, performance.now() - t);
    });
  }
  return { pages: ms.length, medianMs: median(ms), p90Ms: quantile(ms, 0.9), maxMs: quantile(ms, 1) };
}

/** A timeline with at least `n` events for the panel figures: a long page's, its events repeated if need be. */
export function panelTimeline(page: BenchPage, n: number, now: string): Timeline {
  const t = analyzeDocument(parseDocument(decodeHtml(page.body())), page.url, { now });
  const events = Array.from({ length: n }, (_, i) => ({ ...t.events[i % t.events.length]!, id: `e${i + 1}` }));
  return { ...t, events };
}
