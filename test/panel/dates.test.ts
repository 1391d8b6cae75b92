import { describe, expect, it } from 'vitest';
import { panelDate, panelLongDay } from '../../content-scripts/panel/dates.js';

describe('panel dates in the UI locale', () => {
  it.each<[string, { value: string; precision: 'day' | 'month' | 'year' | 'season' | 'range' }, string]>([
    ['en', { value: '2017-07-07', precision: 'day' }, 'Fri 7 Jul 2017'],
    ['en', { value: '2017-05', precision: 'month' }, 'May 2017'],
    ['fr', { value: '2017-07-07', precision: 'day' }, 'ven. 7 juil. 2017'],
    ['fr', { value: '2017-05', precision: 'month' }, 'mai 2017'],
    ['ar', { value: '2011', precision: 'year' }, new Intl.DateTimeFormat('ar', { year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2011, 0, 1))],
    // What Intl cannot say at its precision stays as format-date says it.
    ['fr', { value: '2016-SP', precision: 'season' }, 'spring 2016'],
    ['fr', { value: '2017-07-07/2017-07-08', precision: 'range' }, '7–8 Jul 2017'],
    // A tag Intl rejects falls back to English rather than failing the panel.
    ['not a locale!', { value: '2017-07-07', precision: 'day' }, 'Fri 7 Jul 2017'],
  ])('%s %j → %s', (locale, date, out) => {
    expect(panelDate(date, locale)).toBe(out);
  });

  it('keeps the calendar day whatever the reader\'s time zone (UTC)', () => {
    expect(panelDate({ value: '2017-01-01', precision: 'day' }, 'de')).toBe('So., 1. Jan. 2017');
  });

  it('writes the publication date long', () => {
    expect(panelLongDay('2017-07-10', 'en')).toBe('10 July 2017');
    expect(panelLongDay('2017-07-10', 'fr')).toBe('10 juillet 2017');
  });
});
