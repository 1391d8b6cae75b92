// Property tests: random and mutated real sentences never throw and never take long (no catastrophic backtracking).
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { tagTemporal } from '../../../src/core/temporal/index.js';
import type { Sentence } from '../../../src/core/types.js';

const seed = fs.readFileSync(path.resolve(import.meta.dirname, '../../../../shared/seed/article.txt'), 'utf8');
const REAL = seed.split(/(?<=[.!?])\s+/).filter(s => s.length > 20);
const TOKENS = ['Friday', 'May', 'March 2011', 'last', 'next', 'year', 'years', 'ago', 'the', 'of', '2017', '12', ':', ',', '-', '.', 'p.m.', 'quarter',
  'third-quarter', 'since', 'between', 'and', 'two', 'days', 'later', 'now', 'spring', 'a', 'nineteen', '1/2', "'s", 'fiscal', '     ', '\n'];

function run(text: string, reference: string | null): number {
  const s: Sentence = { index: 0, start: 0, end: text.length, text, paragraph: 0 };
  // Best of three: catastrophic backtracking is slow every time, a busy shared CPU only sometimes.
  let ms = Infinity, out = tagTemporal(text, [s], { reference });
  for (let i = 0; i < 3 && ms >= 5; i++) {
    const t = performance.now();
    out = tagTemporal(text, [s], { reference });
    ms = Math.min(ms, performance.now() - t);
  }
  for (const m of out) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.text).toBe(text.slice(m.start, m.end));
    expect(m.value).not.toBe('');
  }
  return ms;
}

describe('fuzz', () => {
  it('random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), fc.option(fc.constant('2017-07-10')), (text, ref) => {
      expect(run(text, ref)).toBeLessThan(5);
    }), { numRuns: 300 });
  });

  it('token soup of temporal words', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }), words => {
      expect(run(words.join(' '), '2017-07-10')).toBeLessThan(5);
    }), { numRuns: 300 });
  });

  it('mutated real sentences', () => {
    fc.assert(fc.property(fc.constantFrom(...REAL), fc.nat(), fc.constantFrom(...TOKENS), (s, i, w) => {
      const at = i % (s.length + 1);
      expect(run(s.slice(0, at) + w + s.slice(at), '2017-07-10')).toBeLessThan(5);
    }), { numRuns: 300 });
  });

  it('one huge sentence full of clauses and dates stays fast', () => {
    const text = 'he said on Friday, and they met in May, '.repeat(5000);
    expect(run(text, '2017-07-10')).toBeLessThan(1000);
  });

  it('long gaps between dates stay linear', () => {
    const text = `5 p.m.${' '.repeat(50_000)}Nov. 6 between 2012${' '.repeat(50_000)}and 2016`;
    expect(run(text, '2017-07-10')).toBeLessThan(200);
  });

  it('long repetitive input stays linear', () => {
    const text = '1 2 3 4 5 6 7 8 9 '.repeat(2000) + 'a a a a '.repeat(2000) + 'the past the past '.repeat(1000);
    expect(run(text, '2017-07-10')).toBeLessThan(200);
  });
});
