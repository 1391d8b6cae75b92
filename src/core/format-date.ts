// Human dates at exactly the precision the pipeline found ("May 2017", never "1 May 2017"), the calendar span a
// value covers, and a hint relative to the publication date. Pure: the reference date is a parameter.
import type { IsoDay, Precision } from './types.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
// TIMEX3 seasons; winter runs from December into the next year.
const SEASONS: Record<string, { name: string; from: number; months: number }> = {
  SP: { name: 'spring', from: 3, months: 3 },
  SU: { name: 'summer', from: 6, months: 3 },
  FA: { name: 'autumn', from: 9, months: 3 },
  WI: { name: 'winter', from: 12, months: 3 },
};
const DAY_MS = 86_400_000;

export interface DateSpan {
  start: IsoDay;
  /** Last day covered; null for an open-ended range ("since March 2011"). */
  end: IsoDay | null;
}

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
/** The span of `months` months starting at y-m. */
const months = (y: number, m: number, n: number): DateSpan => ({ start: iso(utc(y, m, 1)), end: iso(utc(y, m + n, 1) - DAY_MS) });

/** Monday of ISO week w of year y. */
function isoWeekMonday(y: number, w: number): number {
  const jan4 = utc(y, 1, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - dow * DAY_MS + (w - 1) * 7 * DAY_MS;
}

/** Precision of a plain normalised value (knowledge-base dates are YYYY, YYYY-MM or YYYY-MM-DD). */
export function precisionOf(value: string): Precision | null {
  if (value.includes('/')) return 'range';
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return 'time';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}$/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-(SP|SU|FA|WI)$/.test(value)) return 'season';
  if (/^\d{4}-Q[1-4]$/.test(value)) return 'quarter';
  if (/^\d{4}-H[12]$/.test(value)) return 'half';
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{3}X$/.test(value)) return 'decade';
  if (/^\d{2}(XX)?$/.test(value)) return 'century';
  return null;
}

/** The calendar days a value covers, or null when it can't be placed (unresolved "XXXX-XX-XX", PRESENT_REF …). */
export function dateSpan(value: string): DateSpan | null {
  const [from, to] = value.split('/');
  if (to !== undefined) {
    const a = from ? dateSpan(from) : null;
    if (!a) return null;
    const b = to && to !== 'PRESENT_REF' ? dateSpan(to) : null;
    return { start: a.start, end: b ? b.end : null };
  }
  const v = value;
  const y = Number(v.slice(0, 4));
  switch (precisionOf(v)) {
    case 'time':
    case 'day': {
      const t = utc(y, Number(v.slice(5, 7)), Number(v.slice(8, 10)));
      return { start: iso(t), end: iso(t) };
    }
    case 'week': {
      const mon = isoWeekMonday(y, Number(v.slice(6, 8)));
      return { start: iso(mon), end: iso(mon + 6 * DAY_MS) };
    }
    case 'month': return months(y, Number(v.slice(5, 7)), 1);
    case 'season': {
      const s = SEASONS[v.slice(5)]!;
      return months(y, s.from, s.months);
    }
    case 'quarter': return months(y, (Number(v.slice(6)) - 1) * 3 + 1, 3);
    case 'half': return months(y, v.endsWith('1') ? 1 : 7, 6);
    case 'year': return months(y, 1, 12);
    case 'decade': {
      const d = Number(v.slice(0, 3)) * 10;
      return months(d, 1, 120);
    }
    case 'century': {
      const c = Number(v.slice(0, 2)) * 100;
      return months(c, 1, 1200);
    }
    default: return null;
  }
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

function dayParts(v: string) {
  const t = utc(Number(v.slice(0, 4)), Number(v.slice(5, 7)), Number(v.slice(8, 10)));
  const d = new Date(t);
  return { weekday: WEEKDAYS[d.getUTCDay()]!, day: d.getUTCDate(), month: MONTHS[d.getUTCMonth()]!, year: d.getUTCFullYear() };
}

/** "10 July 2017", for the header's publication date. */
export function formatLongDay(day: IsoDay): string {
  const p = dayParts(day);
  return `${p.day} ${MONTHS_LONG[Number(day.slice(5, 7)) - 1]} ${p.year}`;
}

function formatRange(from: string, to: string): string {
  const a = from ? formatValue(from, precisionOf(from)) : null;
  if (!a) return 'undated';
  if (!to || to === 'PRESENT_REF') return `since ${a}`;
  if (precisionOf(from) === 'day' && precisionOf(to) === 'day') {
    const p = dayParts(from);
    const q = dayParts(to);
    if (p.year === q.year && p.month === q.month) return `${p.day}–${q.day} ${q.month} ${q.year}`;
    if (p.year === q.year) return `${p.day} ${p.month} – ${q.day} ${q.month} ${q.year}`;
    return `${p.day} ${p.month} ${p.year} – ${q.day} ${q.month} ${q.year}`;
  }
  const b = formatValue(to, precisionOf(to));
  if (!b) return `since ${a}`;
  return a.includes(' ') || b.includes(' ') ? `${a} – ${b}` : `${a}–${b}`;
}

function formatValue(v: string, precision: Precision | null): string | null {
  if (!dateSpan(v)) return null;
  switch (precision) {
    case 'time': {
      const p = dayParts(v);
      const hm = /T(\d{2}):(\d{2})/.exec(v);
      return `${p.weekday} ${p.day} ${p.month} ${p.year}${hm ? `, ${hm[1]}:${hm[2]}` : ''}`;
    }
    case 'day': {
      const p = dayParts(v);
      return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
    }
    case 'week': {
      const p = dayParts(dateSpan(v)!.start);
      return `week of ${p.day} ${p.month} ${p.year}`;
    }
    case 'month': return `${MONTHS_LONG[Number(v.slice(5, 7)) - 1]} ${v.slice(0, 4)}`;
    case 'season': return `${SEASONS[v.slice(5)]!.name} ${v.slice(0, 4)}`;
    case 'quarter': return `Q${v.slice(6)} ${v.slice(0, 4)}`;
    case 'half': return `${v.endsWith('1') ? 'first' : 'second'} half of ${v.slice(0, 4)}`;
    case 'year': return v.slice(0, 4);
    case 'decade': return `${v.slice(0, 3)}0s`;
    case 'century': return `${ordinal(Number(v.slice(0, 2)) + 1)} century`;
    default: return null;
  }
}

/** "Fri 7 Jul 2017", "May 2017", "spring 2016", "2010s", "7–8 Jul 2017", "since March 2011"; "undated" otherwise. */
export function formatDate(date: { value: string; precision: Precision } | null): string {
  if (!date) return 'undated';
  if (date.precision === 'range' || date.value.includes('/')) {
    const [from = '', to = ''] = date.value.split('/');
    return formatRange(from, to);
  }
  return formatValue(date.value, date.precision) ?? 'undated';
}

/**
 * formatDate, except that a date the calendar can't place (publication date unknown, so "on Friday" stayed
 * unresolved) shows the words the article used, quoted, rather than "undated".
 */
export function formatEventDate(date: { value: string; precision: Precision; mention?: { text: string } } | null): string {
  if (date && !dateSpan(date.value) && date.mention) return `“${date.mention.text.trim()}”`;
  return formatDate(date);
}

/** A valid HTML `datetime` for the value, at its precision where HTML can say it (seasons → their year), else null. */
export function datetimeAttr(date: { value: string; precision: Precision } | null): string | null {
  if (!date) return null;
  const v = date.value.split('/')[0] ?? '';
  switch (precisionOf(v)) {
    case 'time': case 'day': case 'week': case 'month': case 'year': return v;
    case 'season': case 'quarter': case 'half': return v.slice(0, 4);
    default: return null;
  }
}

const COARSE: Partial<Record<Precision, 'day' | 'month' | 'year'>> = {
  time: 'day', day: 'day', week: 'day', month: 'month', year: 'year',
};

function count(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

function distance(days: number): string {
  const d = Math.abs(days);
  if (d < 14) return count(d, 'day');
  if (d < 61) return count(Math.floor(d / 7), 'week');
  if (d < 730) return count(Math.round(d / 30.44), 'month');
  return count(Math.floor(d / 365.25), 'year');
}

function relation(n: number, text: string): string {
  return `${text} ${n < 0 ? 'before' : 'after'} publication`;
}

/**
 * "3 days before publication", "day of publication", "2 months after publication", "6 years before publication".
 * Compared at the value's own precision (May 2017 vs 10 July 2017 is "2 months", not "70 days"); null when either
 * date is unknown or the value's span contains the publication date without being one of day/month/year.
 */
export function relativeHint(date: { value: string; precision: Precision } | null, reference: IsoDay | null): string | null {
  if (!date || !reference) return null;
  const span = dateSpan(date.value);
  const ref = dateSpan(reference);
  if (!span || !ref) return null;
  const unit = date.precision === 'range' ? undefined : COARSE[date.precision];
  if (unit === 'month' || unit === 'year') {
    const ym = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
    const diff = unit === 'year'
      ? Number(span.start.slice(0, 4)) - Number(ref.start.slice(0, 4))
      : ym(span.start) - ym(ref.start);
    if (diff === 0) return `${unit} of publication`;
    if (unit === 'month' && Math.abs(diff) < 24) return relation(diff, count(Math.abs(diff), 'month'));
    const years = unit === 'year' ? diff : Math.trunc(diff / 12);
    return relation(years, count(Math.abs(years), 'year'));
  }
  const refT = Date.parse(ref.start);
  const startT = Date.parse(span.start);
  const endT = span.end ? Date.parse(span.end) : Infinity;
  if (unit === 'day' && date.precision !== 'week') {
    const diff = Math.round((startT - refT) / DAY_MS);
    return diff === 0 ? 'day of publication' : relation(diff, distance(diff));
  }
  if (refT >= startT && refT <= endT) return date.precision === 'week' ? 'week of publication' : null;
  const diff = refT < startT ? Math.round((startT - refT) / DAY_MS) : -Math.round((refT - endT) / DAY_MS);
  // A season or a half-year that ended days before publication is not "10 days before" it.
  if (Math.abs(diff) < 31) return `just ${diff < 0 ? 'before' : 'after'} publication`;
  return relation(diff, distance(diff));
}
