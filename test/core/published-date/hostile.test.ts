// Hostile or huge pages never break the stage.
import { describe, expect, it } from 'vitest';
import { findPublishedDate } from '../../../src/core/published-date/index.js';
import { doc, NOW } from './helpers.js';

describe('hostile pages', () => {
  it('survives 5,000 nested elements (iterative walks)', () => {
    const html = `${'<div class="meta">'.repeat(5000)}10.07.2017${'</div>'.repeat(5000)}`;
    expect(findPublishedDate(doc(html), null, { now: NOW }).date).toBe('2017-07-10');
  });

  it('reads a page full of date-like noise in well under a second', () => {
    const noise = Array.from({ length: 20_000 }, (_, i) => `${(i % 28) + 1}.${(i % 12) + 1}.${1990 + (i % 40)} 1.2.3 July ${i} 2017/13/45`).join(' ');
    const t = performance.now();
    findPublishedDate(doc(`<h1>T</h1><p>${noise}</p>`), null, { now: NOW });
    expect(performance.now() - t).toBeLessThan(1000);
  });

  it('ignores broken JSON-LD, bad meta values and impossible days', () => {
    const html = '<!doctype html><html><head><script type="application/ld+json">{"@graph": [</script>'
      + '<meta property="article:published_time" content="2017-02-30"><meta name="date" content="NaN"></head><body></body></html>';
    expect(findPublishedDate(doc(html), 'https://example.com/2017/99/99/x', { now: NOW })).toMatchObject({ date: null, confidence: 'none' });
  });
});
