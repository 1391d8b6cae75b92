import { describe, expect, it } from 'vitest';
import type { Precision } from '../../src/core/types.js';
import { datetimeAttr, dateSpan, formatDate, formatEventDate, formatLongDay, precisionOf, relativeHint } from '../../src/core/format-date.js';

const REF = '2017-07-10';

describe('formatDate prints a date at exactly its precision', () => {
  it.each<[string, Precision, string]>([
    ['2017-07-07', 'day', 'Fri 7 Jul 2017'],
    ['2017-07-07T14:30', 'time', 'Fri 7 Jul 2017, 14:30'],
    ['2017-05', 'month', 'May 2017'],
    ['2011', 'year', '2011'],
    ['2016-SP', 'season', 'spring 2016'],
    ['2016-WI', 'season', 'winter 2016'],
    ['2017-W28', 'week', 'week of 10 Jul 2017'],
    ['2017-Q3', 'quarter', 'Q3 2017'],
    ['2017-H1', 'half', 'first half of 2017'],
    ['201X', 'decade', '2010s'],
    ['19', 'century', '20th century'],
    ['2017-07-07/2017-07-08', 'range', '7–8 Jul 2017'],
    ['2017-06-30/2017-07-02', 'range', '30 Jun – 2 Jul 2017'],
    ['2012/2016', 'range', '2012–2016'],
    ['2011-03/', 'range', 'since March 2011'],
    ['2011-03/PRESENT_REF', 'range', 'since March 2011'],
    ['XXXX-XX-XX', 'day', 'undated'],
    ['PAST_REF', 'year', 'undated'],
  ])('%s (%s) → %s', (value, precision, out) => {
    expect(formatDate({ value, precision })).toBe(out);
  });

  it('prints "undated" for no date', () => {
    expect(formatDate(null)).toBe('undated');
  });

  it('quotes the article\'s words for a date it could not place', () => {
    expect(formatEventDate({ value: 'XXXX-XX-XX', precision: 'day', mention: { text: 'on Friday ' } })).toBe('“on Friday”');
    expect(formatEventDate({ value: '2017-07-07', precision: 'day', mention: { text: 'on Friday' } })).toBe('Fri 7 Jul 2017');
    expect(formatEventDate(null)).toBe('undated');
  });

  it('prints the long form of a publication day', () => {
    expect(formatLongDay('2017-07-10')).toBe('10 July 2017');
  });
});

describe('relativeHint compares with the publication date at the value\'s precision', () => {
  it.each<[string, Precision, string | null, string | null]>([
    ['2017-07-07', 'day', REF, '3 days before publication'],
    ['2017-07-10', 'day', REF, 'day of publication'],
    ['2017-07-11', 'day', REF, '1 day after publication'],
    ['2017-06-12', 'day', REF, '4 weeks before publication'],
    ['2016-07-10', 'day', REF, '12 months before publication'],
    ['2017-05', 'month', REF, '2 months before publication'],
    ['2017-07', 'month', REF, 'month of publication'],
    ['2011-03', 'month', REF, '6 years before publication'],
    ['2011', 'year', REF, '6 years before publication'],
    ['2017', 'year', REF, 'year of publication'],
    ['2017-W28', 'week', REF, 'week of publication'],
    ['2017-H1', 'half', REF, 'just before publication'],
    ['201X', 'decade', REF, null],
    ['2017-07-07', 'day', null, null],
    ['XXXX-XX-XX', 'day', REF, null],
  ])('%s (%s) against %s → %s', (value, precision, ref, out) => {
    expect(relativeHint({ value, precision }, ref)).toBe(out);
  });
});

describe('datetimeAttr gives a valid HTML datetime or nothing', () => {
  it.each<[string, Precision, string | null]>([
    ['2017-07-07', 'day', '2017-07-07'],
    ['2017-05', 'month', '2017-05'],
    ['2011', 'year', '2011'],
    ['2017-W28', 'week', '2017-W28'],
    ['2016-SP', 'season', '2016'],
    ['201X', 'decade', null],
    ['2017-07-07/2017-07-08', 'range', '2017-07-07'],
  ])('%s (%s) → %s', (value, precision, out) => {
    expect(datetimeAttr({ value, precision })).toBe(out);
  });
});

describe('dateSpan and precisionOf', () => {
  it('spans a winter into the next year and a leap February', () => {
    expect(dateSpan('2016-WI')).toEqual({ start: '2016-12-01', end: '2017-02-28' });
    expect(dateSpan('2016-02')).toEqual({ start: '2016-02-01', end: '2016-02-29' });
  });

  it('finds ISO week 1 in the previous December', () => {
    expect(dateSpan('2020-W01')).toEqual({ start: '2019-12-30', end: '2020-01-05' });
  });

  it('reads knowledge-base dates', () => {
    expect(['2017-07-07', '2017-07', '2017', 'soon'].map(precisionOf)).toEqual(['day', 'month', 'year', null]);
  });
});
