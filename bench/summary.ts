// Turns the raw measurements into the figures the issue asks for, with each budget checked (ratios from one run).
import { STAGES, type StageName } from '../src/core/pipeline.js';
import type { BenchPage, PageGroup } from './pages.js';
import type { BundleSize } from './bundles.js';
import type { PageResult, PanelFigures } from './in-browser.js';
import type { ExtensionRun } from './with-extension.js';
import type { PubdateSpeed } from './in-node.js';
import { median, quantile, round } from './stats.js';

export interface Check { what: string; value: number | null; budget: string; ok: boolean }

export interface Summary {
  /** Context for the absolute times: where and when they were taken. */
  environment: { chromium: string; node: string; pages: number; cpus: number; loadAverage: { start: number; end: number } };
  bundles: BundleSize[];
  gate: Record<'nonMatching' | 'matching', { pages: number; medianMs: number | null; p90Ms: number | null }>;
  analysis: {
    /** Per stage, the median over all pages (warm), ms. */
    stageMedianMs: Record<StageName, number | null>;
    /** Median over pages of analysis total ÷ Readability parse, overall and per group. */
    ratioToReadability: Record<'all' | PageGroup, number | null>;
    dates: { oursCharsPerMs: number | null; chronoCharsPerMs: number | null; ratio: number | null };
    pages: Record<string, { group: PageGroup; chars: number; totalMs: number | null; readabilityMs: number | null; ratio: number | null;
      stages: Record<StageName, number | null>; coldTotalMs: number | null; coldLongestSliceMs: number | null; events: number; syria: boolean }>;
  };
  longestTask: ExtensionRun[];
  panel: Record<number, { firstMs: number | null; updateMs: number | null }>;
  pubdateNode: PubdateSpeed | null;
  checks: Check[];
}

const r = (x: number) => round(x);

export function summarise(input: { bundles: BundleSize[]; pages: BenchPage[]; results: PageResult[]; panel: PanelFigures | undefined;
  extension: ExtensionRun[]; pubdate: PubdateSpeed | null; environment: Summary['environment'] }): Summary {
  const group = new Map(input.pages.map(p => [p.id, p.group]));
  const gateOf = (pass: boolean) => {
    const ms = input.results.filter(x => x.gate.pass === pass).map(x => x.gate.ms);
    return { pages: ms.length, medianMs: r(median(ms)), p90Ms: r(quantile(ms, 0.9)) };
  };
  const ratio = (x: PageResult) => x.analysis.total / x.readability;
  const ratioFor = (g?: PageGroup) => r(median(input.results.filter(x => !g || group.get(x.id) === g).map(ratio)));
  const groups = [...new Set(input.pages.map(p => p.group))];
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const chars = sum(input.results.map(x => x.chars));
  const ours = chars / sum(input.results.map(x => x.analysis.stages.dates));
  const chrono = chars / sum(input.results.map(x => x.chrono));
  const pages: Summary['analysis']['pages'] = {};
  for (const x of input.results) {
    pages[x.id] = {
      group: group.get(x.id)!, chars: x.chars, totalMs: r(x.analysis.total), readabilityMs: r(x.readability), ratio: r(ratio(x)),
      stages: Object.fromEntries(STAGES.map(s => [s, r(x.analysis.stages[s])])) as Record<StageName, number | null>,
      coldTotalMs: r(x.cold.total), coldLongestSliceMs: r(x.cold.longestSlice), events: x.analysis.events, syria: x.analysis.syria,
    };
  }
  const panel = Object.fromEntries(Object.entries(input.panel ?? {}).map(([n, f]) => [n, { firstMs: r(f.first), updateMs: r(f.update) }]));
  const gate = { nonMatching: gateOf(false), matching: gateOf(true) };
  const analysis = {
    stageMedianMs: Object.fromEntries(STAGES.map(s => [s, r(median(input.results.map(x => x.analysis.stages[s])))])) as Record<StageName, number | null>,
    ratioToReadability: { all: ratioFor(), ...Object.fromEntries(groups.map(g => [g, ratioFor(g)])) } as Record<'all' | PageGroup, number | null>,
    dates: { oursCharsPerMs: r(ours), chronoCharsPerMs: r(chrono), ratio: r(ours / chrono) },
    pages,
  };
  const gateGzip = input.bundles.find(b => b.file === 'gate.js')?.gzip ?? NaN;
  const long = input.extension.find(e => e.id === 'long/20k-words');
  const longest = long ? Math.max(long.longestTaskMs, long.longestSliceMs) : NaN;
  const check = (what: string, value: number | null, budget: string, ok: boolean): Check => ({ what, value, budget, ok });
  return {
    environment: input.environment,
    bundles: input.bundles,
    gate,
    analysis,
    longestTask: input.extension.map(e => ({ ...e, analysisMs: e.analysisMs === null ? null : r(e.analysisMs), longestSliceMs: r(e.longestSliceMs) ?? 0,
      bestLongestSliceMs: r(e.bestLongestSliceMs ?? NaN) ?? 0 })),
    panel,
    pubdateNode: input.pubdate && { ...input.pubdate, medianMs: r(input.pubdate.medianMs)!, p90Ms: r(input.pubdate.p90Ms)!, maxMs: r(input.pubdate.maxMs)! },
    checks: [
      check('gate.js gzipped (KB)', r(gateGzip / 1024), '≤ 5', gateGzip <= 5 * 1024),
      check('gate median on non-matching pages (ms)', gate.nonMatching.medianMs, '≤ 1', (gate.nonMatching.medianMs ?? Infinity) <= 1),
      check('analysis ÷ Readability, median over pages', analysis.ratioToReadability.all, '≤ 1.5', (analysis.ratioToReadability.all ?? Infinity) <= 1.5),
      check('longest task during analysis, 20k-word page (ms)', r(longest), '≤ 50', longest <= 50),
      check('panel first render, 100 events (ms)', panel[100]?.firstMs ?? null, '≤ 16', (panel[100]?.firstMs ?? Infinity) <= 16),
      check('date tagging ÷ chrono-node (chars/ms)', analysis.dates.ratio, '≥ 1', (analysis.dates.ratio ?? 0) >= 1),
      check('publication-date stage, Node median (ms)', input.pubdate ? r(input.pubdate.medianMs) : null, '< 5', (input.pubdate?.medianMs ?? Infinity) < 5),
    ],
  };
}
