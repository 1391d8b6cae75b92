// The seed article's dates through the tagger alone (reference 2017-07-10, a Monday).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tag } from './tag.js';

const text = fs.readFileSync(path.resolve(import.meta.dirname, '../../../../shared/seed/article.txt'), 'utf8');
const mentions = tag(text, '2017-07-10');
const near = (phrase: string) => {
  const at = text.indexOf(phrase);
  return mentions.find(m => m.start >= at && m.end <= at + phrase.length);
};

describe('seed article', () => {
  it.each([
    ['spokesman said on Monday', 'Monday', '2017-07-10'],
    ['scheduled to meet late on Monday', 'Monday', '2017-07-10'],
    ['for the southwest on Friday', 'Friday', '2017-07-07'],
    ['and starting on Sunday', 'Sunday', '2017-07-09'],
    ['southern Syria on Sunday', 'Sunday', '2017-07-09'],
    ['talks ended in May', 'May', '2017-05'],
    ['began in March 2011', 'March 2011', '2011-03'],
  ])('"%s" → %s = %s', (phrase, extent, value) => {
    const m = near(phrase);
    expect([m?.text, m?.value]).toEqual([extent, value]);
    expect(m?.tags.length).toBeGreaterThan(0);
  });

  it('keeps stated apart from inferred', () => {
    expect([near('began in March 2011')?.stated, near('talks ended in May')?.stated]).toEqual([true, false]);
    expect(near('talks ended in May')?.anchor).toBe('document');
  });
});
