import { describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS, joinParagraphs, paragraphsFromText } from '../../src/core/paragraphs.js';

describe('paragraphs', () => {
  it('joins blocks with blank lines and records their spans', () => {
    const { text, paragraphs } = joinParagraphs(['One.', 'Two.']);
    expect(text).toBe('One.\n\nTwo.');
    expect(paragraphs.map(p => text.slice(p.start, p.end))).toEqual(['One.', 'Two.']);
  });

  it('reads a huge text up to MAX_TEXT_CHARS, in whole paragraphs', () => {
    const block = 'Rebels entered Damascus on Sunday. '.repeat(30);
    const { text, paragraphs } = paragraphsFromText(Array.from({ length: 6000 }, () => block).join('\n'));
    expect(text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(text.length).toBeGreaterThan(MAX_TEXT_CHARS - block.length - 2);
    expect(text.slice(paragraphs.at(-1)!.start, paragraphs.at(-1)!.end)).toBe(block.trim());
  });

  it('cuts one giant paragraph at the limit', () => {
    const { text, paragraphs } = joinParagraphs(['x'.repeat(MAX_TEXT_CHARS * 2), 'y']);
    expect(text.length).toBe(MAX_TEXT_CHARS);
    expect(paragraphs).toEqual([{ start: 0, end: MAX_TEXT_CHARS }]);
  });
});
