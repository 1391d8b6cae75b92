// A parser's gate is only a shortcut: it must never change what the parser finds. Every parser-table sentence and
// a corpus of temporal word soup is tagged with and without gates.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARSERS } from '../../../src/core/temporal/configuration.js';
import { tagTemporal } from '../../../src/core/temporal/index.js';
import type { Sentence } from '../../../src/core/types.js';

const tableSentences = [...fs.readFileSync(path.join(import.meta.dirname, 'parsers.test.ts'), 'utf8').matchAll(/\['([^']+)', '\d{4}-\d\d-\d\d'/g)].map(m => m[1]!);
const WORDS = ['at', '1800', 'GMT', '10:35', 'a.m.', 'p.m.', 'noon', 'Friday', 'night', 'Christmas', 'Easter', 'third-quarter', 'the', 'first', 'half',
  'spring', 'of', '2016', 'two', 'days', 'later', 'ago', 'daily', 'each', 'Thursday', 'now', 'recently', 'March', '8', 'last', 'year', '1990s', "'80s",
  '20th', 'century', '7/4/1998', '2017-07-07', 'fiscal', 'Q3', 'weekend', 'tonight', 'five-year', 'the', 'future', 'period', 'year-earlier'];

function tagAll(text: string): string {
  const s: Sentence = { index: 0, start: 0, end: text.length, text, paragraph: 0 };
  return JSON.stringify(tagTemporal(text, [s], { reference: '2017-07-10' }));
}

function withoutGates<T>(fn: () => T): T {
  const gates = PARSERS.map(p => p.gate);
  PARSERS.forEach(p => { p.gate = undefined; });
  try { return fn(); } finally { PARSERS.forEach((p, i) => { p.gate = gates[i]; }); }
}

describe('parser gates', () => {
  it('change nothing on the parser tables', () => {
    expect(tableSentences.length).toBeGreaterThan(30);
    for (const t of tableSentences) expect(tagAll(t)).toBe(withoutGates(() => tagAll(t)));
  });

  it('change nothing on temporal word soup', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }), words => {
      const t = words.join(' ');
      expect(tagAll(t)).toBe(withoutGates(() => tagAll(t)));
    }), { numRuns: 300 });
  });
});
