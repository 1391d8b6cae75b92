// One table per refiner: what it changes, on a fixed reference date.
import { describe, expect, it } from 'vitest';
import { found, tag } from './tag.js';

type Case = [string, string, [string, string][]];
const table = (name: string, cases: Case[]) =>
  describe(`refiner/${name}`, () => {
    it.each(cases)('%s (ref %s)', (text, ref, want) => expect(found(text, ref)).toEqual(want));
  });

table('remove-overlaps', [
  ['Profit fell in the third quarter of 1989.', '1989-11-02', [['the third quarter of 1989', '1989-Q3']]],
  ['He left two years ago.', '1998-02-06', [['two years ago', '1996']]],
]);

table('filter-unlikely', [
  ['Protesters gathered in March 8 Square on Friday.', '2017-07-10', [['Friday', '2017-07-07']]],
  ['The July 26 Movement was founded in 1955.', '2017-07-10', [['1955', '1955']]],
]);

table('merge-date-time', [
  ['The hearing opens Monday, Oct. 26, in Boston.', '1998-10-25', [['Monday, Oct. 26', '1998-10-26']]],
  ['The strike began at 10 p.m. Wednesday.', '1998-02-13', [['10 p.m. Wednesday', '1998-02-11T22:00']]],
  ['The offer expires at 5 p.m. EST, Nov. 6, 1989.', '1989-10-30', [['5 p.m. EST, Nov. 6, 1989', '1989-11-06T17:00']]],
  ['Rebels have pressed on since Wednesday, the same day a truce took effect.', '2024-11-30', [['Wednesday', '2024-11-27'], ['the same day', '2024-11-27']]],
  ['The ceasefire began at 16:30 local time on Friday.', '2017-07-10', [['16:30 local time on Friday', '2017-07-07T16:30']]],
  // The weekday picks the year: April 6 was a Thursday in 2023; Oct. 26 a Monday in 2020 (past) and 2026 (ahead).
  ['They met on Thursday, April 6.', '2024-11-30', [['Thursday, April 6', '2023-04-06']]],
  ['They met on Monday, Oct. 26.', '2024-11-30', [['Monday, Oct. 26', '2020-10-26']]],
  ['They will meet on Monday, Oct. 26.', '2024-11-30', [['Monday, Oct. 26', '2026-10-26']]],
]);

table('extend-modifiers', [
  ['Rates will rise by the end of 1994.', '1989-10-30', [['the end of 1994', '1994']]],
  ['It was built in the early 1990s.', '2000-02-24', [['the early 1990s', '199X']]],
]);

table('resolve-tense', [
  // The start of a period is announced close to it: the nearest such day, before or after the publication date.
  ['Erdogan announced a 150-hour deadline beginning on Wednesday.', '2019-10-22', [['150-hour', 'PT150H'], ['Wednesday', '2019-10-23']]],
  ['They announced a ceasefire starting on Sunday.', '2017-07-10', [['Sunday', '2017-07-09']]],
  ['The ceasefire took effect on Sunday.', '2017-07-10', [['Sunday', '2017-07-09']]],
  ['The opposition is scheduled to meet late on Monday.', '2017-07-10', [['Monday', '2017-07-10']]],
  ['He said the talks will reopen on Thursday.', '2017-07-10', [['Thursday', '2017-07-13']]],
  ['The last talks ended in May.', '2017-07-10', [['May', '2017-05']]],
  ['The vote is expected in December.', '1989-11-02', [['December', '1989-12']]],
  ['The council lifted sanctions, paving the way for his upcoming meeting at the White House on Monday.', '2025-11-07', [['Monday', '2025-11-10']]],
  ["Shares rose above Thursday's closing price.", '1989-10-30', [['Thursday', '1989-10-26']]],
  ['Officials postponed until Tuesday morning any action on the case.', '2000-03-30', [['Tuesday morning', '2000-04-04TMO']]],
]);

table('anchor-clock-time', [
  ['He will leave at 4 in the morning (4 a.m. EDT Thursday).', '2000-04-05', [['4 in the morning', '2000-04-06T04:00'], ['4 a.m. EDT Thursday', '2000-04-06T04:00']]],
  ['Rebels attacked Friday morning at 10:35.', '2000-04-05', [['Friday morning', '2000-03-31TMO'], ['10:35', '2000-03-31T10:35']]],
  ['The bomb went off at about 10:35 a.m. (0735 GMT) Friday.', '1998-08-08', [['10:35 a.m.', '1998-08-07T10:35'], ['Friday', '1998-08-07']]],
]);

table('resolve-anaphora', [
  ['Slepian was killed on Oct. 23. His name was crossed out that same day.', '1998-10-26', [['Oct. 23', '1998-10-23'], ['that same day', '1998-10-23']]],
  ['He spoke on Tuesday. He arrived in Philadelphia later in the day.', '1998-02-13', [['Tuesday', '1998-02-10'], ['later in the day', '1998-02-10']]],
  ['The offensive began on March 3, 2016. Two days later, the town fell.', '2017-07-10', [['March 3, 2016', '2016-03-03'], ['Two days later', '2016-03-05']]],
  ['Troops entered Aleppo on Dec. 12, 2016. The previous day, talks collapsed.', '2017-07-10', [['Dec. 12, 2016', '2016-12-12'], ['The previous day', '2016-12-11']]],
  ['Third-quarter profit rose to $5 million from $4 million a year earlier.', '1989-10-26', [['Third-quarter', '1989-Q3'], ['a year earlier', '1988-Q3']]],
  ['Sales in the quarter rose.', '1989-10-26', [['the quarter', '1989-Q3']]],
  ['The war began in 2011. The next day, troops entered.', '2017-07-10', [['2011', '2011'], ['The next day', '2011-XX-XX']]],
  ['Troops entered the town on Dec. 12, 2016. The next morning they left.', '2017-07-10', [['Dec. 12, 2016', '2016-12-12'], ['The next morning', '2016-12-13TMO']]],
]);

describe('refiner/mark-range', () => {
  it('records both ends of "between 2012 and 2016" on each point, extents unchanged', () => {
    const m = tag('Fighting raged between 2012 and 2016.', '2017-07-10');
    expect(m.map(x => [x.text, x.range])).toEqual([['2012', { from: '2012', to: '2016' }], ['2016', { from: '2012', to: '2016' }]]);
  });
  it('reads a hyphenated span "from 2012-2016" as two years', () => {
    expect(tag('Prices rose from 2012-2016.', '2017-07-10').map(x => [x.text, x.range?.to])).toEqual([['2012', '2016'], ['2016', '2016']]);
  });
  it('records "since March 2011" as open-ended', () => {
    expect(tag('The war has raged since March 2011.', '2017-07-10')[0]?.range).toEqual({ from: '2011-03', to: null });
  });
});

describe('unknown reference date', () => {
  it('leaves relative values unresolved, never invented', () => {
    const m = tag('The ceasefire was announced on Friday and talks end in May.', null);
    expect(m.map(x => [x.text, x.value, x.precision, x.stated, x.anchor])).toEqual([
      ['Friday', 'XXXX-XX-XX', null, false, 'none'], ['May', 'XXXX-05', null, false, 'none'],
    ]);
  });
  it('keeps stated dates', () => {
    expect(tag('It began in March 2011.', null).map(x => [x.value, x.stated])).toEqual([['2011-03', true]]);
  });
});
