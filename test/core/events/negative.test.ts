// Sentences whose time words date no event.
import { describe, expect, it } from 'vitest';
import { analyse, dated } from './helpers.js';

const cases: [string, string][] = [
  ['The town has been besieged by government forces for more than four years.', '2018-03-25'],
  ['Government forces recently regained most of the region.', '2018-03-25'],
  ['“We will work very hard,” he said.', '2017-07-10'],
  ['The rebels tried to secure the road.', '2017-07-10'],
  ['© 2020 Reuters', '2020-03-02'],
  ['Updated 13 March 2025', '2025-03-14'],
  // A year that names a law or a budget.
  ['The vote is part of the National Defense Authorization Act (NDAA) for 2026.', '2025-12-12'],
  ['The cuts were written into the budget for fiscal year 2026.', '2025-12-12'],
];

describe('no dated event', () => {
  it('"the fall of" is an event noun, not autumn', () => {
    const t = analyse('Diplomats said the move represents a new chapter since the fall of the Assad regime.', '2025-11-07');
    expect(t.events.map(e => e.date?.value)).not.toContain('2025-FA');
  });

  it.each(cases)('%s', (text, published) => {
    expect(dated(analyse(text, published)).filter(d => !d.startsWith(published))).toEqual([]);
  });
});

describe('datelines', () => {
  it('date the report, not an event', () => {
    const t = analyse('BEIRUT, Aug 20 (Reuters) – Rebels withdrew from Khan Sheikhoun on Monday, a monitor said.', '2019-08-20');
    expect(dated(t)).toEqual(['2019-08-19 withdrew']);
    expect(dated(analyse('Damascus, May 18, (dpa/GNA) - Assad will attend the summit.', '2023-05-19'))).toEqual([]);
    for (const text of ['AMMAN, Jordan, March 3 (UPI) -- Rebels said they withdrew from the town.', 'TASS, March 3. The coalition backed the deal.',
      'Riyadh, March 3: In a surprise development, Trump met Sharaa in Riyadh.']) expect(dated(analyse(text, '2016-03-03')), text).toEqual([]);
    // A place and a date at the end of a sentence are no dateline.
    expect(dated(analyse('He arrived in Moscow, March 14.', '2016-03-20'))).toEqual(['2016-03-14 arrived']);
    expect(dated(analyse('ANKARA (UrduPoint News / Sputnik - 23rd October, 2019) The memorandum signed by Moscow and Ankara on Tuesday does not correlate with earlier agreements.', '2019-10-23')))
      .toEqual(['2019-10-22 signed']);
  });
});

describe('the publication date', () => {
  it('dates a statement with a speaker, not a heading that starts with a speech verb', () => {
    expect(dated(analyse('Report every 6 months', '2025-12-08'))).toEqual([]);
    expect(dated(analyse('Officials say the convoy is waiting at the border.', '2025-12-08'))).toEqual(['2025-12-08 say']);
  });
});
