// The dev pages of htmldate's benchmark (../shared/eval/pubdate, beside the checkout in CI): accuracy must not fall
// below what the stage reaches (0.969 when written) minus a small margin. `npm run eval:pubdate` lists the misses.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml, parseDocument } from '../../../scripts/cli/read-html.js';
import { findPublishedDate } from '../../../src/core/published-date/index.js';
import { NOW } from './helpers.js';

const dir = path.resolve(import.meta.dirname, '../../../../shared/eval/pubdate');
const present = fs.existsSync(path.join(dir, 'items.jsonl'));

describe.skipIf(!present)('dev pages (../shared/eval/pubdate)', () => {
  it('gets the publication day right on at least 95.5% of them', () => {
    // The gold export writes a page without a date as NaN; that page is right when we answer none.
    const gold = JSON.parse(fs.readFileSync(path.join(dir, 'items.gold.json'), 'utf8').replace(/:\s*NaN\b/g, ': null')) as Record<string, { date: string | null }>;
    const items = fs.readFileSync(path.join(dir, 'items.jsonl'), 'utf8').split('\n').filter(l => l.trim()).map(l => JSON.parse(l) as { id: string; url: string; file: string });
    let right = 0;
    for (const it of items) {
      const r = findPublishedDate(parseDocument(decodeHtml(fs.readFileSync(path.join(dir, it.file)))), it.url, { now: NOW });
      if (r.date === (gold[it.id]?.date ?? null)) right++;
    }
    expect(right / items.length).toBeGreaterThanOrEqual(0.955);
  }, 60_000);
});
