// Second thoughts on a resolved date, from what the event is: the tagger resolves a bare weekday or month by the
// tense, but the event's own words can say more. A scheduled "upcoming meeting … on Monday" is the coming Monday, a
// reported "lifted … on Friday" the past one; what has gone on "since early July" began before the article.
import type { EventStatus, TemporalMention } from '../types.js';
import type { FoundDate } from './find-events.js';
import { endDay, startDay } from './dates.js';

const DAY_MS = 86_400_000;
const shiftDays = (v: string, n: number) => new Date(Date.parse(v) + n * DAY_MS).toISOString().slice(0, 10);

/** past: the event's verb is in a past form (a present "talks open on Monday" may well look ahead). */
export function settleWeekday(d: FoundDate, status: EventStatus, ref: string | null, past: boolean): FoundDate {
  const m = d.mention;
  if (!m || !ref || m.stated || !m.tags.includes('parser/weekday') || !/^\d{4}-\d{2}-\d{2}$/.test(d.value)) return d;
  const ahead = status === 'scheduled' || status === 'expected';
  if (ahead && d.value < ref) return { ...d, value: shiftDays(d.value, 7) };
  if (!ahead && past && d.value > ref) return { ...d, value: shiftDays(d.value, -7) };
  return d;
}

/** A month (or a month and day) without a year on the wrong side of publication for what the event is: for one told in
 *  a past form the last one before the article ("Saudi Arabia and Iran agreed to restore ties in March", in May, is this
 *  March; "are believed to have fled … in March" too), for a scheduled or expected one the next ("will take over as
 *  acting secretary on January 1", in December, is next January). */
export function settleMonth(d: FoundDate, status: EventStatus, ref: string | null, past: boolean): FoundDate {
  const m = d.mention;
  if (!m || !ref || m.stated || !m.tags.includes('parser/month-name') || /\b\d{4}\b/.test(m.text) || !/^\d{4}-\d{2}/.test(d.value)) return d;
  const ahead = status === 'scheduled' || status === 'expected', start = startDay(d.value) ?? '';
  // Looking ahead, only a day the tagger put more than half a year back: a recent one is more likely another verb's
  // ("a decree issued on Aug. 27, 140 members will be elected").
  const shift = ahead && Date.parse(ref) - Date.parse(endDay(d.value)!) > 183 * DAY_MS ? 1 : !ahead && past && start > ref ? -1 : 0;
  return shift ? { ...d, value: `${Number(d.value.slice(0, 4)) + shift}${d.value.slice(4)}` } : d;
}

/** The start of a "since …" span lies before the reference date: a month or day without a year goes back a year. */
export function settleSince(d: FoundDate, before: string, ref: string | null): FoundDate {
  const m = d.mention;
  if (!m || !ref || m.stated || !(/\bsince\s+(?:(?:early|late|mid|the\s+(?:start|end|beginning|middle)\s+of)[\s-]+)?$/i.test(before) || m.range?.to === null)) return d;
  if (d.value.slice(0, 10) <= ref) return d;
  const y = String(Number(d.value.slice(0, 4)) - 1);
  if (/^\d{4}-\d{2}(?:-\d{2})?$/.test(d.value)) return { ...d, value: `${y}${d.value.slice(4)}` };
  return d;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** A bare weekday beside a calendar date of the sentence that falls on that weekday names that date ("the latest attack
 *  came on January 2, when … early Monday morning": 2 January 2023 was a Monday), though the tagger counted the weekday
 *  from the article's day. Only when that count lands more than a week from the date (a nearby one is its own day), and
 *  on the same side of the publication date ("attacked on Monday; talks resume on March 20" keeps both). */
export function settleWeekdayByDate(d: FoundDate, sentenceMentions: TemporalMention[], ref: string | null): FoundDate {
  const m = d.mention;
  if (!m || !ref || m.stated || !m.tags.includes('parser/weekday') || !/^\d{4}-\d{2}-\d{2}/.test(d.value)) return d;
  const day = WEEKDAYS.findIndex(w => new RegExp(`\\b${w}`, 'i').test(m.text));
  if (day < 0) return d;
  const own = Date.parse(d.value.slice(0, 10));
  const dates = sentenceMentions.filter(x => x !== m && x.precision === 'day' && /\d/.test(x.text) && !x.tags.includes('parser/weekday') &&
    /^\d{4}-\d{2}-\d{2}$/.test(x.value) && new Date(Date.parse(x.value)).getUTCDay() === day &&
    Math.abs(Date.parse(x.value) - own) > 7 * DAY_MS && (x.value <= ref) === (d.value.slice(0, 10) <= ref));
  return dates.length === 1 ? { ...d, value: dates[0]!.value + d.value.slice(10) } : d;
}
