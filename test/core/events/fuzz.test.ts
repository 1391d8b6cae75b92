// Random news-like text never breaks the events stage, and every event it returns is well formed.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from './helpers.js';

const seed = fs.readFileSync(path.resolve(import.meta.dirname, '../../../../shared/seed/article.txt'), 'utf8');
const REAL = seed.split(/(?<=[.!?])\s+/).filter(s => s.length > 20);

const WORDS = ['Syrian', 'forces', 'captured', 'the', 'town', 'on', 'Monday', 'a', 'day', 'after', 'talks', 'in', 'Geneva',
  'seventh', 'round', 'said', 'will', 'meet', 'next', 'week', 'since', '2013', 'ceasefire', 'took', 'effect', '“', '”', ',',
  'BEIRUT', '--', 'five', 'months', 'before', 'Astana', 'he', 'arrived', 'March', '2011', 'the', 'fall', 'of', 'Assad', '12-8-2024', '.'];
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map(ws => ws.join(' '));

describe('events fuzz', () => {
  it('returns well-formed events for any word salad', () => {
    fc.assert(fc.property(text, fc.constantFrom('2017-07-10', '2025-11-07', null), (t, published) => {
      if (!t.trim()) return;
      const tl = analyse(t, published);
      for (const e of tl.events) {
        expect(e.evidence.text).toBe(t.slice(e.evidence.start, e.evidence.end));
        if (e.date) expect(e.date.value).toMatch(/^\d{4}/);
        expect(e.label.length).toBeLessThanOrEqual(160);
      }
    }), { numRuns: 200 });
  });
});

describe('events on mutated real sentences', () => {
  it('never throw, stay well formed, and take under a second each', () => {
    const salt = fc.constantFrom(...WORDS, '\u202e', '\u200b', '(', '“', '[', '\n\n', '  ', '<img src=x>', '9'.repeat(40));
    fc.assert(fc.property(fc.constantFrom(...REAL), fc.array(fc.tuple(fc.nat(), salt), { maxLength: 8 }), fc.integer({ min: 1, max: 4 }), (s, edits, times) => {
      let t = s;
      for (const [i, w] of edits) { const at = i % (t.length + 1); t = t.slice(0, at) + w + t.slice(at); }
      t = Array.from({ length: times }, () => t).join(' ');
      const t0 = performance.now();
      const tl = analyse(t, '2017-07-10');
      expect(performance.now() - t0).toBeLessThan(1000);
      // Offsets index the article text (whitespace normalised), not the raw input: check the shape here.
      for (const e of tl.events) {
        expect(e.evidence.end - e.evidence.start).toBe(e.evidence.text.length);
        expect(e.label.length).toBeLessThanOrEqual(160);
      }
    }), { numRuns: 150 });
  });
});

describe('hostile text', () => {
  it('stays linear on long unclosed parentheses, quotes and capital runs', () => {
    for (const text of ['(' + 'a'.repeat(20000), '“' + 'x '.repeat(5000), 'BEIRUT'.repeat(3000) + ' -- on Monday', 'the '.repeat(5000) + 'attack on Monday.',
      'the day after '.repeat(1000), 'on Monday '.repeat(2000), 'on the morning of '.repeat(1000) + '8 December']) {
      const t0 = performance.now();
      analyse(text, '2017-07-10');
      expect(performance.now() - t0).toBeLessThan(2000);
    }
  });
});
