import { describe, expect, it } from 'vitest';
import { findDates, numericOrder, parseMachineDate } from '../../../src/core/published-date/dates.js';

describe('findDates: written datelines', () => {
  it.each([
    ['10 July 2017', '2017-07-10'],
    ['Monday, July 10, 2017 7:02 AM', '2017-07-10'],
    ['Jul. 10th, 2017', '2017-07-10'],
    ['10. Juli 2017, 12:01 Uhr', '2017-07-10'],
    ['Veröffentlicht am 1. März 2020', '2020-03-01'],
    ['01. Dez. 2017', '2017-12-01'],
    ['publié le 1er juillet 2017', '2017-07-01'],
    ['10 févr. 2019', '2019-02-10'],
    ['10 de julio de 2017', '2017-07-10'],
    ['10 تموز 2017', '2017-07-10'],
    ['١٠ تموز ٢٠١٧', '2017-07-10'],
    ['10 تموز/يوليو 2017', '2017-07-10'],
    ['الاثنين 10 يوليو 2017', '2017-07-10'],
    ['10 kanun', null],
    ['10.07.2017', '2017-07-10'],
    ['2017-07-10 16:52:59', '2017-07-10'],
    ['2017/07/10', '2017-07-10'],
    ['25/12/2017', '2017-12-25'],
    ['12/25/2017', '2017-12-25'],
    ['2017年7月10日', '2017-07-10'],
    ['10 Temmuz 2017', '2017-07-10'],
    ['10 июля 2017 г.', '2017-07-10'],
    ['10 lipca 2017', '2017-07-10'],
    ["3 d'abril de 2017", '2017-04-03'],
    ['10 de julho de 2017', '2017-07-10'],
  ])('%s → %s', (text, day) => {
    expect(findDates(text, null)[0]?.date ?? null).toBe(day);
  });
});

describe('findDates: what is not a day', () => {
  it.each([
    ['version 4.1.12 released'],
    ['in 2017'],
    ['10 July'],
    ['Mai 2017'],
    ['31 February 2017'],
    ['phone 12.34.5678'],
    ['ISBN 978-3-16-148410-0'],
  ])('%s → nothing', text => {
    expect(findDates(text, null)).toEqual([]);
  });
});

describe('findDates: day-month order and short years', () => {
  it('reads 05/04/2017 in the order the page uses', () => {
    expect(findDates('05/04/2017', 'dmy')[0]).toMatchObject({ date: '2017-04-05', ambiguous: true });
    expect(findDates('05/04/2017', 'mdy')[0]).toMatchObject({ date: '2017-05-04', ambiguous: true });
  });
  it('reads dotted dates day first whatever the order', () => {
    expect(findDates('05.04.2017', 'mdy')[0]?.date).toBe('2017-04-05');
  });
  it('takes two-digit years only when asked (datelines), and splits a time glued to them', () => {
    expect(findDates('17.11.19', null)).toEqual([]);
    expect(findDates('17.11.19', null, true)[0]?.date).toBe('2019-11-17');
    expect(findDates('28.09.1912:44', null, true)[0]?.date).toBe('2019-09-28');
  });
  it('finds every date in order', () => {
    expect(findDates('Published 3 March 2020, updated 07.04.2020', null).map(f => f.date)).toEqual(['2020-03-03', '2020-04-07']);
  });
});

describe('numericOrder', () => {
  it.each([
    ['posted 25/12/2017 and 03/04/2018', null, 'dmy'],
    ['posted 12/25/2017 and 03/04/2018', 'de', 'mdy'],
    ['03/04/2018', 'en-US', 'mdy'],
    ['03/04/2018', 'en-GB', 'dmy'],
    ['03/04/2018', 'fr', 'dmy'],
    ['03/04/2018', null, null],
  ] as const)('%s (lang %s) → %s', (text, lang, order) => {
    expect(numericOrder(text, lang)).toBe(order);
  });
});

describe('parseMachineDate', () => {
  it.each([
    ['2017-07-10T23:30:00-04:00', '2017-07-10'],
    ['2017-07-10', '2017-07-10'],
    ['20170710', '2017-07-10'],
    ['20170710T070200Z', '2017-07-10'],
    ['Mon, 10 Jul 2017 07:02:00 GMT', '2017-07-10'],
    ['July 10, 2017', '2017-07-10'],
    ['10.07.2017', '2017-07-10'],
    ['2017-02-30', null],
    ['tomorrow', null],
  ])('%s → %s', (value, day) => {
    expect(parseMachineDate(value)?.date ?? null).toBe(day);
  });
});
