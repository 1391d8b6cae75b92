// npm run eval:pubdate [ITEMS.jsonl]: the publication-date stage on real pages with gold dates (default
// ../shared/eval/pubdate, htmldate's benchmark pages). Runs the CLI's `published` command, scores it with
// ../shared/eval/score-pubdate.mjs, then times findPublishedDate alone (document already parsed) in Node.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { findPublishedDate } from '../src/core/published-date/index.js';
import { decodeHtml, parseDocument } from './cli/read-html.js';

const root = path.resolve(import.meta.dirname, '..');
const items = path.resolve(process.argv[2] ?? path.join(root, '../shared/eval/pubdate/items.jsonl'));
const scorer = path.join(root, '../shared/eval/score-pubdate.mjs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-pubdate-'));
const NOW = '2026-01-01T00:00:00Z';

// The gold file holds one `"date": NaN` (a page without a date, as htmldate's pandas export writes it), which
// JSON.parse rejects: score against a copy where it is null (answering "none" there counts as right).
function scorable(itemsPath: string): string {
  const goldPath = itemsPath.replace(/\.jsonl$/, '.gold.json');
  const gold = fs.readFileSync(goldPath, 'utf8');
  try { JSON.parse(gold); return itemsPath; } catch { /* repair below */ }
  const dir = path.dirname(itemsPath);
  const lines = fs.readFileSync(itemsPath, 'utf8').split('\n').filter(l => l.trim()).map(l => {
    const o = JSON.parse(l) as { file?: string };
    if (o.file) o.file = path.resolve(dir, o.file);
    return JSON.stringify(o);
  });
  const copy = path.join(tmp, 'items.jsonl');
  fs.writeFileSync(copy, `${lines.join('\n')}\n`);
  fs.writeFileSync(copy.replace(/\.jsonl$/, '.gold.json'), gold.replace(/:\s*NaN\b/g, ': null'));
  process.stdout.write(`(gold has NaN dates: scoring a repaired copy in ${tmp})\n`);
  return copy;
}

const scored = scorable(items);
const out = path.join(tmp, 'published.jsonl');
const cli = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/cli.ts'), 'published', scored, '--now', NOW], { cwd: root, maxBuffer: 1 << 26 });
if (cli.status !== 0) {
  process.stderr.write(cli.stderr.toString());
  process.exit(1);
}
fs.writeFileSync(out, cli.stdout);
const score = spawnSync(process.execPath, [scorer, scored, out], { encoding: 'utf8' });
process.stdout.write(score.stdout);

// Speed: the stage alone, on documents parsed beforehand; the first pass warms the JIT up.
const dir = path.dirname(scored);
const docs = fs.readFileSync(scored, 'utf8').split('\n').filter(l => l.trim()).map(l => {
  const o = JSON.parse(l) as { url: string | null; file: string };
  return { url: o.url, doc: parseDocument(decodeHtml(fs.readFileSync(path.resolve(dir, o.file)))) };
});
for (const { doc, url } of docs) findPublishedDate(doc, url, { now: NOW });
const ms = docs.map(({ doc, url }) => {
  const t = performance.now();
  findPublishedDate(doc, url, { now: NOW });
  return performance.now() - t;
}).sort((a, b) => a - b);
const q = (p: number): string => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))]!.toFixed(2);
process.stdout.write(`findPublishedDate per page (Node, linkedom, parsed document): median ${q(0.5)} ms, p90 ${q(0.9)} ms, max ${q(1)} ms\n`);
process.exit(score.status ?? 1);
