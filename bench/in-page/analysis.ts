// Bundled and evaluated in the page by bench/run.ts (docs/performance.md): the analysis, stage by stage, driven the
// way the content script drives it (content-scripts/run-in-slices.ts), beside @mozilla/readability's own parse
// (clone + parse, its documented use) and chrono-node's parse of the same article text, in the same page and run.
import { Readability } from '@mozilla/readability';
import * as chrono from 'chrono-node';
import { documentSteps, STAGES, type StageName } from '../../src/core/pipeline.js';
import { extractArticle } from '../../src/core/extract-article.js';
import type { Timeline } from '../../src/core/types.js';
import { runInSlices, SLICE_MS } from '../../content-scripts/run-in-slices.js';
import { mountPanel } from '../../content-scripts/panel/index.js';

export interface AnalysisRun {
  stages: Record<StageName, number>;
  total: number;
  /** The longest single step (a stage, or one sentence of the events stage). */
  longestStep: number;
  events: number;
  syria: boolean;
}

export interface PageMeasure {
  /** The first run in a fresh page, cold as the extension's, in the extension's slices. */
  cold: AnalysisRun & { longestSlice: number };
  /** Best of the warm rounds. */
  analysis: AnalysisRun;
  readability: number;
  chrono: number;
  /** Characters of article text both date taggers read. */
  chars: number;
}

/** The best of the rounds: another process taking the core only ever adds time (the machine is shared). */
const best = (xs: number[]) => Math.min(...xs);

async function analyse(url: string, now: string, sliceMs = Infinity): Promise<AnalysisRun & { timeline: Timeline; longestSlice: number }> {
  const stages = Object.fromEntries(STAGES.map(s => [s, 0])) as Record<StageName, number>;
  let longestStep = 0;
  performance.clearMeasures('snt:bench-slice');
  const timeline = await runInSlices(documentSteps(document, url, { now }), {
    sliceMs,
    measure: 'snt:bench-slice',
    onStep: (name, ms) => {
      stages[name as StageName] += ms;
      longestStep = Math.max(longestStep, ms);
    },
  });
  const total = Object.values(stages).reduce((a, b) => a + b, 0);
  const longestSlice = Math.max(0, ...performance.getEntriesByName('snt:bench-slice').map(e => e.duration));
  return { stages, total, longestStep, longestSlice, events: timeline.events.length, syria: timeline.verdict.syriaConflict, timeline };
}

function readability(): number {
  const t = performance.now();
  new Readability(document.cloneNode(true) as Document).parse();
  return performance.now() - t;
}

function chronoParse(text: string, ref: Date): number {
  const t = performance.now();
  chrono.parse(text, ref);
  return performance.now() - t;
}

/** One warm-up of each, then `rounds` rounds in turn; each figure is its best over the rounds. */
async function measure(url: string, now: string, rounds: number): Promise<PageMeasure> {
  const { timeline, events, syria, ...cold } = await analyse(url, now, SLICE_MS);
  // The article text as the pipeline extracts it; chrono reads it with the same reference day.
  const text = extractArticle(document, url).text;
  const ref = new Date(`${timeline.published.date ?? now.slice(0, 10)}T12:00:00Z`);
  readability();
  chronoParse(text, ref);
  const runs: AnalysisRun[] = [], rs: number[] = [], cs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    rs.push(readability());
    const { timeline: _t, longestSlice: _s, ...run } = await analyse(url, now);
    runs.push(run);
    cs.push(chronoParse(text, ref));
  }
  const stages = Object.fromEntries(STAGES.map(s => [s, best(runs.map(r => r.stages[s]))])) as Record<StageName, number>;
  return {
    cold: { ...cold, events, syria },
    analysis: { stages, total: best(runs.map(r => r.total)), longestStep: best(runs.map(r => r.longestStep)), events, syria },
    readability: best(rs),
    chrono: best(cs),
    chars: text.length,
  };
}

/** Panel first render (a new panel) and update for n events: the synchronous Preact render plus the style and layout
 *  it causes; best of the rounds. */
function panel(timeline: Timeline, counts: number[], rounds: number): Record<number, { first: number; update: number }> {
  const out: Record<number, { first: number; update: number }> = {};
  for (const n of counts) {
    const a = { ...timeline, events: timeline.events.slice(0, n) };
    const b = { ...timeline, events: timeline.events.slice(1, n + 1) };
    const firsts: number[] = [], updates: number[] = [];
    for (let i = 0; i < rounds; i++) {
      let t = performance.now();
      const p = mountPanel({ timeline: a, status: 'done', openedByUser: false, onClose: () => undefined, shadowMode: 'open' });
      layout(p.root);
      firsts.push(performance.now() - t);
      t = performance.now();
      p.update({ timeline: b });
      layout(p.root);
      updates.push(performance.now() - t);
      p.destroy();
    }
    out[n] = { first: best(firsts), update: best(updates) };
  }
  return out;
}

/** Forces style and layout of the panel, which the browser would otherwise do after the task. */
function layout(root: ShadowRoot): void {
  for (const el of Array.from(root.children)) el.getBoundingClientRect();
}

(globalThis as Record<string, unknown>).__sntBench = { measure, panel };
