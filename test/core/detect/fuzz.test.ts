// Random and mutated inputs: the detector and the gate never throw, return a well-formed verdict, and stay fast
// (a generous bound; speed itself is measured by npm run bench).
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../src/core/detect-page.js';
import { gateVerdict } from '../../../src/core/gate.js';

const root = path.resolve(import.meta.dirname, '../../..');
const texts = fs.readFileSync(path.join(root, 'test/fixtures/news/detect.jsonl'), 'utf8').split('\n').filter(Boolean).map(l => (JSON.parse(l) as { text: string }).text);

/** A corpus text cut, repeated, and salted with odd characters (bidi controls, zero-width joiners, huge words). */
const mutated = fc.tuple(fc.constantFrom(...texts), fc.nat(), fc.nat(), fc.string({ unit: fc.constantFrom('\u202e', '\u200d', '\u0301', 'ـ', '-', "'", ' ', '\n', 'a', 'S', '[1]', '…', 'Syria') }), fc.integer({ min: 1, max: 20 }))
  .map(([t, a, b, salt, n]) => {
    const i = a % (t.length + 1), j = b % (t.length + 1);
    return (t.slice(0, Math.min(i, j)) + salt + t.slice(Math.max(i, j))).repeat(n);
  });

describe('detectPage on random and mutated text', () => {
  it('never throws, returns a well-formed verdict, in bounded time', () => {
    // The big regexes compile lazily on their first use; that one-time cost is not a per-page bound (npm run bench).
    detectPage({ url: null, title: 'Syria', text: 'Syria rebels السورية' });
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 3000 }), fc.string({ unit: 'grapheme', maxLength: 2000 }), mutated), fc.oneof(fc.constant(null), fc.webUrl()), fc.string({ maxLength: 200 }), (text, url, title) => {
        const t0 = performance.now();
        const v = detectPage({ url, title, text });
        const g = gateVerdict({ url: url ?? '', title, description: '', keywords: '', ogType: '', jsonLdTypes: [], lead: text });
        // Catastrophic backtracking would take seconds; a shared, loaded machine can stall a sound call for a few hundred ms.
        expect(performance.now() - t0).toBeLessThan(2000);
        expect(typeof v.syriaConflict).toBe('boolean');
        expect(Number.isFinite(v.score)).toBe(true);
        expect(['article', 'live-blog', 'section', 'other']).toContain(v.pageKind);
        expect(v.syriaConflict && !g.pass).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('stays fast on text built to make regexes backtrack (unclosed brackets, endless words, separators)', () => {
    for (const text of ['(' + 'a'.repeat(20_000), '(' + 'Ab '.repeat(7000), '[' + 'x'.repeat(20_000), 'ISBN ' + '9'.repeat(20_000), '-'.repeat(20_000) + 'Syria',
      'Capital'.repeat(3000) + ':', '\n1999 '.repeat(5000), '?'.repeat(20_000), '(A: '.repeat(5000)]) {
      const t0 = performance.now();
      detectPage({ url: null, title: text.slice(0, 200), text });
      expect(performance.now() - t0, text.slice(0, 12)).toBeLessThan(1000);
    }
  });

  it('handles a huge page', () => {
    const huge = 'Syria rebels Aleppo '.repeat(50_000) + 'x'.repeat(200_000);
    const v = detectPage({ url: null, title: 'Syria', text: huge });
    expect(typeof v.syriaConflict).toBe('boolean');
  });
});
