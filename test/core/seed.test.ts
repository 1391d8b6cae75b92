// The seed article end to end (../shared/seed): every gold event with its date, in the gold order.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/pipeline.js';
import { parseDocument } from '../../scripts/cli/read-html.js';

const root = path.resolve(import.meta.dirname, '../..');
const html = fs.readFileSync(path.join(root, 'demo/iran-syria-ceasefire.html'), 'utf8');
const gold = JSON.parse(fs.readFileSync(path.join(root, '../shared/seed/gold-timeline.json'), 'utf8')) as {
  events: { date: string | null; evidence: string }[];
};

describe('seed article', () => {
  const t = analyzeDocument(parseDocument(html), 'http://localhost/demo', { now: '2026-01-01T00:00:00Z' });

  it('reads the publication date from the page metadata', () => {
    expect(t.published.date).toBe('2017-07-10');
  });

  it('is a Syria-conflict article', () => {
    expect(t.verdict.syriaConflict).toBe(true);
  });

  it.each(gold.events.filter(e => e.date).map(e => [e.date!, e.evidence.slice(0, 60)]))('finds %s in "%s…"', (date, start) => {
    expect(t.events.some(e => e.date?.value === date && e.evidence.text.startsWith(start))).toBe(true);
  });

  it('orders the dated events as the gold does', () => {
    const dates = t.events.map(e => e.date?.value).filter((d): d is string => !!d);
    expect(dates).toEqual([...dates].sort());
  });
});
