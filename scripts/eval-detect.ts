// npm run eval:detect [-- FILE.jsonl …]: runs `cli detect` on the detection dev sets (the shared one and our grown
// corpus by default), scores each with ../shared/eval/score-detect.mjs (gold = FILE.gold.json beside it), and reports
// the gate's recall over the detector's positives. Add --features to print the subject features of every item.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { GATE_LEAD_CHARS, gateVerdict } from '../src/core/gate.js';
import { scoreSubject } from '../src/core/detect/subject.js';

const root = path.resolve(import.meta.dirname, '..');
const SCORER = path.join(root, '../shared/eval/score-detect.mjs');
const args = process.argv.slice(2);
const features = args.includes('--features');
const files = args.filter(a => !a.startsWith('--'));
const sets = files.length ? files : [path.join(root, '../shared/eval/news/detect.jsonl'), path.join(root, 'test/fixtures/news/detect.jsonl')];

interface Item { id: string; url: string | null; title?: string; text?: string }
interface Out { id: string; syriaConflict: boolean; score: number; pageKind: string; reasons: string[] }

let exit = 0;
for (const input of sets) {
  const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'detect-')), 'out.jsonl');
  const out = execFileSync('npx', ['tsx', path.join(root, 'scripts/cli.ts'), 'detect', input, '--now', '2026-01-01'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  fs.writeFileSync(tmp, out);
  console.log(`\n== ${path.relative(root, input)}`);
  try {
    process.stdout.write(execFileSync('node', [SCORER, input, tmp], { encoding: 'utf8' }));
  } catch (e) {
    process.stdout.write(String((e as { stdout?: string }).stdout ?? e));
    exit = 1;
  }
  const items = new Map(fs.readFileSync(input, 'utf8').split('\n').filter(l => l.trim()).map(l => JSON.parse(l) as Item).map(i => [i.id, i]));
  const results = out.split('\n').filter(l => l.trim()).map(l => JSON.parse(l) as Out);
  const positives = results.filter(r => r.syriaConflict);
  const passed = positives.filter(r => {
    const i = items.get(r.id);
    return i && gateVerdict({ url: i.url ?? '', title: i.title ?? '', description: '', keywords: '', ogType: '', jsonLdTypes: [], lead: i.text ?? '' }).pass;
  });
  const gateAll = [...items.values()].filter(i => gateVerdict({ url: i.url ?? '', title: i.title ?? '', description: '', keywords: '', ogType: '', jsonLdTypes: [], lead: i.text ?? '' }).pass).length;
  console.log(`gate recall over detector positives ${passed.length}/${positives.length}; gate passes ${gateAll}/${items.size} items`);
  console.log(`gate time per page (median / max over items, ${GATE_LEAD_CHARS}-char lead): ${timeGate([...items.values()])}`);
  if (features) {
    for (const r of results) {
      const i = items.get(r.id)!;
      const s = scoreSubject(i.title ?? '', i.text ?? '');
      const f = (n: number) => n.toFixed(1).padStart(5);
      console.log(`${r.id} ${r.syriaConflict ? 'YES' : ' no'} ${r.pageKind.padEnd(9)} A${f(s.anchor)} C${f(s.context)} K${f(s.conflict)} H${f(s.head)} E${f(s.elsewhere)} G${f(s.genre)} S${f(s.score)}  ${(i.title ?? '').slice(0, 50)} | ${r.reasons.join('; ')}`);
    }
  }
}
process.exit(exit);

/** Median and max time of one gate decision, each item's signals run 200 times (Node; a browser is similar or faster). */
function timeGate(items: Item[]): string {
  const times = items.map(i => {
    const s = { url: i.url ?? '', title: i.title ?? '', description: '', keywords: '', ogType: '', jsonLdTypes: [], lead: (i.text ?? '').slice(0, GATE_LEAD_CHARS) };
    const t0 = performance.now();
    for (let k = 0; k < 200; k++) gateVerdict(s);
    return (performance.now() - t0) / 200;
  }).sort((a, b) => a - b);
  const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
  return `${us(times[Math.floor(times.length / 2)] ?? 0)} / ${us(times[times.length - 1] ?? 0)}`;
}
