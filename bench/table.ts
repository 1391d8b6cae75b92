// The bench's one table, for the terminal and the README.
import { STAGES } from '../src/core/pipeline.js';
import type { Summary } from './summary.js';

const f = (x: number | null | undefined, d = 2) => (x === null || x === undefined ? '–' : x.toFixed(d));
const kb = (b: number) => (b / 1024).toFixed(1);

export function renderTable(s: Summary): string {
  const rows: [string, string][] = [];
  const row = (a: string, b: string) => rows.push([a, b]);
  const e = s.environment;
  row('environment', `${e.chromium}, Node ${e.node}, ${e.cpus} cores, load average ${e.loadAverage.start} → ${e.loadAverage.end}, ${e.pages} pages`);
  for (const b of s.bundles) row(`bundle ${b.file}`, `${kb(b.raw)} KB raw, ${kb(b.gzip)} KB gzip`);
  row(`gate, non-matching pages (${s.gate.nonMatching.pages})`, `median ${f(s.gate.nonMatching.medianMs, 3)} ms, p90 ${f(s.gate.nonMatching.p90Ms, 3)} ms`);
  row(`gate, matching pages (${s.gate.matching.pages})`, `median ${f(s.gate.matching.medianMs, 3)} ms, p90 ${f(s.gate.matching.p90Ms, 3)} ms`);
  row('analysis stages, median ms/page', STAGES.map(st => `${st} ${f(s.analysis.stageMedianMs[st])}`).join(', '));
  row('analysis ÷ Readability (median)', Object.entries(s.analysis.ratioToReadability).map(([g, v]) => `${g} ${f(v)}×`).join(', '));
  for (const id of ['demo', 'long/5k-words', 'long/20k-words']) {
    const p = s.analysis.pages[id];
    if (p) row(`  ${id}`, `analysis ${f(p.totalMs)} ms vs Readability ${f(p.readabilityMs)} ms (${f(p.ratio)}×); events ${f(p.stages.events)} ms; cold ${f(p.coldTotalMs)} ms, longest slice ${f(p.coldLongestSliceMs)} ms`);
  }
  row('date tagging vs chrono-node', `${f(s.analysis.dates.oursCharsPerMs, 0)} vs ${f(s.analysis.dates.chronoCharsPerMs, 0)} chars/ms (${f(s.analysis.dates.ratio)}×)`);
  for (const e of s.longestTask) {
    row(`extension on ${e.id}`, `analysis ${f(e.analysisMs, 0)} ms in ${e.slices} slices; longest slice ${f(e.longestSliceMs, 1)} ms (best load ${f(e.bestLongestSliceMs, 1)}); long tasks ${e.longTasks} (longest ${f(e.longestTaskMs, 0)} ms)`);
  }
  for (const [n, p] of Object.entries(s.panel)) row(`panel, ${n} events`, `first render ${f(p.firstMs)} ms, update ${f(p.updateMs)} ms`);
  if (s.pubdateNode) row(`publication date, Node (${s.pubdateNode.pages} pages)`, `median ${f(s.pubdateNode.medianMs, 3)} ms, p90 ${f(s.pubdateNode.p90Ms, 3)} ms`);
  for (const c of s.checks) row(`${c.ok ? 'PASS' : 'FAIL'} ${c.what}`, `${f(c.value)} (budget ${c.budget})`);
  const w = Math.max(...rows.map(([a]) => a.length));
  return `${rows.map(([a, b]) => `${a.padEnd(w)}  ${b}`).join('\n')}\n`;
}
