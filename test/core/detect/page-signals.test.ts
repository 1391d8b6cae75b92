// Structure hints from a DOM: a section front is mostly linked headlines, an article mostly prose.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageSignals } from '../../../src/core/page-signals.js';

const para = 'Government forces shelled the town on Monday, residents said, as rebels held their positions. '.repeat(4);
const front = `<html><head><script type="application/ld+json">{"@type":"CollectionPage"}</script></head><body>${Array.from({ length: 15 }, (_, i) => `<h3><a href="/a${i}">Syria headline number ${i} about rebels and Damascus</a></h3>`).join('')}</body></html>`;
const article = `<html><head><meta property="og:type" content="article"><meta name="description" content="Shelling in Idlib"></head><body><h1>Shelling in Idlib</h1>${Array.from({ length: 6 }, () => `<p>${para}</p>`).join('')}<h3><a href="/x">Related story</a></h3></body></html>`;

describe('pageSignals', () => {
  it('sees a section front as many headline links and dense link text', () => {
    const s = pageSignals(parseHTML(front).document);
    expect(s.headlineLinks).toBe(15);
    expect(s.linkDensity).toBeGreaterThan(0.9);
    expect(s.jsonLdTypes).toContain('CollectionPage');
  });

  it('sees an article as prose with few links', () => {
    const s = pageSignals(parseHTML(article).document);
    expect(s.headlineLinks).toBe(1);
    expect(s.linkDensity).toBeLessThan(0.05);
    expect(s.ogType).toBe('article');
    expect(s.description).toBe('Shelling in Idlib');
  });
});
