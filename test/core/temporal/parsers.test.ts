// One table per parser: [text, reference date, expected (extent, value) pairs].
import { describe, expect, it } from 'vitest';
import { tagTemporal } from '../../../src/core/temporal/index.js';
import { found, tag } from './tag.js';

type Case = [string, string, [string, string][]];
const table = (name: string, cases: Case[]) =>
  describe(`parser/${name}`, () => {
    it.each(cases)('%s (ref %s)', (text, ref, want) => {
      expect(found(text, ref)).toEqual(want);
      for (const m of tag(text, ref)) expect(m.tags.join(' ')).toMatch(/parser\//);
    });
  });

table('month-name', [
  ['The war began in March 2011.', '2017-07-10', [['March 2011', '2011-03']]],
  ['It was signed on July 7, 2017, in Hamburg.', '2017-07-10', [['July 7, 2017', '2017-07-07']]],
  ['It was signed on 7 July 2017.', '2017-07-10', [['7 July 2017', '2017-07-07']]],
  ['The last talks ended in May.', '2017-07-10', [['May', '2017-05']]],
  ['The next round will open in May.', '2017-07-10', [['May', '2018-05']]],
  ['The deadline is Nov. 6.', '1989-11-02', [['Nov. 6', '1989-11-06']]],
  ['Fighting eased in late November.', '2000-04-05', [['late November', '1999-11']]],
  ['Talks resumed last November.', '2000-01-13', [['last November', '1999-11']]],
  ['It rained in July last year.', '1998-02-19', [['July last year', '1997-07']]],
  ['Police gathered evidence in the October slaying.', '1999-04-19', [['October', '1998-10']]],
  ['The vote was held on May the fifth.', '2017-07-10', [['May the fifth', '2017-05-05']]],
  ['The vote was held on the fifth of May.', '2017-07-10', [['the fifth of May', '2017-05-05']]],
  ['They met on May 5th and on the 6th of May.', '2017-07-10', [['May 5th', '2017-05-05'], ['the 6th of May', '2017-05-06']]],
  ['Prices rose in January nineteen ninety-seven.', '1998-02-06', [['January nineteen ninety-seven', '1997-01']]],
  ['Fighting has continued since early July.', '2017-03-01', [['early July', '2016-07']]],
  ['Talks could resume around November, within December or throughout January.', '2013-09-14', [['November', '2013-11'], ['December', '2013-12'], ['January', '2014-01']]],
]);

table('foreign-date', [
  ['Le 8 décembre 2024, Assad a fui.', '2024-12-20', [['8 décembre 2024', '2024-12-08']]],
  ['Samedi 7 décembre, les rebelles ont avancé.', '2024-12-20', [['Samedi 7 décembre', '2024-12-07']]],
  ['El 8 de diciembre de 2024 cayó Damasco.', '2024-12-20', [['8 de diciembre de 2024', '2024-12-08']]],
  ['سقط النظام في 8 كانون الأول/ديسمبر 2024.', '2024-12-20', [['8 كانون الأول/ديسمبر 2024', '2024-12-08']]],
  ['في ٨ ديسمبر ٢٠٢٤ دخلت الفصائل دمشق', '2024-12-20', [['٨ ديسمبر ٢٠٢٤', '2024-12-08']]],
  // Hijri dates by the tabular calendar: 6 Jumada al-Akhirah 1446 was 8 December 2024, 1 Ramadan 1438 27 May 2017.
  ['وفي 6 جمادى الآخرة 1446 هـ دخلت الفصائل دمشق', '2024-12-20', [['6 جمادى الآخرة 1446 هـ', '2024-12-08']]],
  ['The fast began on 1 Ramadan 1438 AH.', '2017-07-10', [['1 Ramadan 1438 AH', '2017-05-27']]],
]);

table('foreign-weekday', [
  ['Les Forces démocratiques syriennes ont accusé Damas, samedi, d’avoir trahi un accord.', '2026-01-17', [['samedi', '2026-01-17']]],
  ['El sábado, los rebeldes entraron en Hama.', '2024-12-08', [['sábado', '2024-12-07']]],
  ['Am Samstag floh Assad nach Moskau.', '2024-12-09', [['Samstag', '2024-12-07']]],
  ['وفي يوم السبت دخلت الفصائل حمص', '2024-12-08', [['السبت', '2024-12-07']]],
]);

table('holiday', [
  ['Shops closed on Thanksgiving Day.', '1999-11-30', [['Thanksgiving Day', '1999-11-25']]],
  ['Voters went to the polls on Election Day.', '1998-11-05', [['Election Day', '1998-11-03']]],
  ['Pilgrims came last Easter.', '2000-06-01', [['last Easter', '2000-04-23']]],
]);

table('numeric-date', [
  ['Posted 2017-07-07 by staff.', '2017-07-10', [['2017-07-07', '2017-07-07']]],
  ['The report dated 12-8-2024 said so.', '2024-12-20', [['12-8-2024', '2024-12-08']]],
  ['Assad fled on 8.12.2024, and on 25/12/2016 Aleppo fell.', '2024-12-20', [['8.12.2024', '2024-12-08'], ['25/12/2016', '2016-12-25']]],
  ['Filed on 7/4/1998.', '1998-08-01', [['7/4/1998', '1998-07-04']]],
]);

table('weekday', [
  ['The ceasefire was announced on Friday.', '2017-07-10', [['Friday', '2017-07-07']]],
  ['Talks will resume on Friday.', '2017-07-10', [['Friday', '2017-07-14']]],
  ['They met last Tuesday.', '2017-07-10', [['last Tuesday', '2017-07-04']]],
  ['Rebels attacked Friday morning.', '2017-07-10', [['Friday morning', '2017-07-07TMO']]],
  ['Rebels attacked on Tues. and Wed. morning.', '2017-07-10', [['Tues.', '2017-07-04'], ['Wed. morning', '2017-07-05TMO']]],
  ['The council meets on Tuesday, diplomats said.', '2017-07-10', [['Tuesday', '2017-07-11']]],
]);

table('year', [
  ['Since 2011, the war has killed thousands.', '2017-07-10', [['2011', '2011']]],
  ['Profit rose in fiscal 1989.', '1989-11-02', [['fiscal 1989', '1989']]],
  ['Rents doubled in the 1990s.', '2017-07-10', [['the 1990s', '199X']]],
  ['It happened in nineteen ninety-six.', '1998-02-06', [['nineteen ninety-six', '1996']]],
  ['In the year two thousand, prices rose.', '2001-02-06', [['the year two thousand', '2000']]],
  ['Rents doubled in the nineties and the late eighties.', '2001-02-06', [['the nineties', '199X'], ['the late eighties', '198X']]],
]);

table('reference-word', [
  ['Prices are now higher.', '1998-01-08', [['now', 'PRESENT_REF']]],
  ['He recently returned.', '1998-01-08', [['recently', 'PAST_REF']]],
  ['It may change in the future.', '1998-01-08', [['the future', 'FUTURE_REF']]],
]);

table('relative-day', [
  ['Officials said yesterday that it failed.', '2017-07-10', [['yesterday', '2017-07-09']]],
  ['The vote is tomorrow.', '2017-07-10', [['tomorrow', '2017-07-11']]],
  ['Shelling resumed last night.', '2017-07-10', [['last night', '2017-07-09TNI']]],
  ['Talks ended on July 7, 2017. Fighting had flared the day before.', '2017-07-10', [['July 7, 2017', '2017-07-07'], ['the day before', '2017-07-06']]],
  ['He arrived the day before yesterday.', '2017-07-10', [['the day before yesterday', '2017-07-08']]],
]);

table('relative-unit', [
  ['Sales fell last year.', '1989-10-26', [['last year', '1988']]],
  ['It opened this week.', '2017-07-10', [['this week', '2017-W28']]],
  ['It was announced earlier this month.', '2017-07-10', [['earlier this month', '2017-07']]],
  ['A deal is expected early next year.', '1989-10-27', [['early next year', '1990']]],
  ['Protests continued over the weekend.', '1989-10-30', [['the weekend', '1989-W43-WE']]],
  ['Prices rose over the past year; it was the worst in the past decade.', '1998-03-03', [['the past year', '1997'], ['the past decade', 'P10Y']]],
  ['Sales for the full year rose; net income for the year ended March 31 fell.', '1989-11-02', [['the full year', '1989'], ['the year', 'P1Y'], ['March 31', '1989-03-31']]],
]);

table('unit-ago', [
  ['He left two years ago.', '1998-02-06', [['two years ago', '1996']]],
  ['It happened 11 days ago.', '1999-04-19', [['11 days ago', '1999-04-08']]],
  ['He left a week or so ago.', '1991-02-25', [['a week or so ago', '1991-W08']]],
  ['NATO was founded 50 years ago; a decade ago it had 16 members.', '1999-03-12', [['50 years ago', '1949'], ['a decade ago', '1989']]],
  ['Shares rose in December. The firm was founded 41 years ago.', '2000-01-15', [['December', '1999-12'], ['41 years ago', '1959']]],
]);

table('duration', [
  ['The war has lasted six years.', '2017-07-10', [['six years', 'P6Y']]],
  ['Prices fell over the past two months.', '1998-01-08', [['the past two months', 'P2M']]],
  ['Stocks hit a five-year low.', '1998-01-08', [['five-year', 'P5Y']]],
  ['The flight took 5 1/2 hours.', '1998-01-08', [['5 1/2 hours', 'PT5H30M']]],
  ['It will take at least 18 months.', '1998-01-08', [['at least 18 months', 'P18M']]],
  ['The talks lasted two and a half years; the blast a minute and a half.', '1998-01-08', [['two and a half years', 'P2Y6M'], ['a minute and a half', 'PT1M30S']]],
  ['Repairs take two to three weeks, the audit the next two years or so.', '1998-01-08', [['two to three weeks', 'P2W'], ['the next two years or so', 'P2Y']]],
]);

table('quarter', [
  ['Third-quarter profit rose.', '1989-10-26', [['Third-quarter', '1989-Q3']]],
  ['Sales rose in the fourth quarter of 1988.', '1989-10-26', [['the fourth quarter of 1988', '1988-Q4']]],
  ['Revenue for the first half rose.', '1989-10-26', [['the first half', '1989-H1']]],
]);

table('season', [
  ['Fighting resumed in the spring of 2016.', '2017-07-10', [['the spring of 2016', '2016-SP']]],
  ['It snowed in the winter of nineteen ninety-four.', '1998-02-06', [['the winter of nineteen ninety-four', '1994-WI']]],
  ['The offensive began last fall.', '1999-06-07', [['last fall', '1998-FA']]],
]);

table('time-of-day', [
  ['The blast came at 10:35 a.m.', '1998-08-07', [['10:35 a.m.', '1998-08-07T10:35']]],
  ['Shelling resumed at 1800 GMT.', '2017-07-10', [['1800 GMT', '2017-07-10T18:00']]],
  ['At 16:30 the shelling resumed.', '2017-07-10', [['16:30', '2017-07-10T16:30']]],
  ['The curfew lasts until 06:00 GMT.', '2017-07-10', [['06:00 GMT', '2017-07-10T06:00']]],
  ['The blast came at eight o’clock in the evening, the raid at 4 in the morning.', '2017-07-10', [['eight o’clock in the evening', '2017-07-10T20:00'], ['4 in the morning', '2017-07-10T04:00']]],
  ['The deadline is 5 p.m. EST Nov. 9.', '1989-11-02', [['5 p.m. EST Nov. 9', '1989-11-09T17:00']]],
]);

table('set', [
  ['The paper is published daily.', '1998-01-08', [['daily', 'P1D']]],
  ['They meet every month.', '1998-01-08', [['every month', 'P1M']]],
  ['The council meets each Thursday.', '1998-01-08', [['each Thursday', 'XXXX-WXX-4']]],
]);

describe('parsers for other languages', () => {
  it('are skipped on a page known to be English, and run when the language is another or unknown', () => {
    const text = 'Le 8 décembre 2024, samedi, Assad a fui.';
    const s = [{ index: 0, start: 0, end: text.length, text, paragraph: 0 }];
    const values = (lang: string | null) => tagTemporal(text, s, { reference: '2024-12-20', lang }).map(m => m.value);
    expect(values('en-GB')).toEqual(['2024']);
    expect(values('fr')).toEqual(['2024-12-08', '2024-12-21']);
    expect(values(null)).toEqual(values('fr'));
  });
});
