// Knowledge-base event linking against a small fixture KB (clause, sentence, article, text date, publication date).
import { describe, expect, it } from 'vitest';
import { kbYear, linkKbEvent } from '../../../src/core/events/kb-link.js';
import type { KnowledgeBase } from '../../../src/core/kb/index.js';
import type { KbEvent } from '../../../src/core/types.js';

const ev = (id: string, series: string, round: number, from: string, to: string, aliases: string[] = []): KbEvent =>
  ({ id, title: id, date: { from, to }, type: 'talks', aliases, entities: [], series, round, summary: '', sources: [] });
const kb: KnowledgeBase = {
  entities: [{ id: 'hts', kind: 'armed-group', name: 'Hayat Tahrir al-Sham', aliases: ['Tahrir al-Sham'], summary: '', valid: {}, sources: [] }],
  events: [
    ev('geneva-6', 'geneva', 6, '2017-05-16', '2017-05-19'), ev('geneva-7', 'geneva', 7, '2017-07-10', '2017-07-14', ['Geneva VII']),
    ev('astana-4', 'astana', 4, '2017-05-03', '2017-05-04'), ev('astana-5', 'astana', 5, '2017-07-04', '2017-07-05'),
    ev('astana-7', 'astana', 7, '2017-10-30', '2017-10-31'),
    { ...ev('hts-formed', '', 0, '2017-01-28', '2017-01-28', ['Tahrir al-Sham']), series: undefined, round: undefined },
    { ...ev('khan-sheikhoun-attack', '', 0, '2017-04-04', '2017-04-04', ['Khan Sheikhoun chemical attack']), series: undefined, round: undefined },
  ],
};
const ARTICLE = 'The talks in Geneva open after a ceasefire took effect.';

// clause, article, text date, published, status, past → KB id (or null)
const cases: [string, string, string | null, string, 'happened' | 'scheduled', boolean, string | null][] = [
  ['is scheduled to meet late on Monday for a seventh round of UN-sponsored peace talks', ARTICLE, '2017-07-10', '2017-07-10', 'scheduled', false, 'geneva-7'],
  ['The seventh round of Syria peace talks begin at Astana', 'Astana', '2017-10-30', '2017-10-30', 'happened', false, 'astana-7'],
  ['In Astana peace talks', '', null, '2017-07-10', 'happened', true, 'astana-5'],
  ['delegates met in Geneva VII', '', null, '2017-07-12', 'happened', true, 'geneva-7'],
  // A date from the text that the round does not fit vetoes the link.
  ['for Feb. 8 negotiations in Geneva', '', '2017-02-08', '2017-01-23', 'scheduled', false, null],
  // An alias that is also an entity's name links no event.
  ['an offensive by forces led by Tahrir al-Sham', '', null, '2024-12-08', 'happened', true, null],
  // An ordinal with no series in reach and no date is left alone.
  ['a fifth round of talks', '', null, '2017-07-10', 'happened', true, null],
];

describe('linkKbEvent', () => {
  it.each(cases)('%s', (clause, article, date, published, status, past, id) => {
    expect(linkKbEvent(kb, clause, clause, article, date, published, status, past)?.event.id ?? null).toBe(id);
  });

  it('keeps the link confidence: higher when the sentence names the series', () => {
    const here = linkKbEvent(kb, 'the seventh round of Geneva talks', 'the seventh round of Geneva talks', '', null, '2017-07-10', 'happened', true);
    const there = linkKbEvent(kb, 'the seventh round of talks', 'the seventh round of talks', 'Geneva', null, '2017-07-10', 'happened', true);
    expect([here?.confidence, there?.confidence]).toEqual([0.9, 0.75]);
  });

  // clause, the tagger's day for a month and day without a year, published → the KB day (or null)
  it.each([
    ['a year after the Khan Sheikhoun chemical attack on April 4', '2018-04-04', '2018-05-01', '2017-04-04'],
    // Another day, a KB event after publication, or no KB event named: the tagger's reading stands.
    ['a year after the Khan Sheikhoun chemical attack on April 5', '2018-04-05', '2018-05-01', null],
    ['since the Khan Sheikhoun chemical attack on April 4', '2017-04-04', '2017-04-10', null],
    ['since the attack on April 4', '2018-04-04', '2018-05-01', null],
  ] as const)('kbYear: %s (%s)', (clause, date, published, expected) => {
    expect(kbYear(kb, clause, date, published)).toBe(expected);
  });
});
