import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { flattenDeepWrappers } from '../../src/core/flatten-deep.js';
import { extractArticle } from '../../src/core/extract-article.js';

function depthOf(el: Element): number {
  let d = 0;
  for (let e: Element | null = el; e?.parentElement; e = e.parentElement) d++;
  return d;
}

function nested(levels: number): Document {
  const { document } = parseHTML('<!doctype html><html><head><title>Syria</title></head><body><main id="root"></main></body></html>');
  let at = document.getElementById('root')!;
  for (let i = 0; i < levels; i++) at = at.appendChild(document.createElement('div'));
  const article = at.appendChild(document.createElement('article'));
  for (const text of ['Rebels entered Damascus on Sunday, ending five decades of rule by the Assad family in Syria.', 'The offensive began on November 27, when fighters attacked positions west of Aleppo.'])
    article.appendChild(document.createElement('p')).textContent = text;
  return document as unknown as Document;
}

describe('flattenDeepWrappers', () => {
  it('unwraps bare wrappers below 64 levels, keeping paragraphs and text', () => {
    const doc = nested(10_000);
    flattenDeepWrappers(doc.documentElement);
    const ps = [...doc.querySelectorAll('p')];
    expect(ps).toHaveLength(2);
    expect(depthOf(ps[0]!)).toBeLessThan(70);
    expect(doc.body.textContent).toContain('Rebels entered Damascus');
  });

  it('leaves an ordinary page as it is', () => {
    const doc = nested(20);
    const before = doc.documentElement.outerHTML;
    flattenDeepWrappers(doc.documentElement);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('lets the article be extracted from 10,000 levels deep', () => {
    expect(extractArticle(nested(10_000), null).text).toContain('The offensive began on November 27');
  });
});
