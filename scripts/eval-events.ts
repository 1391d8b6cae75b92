// npm run eval:events: the analyze CLI on each timeline set (shared dev set, our grown set, the seed, the check sets), scored by the
// shared scorer (it reads INPUT.gold.json beside INPUT.jsonl). Prints recall/precision and the misses per set.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const shared = path.resolve(root, '../shared/eval');
const sets: [string, string][] = [
  ['shared dev', path.join(shared, 'news/timelines.jsonl')],
  ['grown dev', path.join(root, 'test/fixtures/timelines/dev.jsonl')],
  ['seed', path.join(root, 'test/fixtures/timelines/seed.jsonl')],
  // Fresh check set (real articles labelled before the system ran on them) and a French pair.
  ['check', path.join(root, 'test/fixtures/timelines/check.jsonl')],
  ['check (French)', path.join(root, 'test/fixtures/timelines/check-fr.jsonl')],
  // Held back while the check set was tuned on, measured once at the end: an untouched estimate.
  ['check-final', path.join(root, 'test/fixtures/timelines/check-final.jsonl')],
];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-events-'));
let failed = false;
for (const [name, input] of sets) {
  if (!fs.existsSync(input)) { console.log(`## ${name}: ${input} missing, skipped`); continue; }
  const out = path.join(tmp, `${path.basename(input, '.jsonl')}.out.jsonl`);
  const run = spawnSync('npx', ['tsx', path.join(root, 'scripts/cli.ts'), 'analyze', input], { cwd: root, maxBuffer: 64 << 20, encoding: 'utf8' });
  if (run.status !== 0) { console.log(`## ${name}: the CLI failed: ${run.stderr.trim().split('\n').slice(0, 3).join(' | ')}`); failed = true; continue; }
  fs.writeFileSync(out, run.stdout);
  const r = spawnSync('node', [path.join(shared, 'score-timeline.mjs'), input, out, '--min-recall', '0.9', '--min-precision', '0.9'], { encoding: 'utf8' });
  console.log(`## ${name} (${path.relative(root, input)})\n${r.stdout.trim()}\n`);
  if (r.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
