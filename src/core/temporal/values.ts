// TIMEX3 values: calendar points at a granularity, their shifts, and durations.
import type { Precision } from '../types.js';
import type { Relative, Unit } from './draft.js';
import type { Tense } from './tense.js';
import { holidayDate } from './calendar-holidays.js';
import { addDays, dayValue, isValidDay, monthIndex, pad, parseIso, toDays, weekdayOf, weekValue, type Ymd } from './calendar.js';

export type Gran = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century';
/** A period: its first day and its granularity. */
export interface Point { gran: Gran; at: Ymd; season?: string }

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export function pointValue(p: Point): string {
  const { y, m } = p.at;
  switch (p.gran) {
    case 'day': return dayValue(p.at);
    case 'week': return weekValue(p.at);
    case 'weekend': return `${weekValue(p.at)}-WE`;
    case 'month': return `${pad(y, 4)}-${pad(m)}`;
    case 'quarter': return `${pad(y, 4)}-Q${Math.ceil(m / 3)}`;
    case 'half': return `${pad(y, 4)}-H${m > 6 ? 2 : 1}`;
    case 'season': return `${pad(y, 4)}-${p.season ?? 'XX'}`;
    case 'year': return pad(y, 4);
    // TE3 writes a decade 199X and a century 19XX (AQUAINT 4 of 4; TimeBank writes 199): format-date.ts reads both.
    case 'decade': return `${pad(Math.floor(y / 10), 3)}X`;
    case 'century': return `${pad(Math.floor(y / 100), 2)}XX`;
  }
}

export const precisionOf = (g: Gran): Precision => (g === 'weekend' ? 'week' : g);

/** Parses a value we produced back into a point (for anaphora); null for references and durations. */
export function parsePoint(v: string): Point | null {
  const d = parseIso(v);
  if (d) return { gran: 'day', at: d };
  let m = /^(\d{4})-W(\d\d)/.exec(v);
  if (m) {
    const jan4 = { y: +m[1]!, m: 1, d: 4 };
    return { gran: 'week', at: addDays(jan4, (+m[2]! - 1) * 7 - ((weekdayOf(jan4) + 6) % 7)) };
  }
  m = /^(\d{4})(?:-(\d\d)|-Q(\d)|-H(\d))?$/.exec(v);
  if (!m) return null;
  const y = +m[1]!;
  if (m[2]) return { gran: 'month', at: { y, m: +m[2], d: 1 } };
  if (m[3]) return { gran: 'quarter', at: { y, m: +m[3] * 3 - 2, d: 1 } };
  if (m[4]) return { gran: 'half', at: { y, m: +m[4] * 6 - 5, d: 1 } };
  return { gran: 'year', at: { y, m: 1, d: 1 } };
}

const UNIT_GRAN: Partial<Record<Unit, Gran>> = { day: 'day', week: 'week', weekend: 'weekend', month: 'month', quarter: 'quarter', half: 'half', year: 'year', decade: 'decade', century: 'century' };
const UNIT_MONTHS: Partial<Record<Gran, number>> = { month: 1, quarter: 3, half: 6, year: 12, decade: 120, century: 1200 };
const FINER: Gran[] = ['day', 'month', 'quarter', 'half', 'season'];

function startOf(g: Gran, x: Ymd): Ymd {
  switch (g) {
    case 'day': return x;
    case 'week': case 'weekend': return addDays(x, -((weekdayOf(x) + 6) % 7));
    case 'month': return { y: x.y, m: x.m, d: 1 };
    case 'quarter': return { y: x.y, m: x.m - ((x.m - 1) % 3), d: 1 };
    case 'half': return { y: x.y, m: x.m > 6 ? 7 : 1, d: 1 };
    case 'season': return x;
    case 'year': return { y: x.y, m: 1, d: 1 };
    case 'decade': return { y: x.y - (x.y % 10), m: 1, d: 1 };
    case 'century': return { y: x.y - (x.y % 100), m: 1, d: 1 };
  }
}

/** `p` moved by n units; with keepFiner the result keeps p's finer granularity ("a year earlier" than Q3 is Q3). */
export function shift(p: Point, unit: Unit, n: number, keepFiner = false): Point | null {
  const g = UNIT_GRAN[unit];
  if (!g) return null;
  const gran: Gran = keepFiner && g === 'year' && FINER.includes(p.gran) ? p.gran : g;
  if (g === 'day' || g === 'week' || g === 'weekend') {
    const days = g === 'day' ? n : 7 * n;
    return { gran: gran === 'season' ? 'day' : gran, at: startOf(gran, addDays(p.at, days)), season: p.season };
  }
  const i = monthIndex(p.at.y, p.at.m) + n * (UNIT_MONTHS[g] ?? 12);
  const y = Math.floor(i / 12), m = (i % 12) + 1;
  let d = p.at.d;
  while (d > 28 && !isValidDay(y, m, d)) d--;
  return { gran, at: startOf(gran, { y, m, d }), season: p.season };
}

function seasonIndex(x: Ymd): number {
  const y = x.m <= 2 ? x.y - 1 : x.y;
  return y * 4 + (x.m <= 2 ? 3 : Math.floor((x.m - 3) / 3));
}

/** Picks the candidate year for a month/quarter/season index inside a year, from the shift or the tense. */
function pickYear(refY: number, cmp: number, shiftBy: number | null, tense: Tense, span = 0): number {
  // cmp < 0: the candidate in the reference year is before the reference period; 0: it is the reference period.
  if (shiftBy === -1) return cmp < 0 ? refY : refY - 1;
  if (shiftBy === 1) return cmp > 0 ? refY : refY + 1;
  if (shiftBy === 0) return refY;
  // Present tense: the nearest one ("the February contract" in November is next February); span = periods a year.
  if (tense === 'present') return span && Math.abs(cmp) > span / 2 ? (cmp > 0 ? refY - 1 : refY + 1) : refY;
  if (tense === 'past') return cmp > 0 ? refY - 1 : refY;
  return cmp < 0 ? refY + 1 : refY;
}

function agreeingYear(y: number, m: number, d: number, weekday: number, ref: Ymd, tense: Tense): number {
  if (isValidDay(y, m, d) && weekdayOf({ y, m, d }) === weekday) return y;
  const years: number[] = [];
  for (let k = -11; k <= 11; k++) if (isValidDay(y + k, m, d) && weekdayOf({ y: y + k, m, d }) === weekday) years.push(y + k);
  const at = (yy: number) => toDays({ y: yy, m, d }) - toDays(ref);
  const pick = tense === 'past' ? years.filter(yy => at(yy) <= 0).at(-1) : tense === 'future' ? years.find(yy => at(yy) >= 0) : undefined;
  return pick ?? years.reduce((best, yy) => (Math.abs(yy - y) < Math.abs(best - y) ? yy : best), years[0] ?? y);
}

/** Resolves a relative value against a reference day (the document date or the previous mention's period). */
export function resolve(rel: Relative, ref: Ymd, tense: Tense): Point | null {
  switch (rel.kind) {
    case 'weekday': {
      const forward = (rel.weekday - weekdayOf(ref) + 7) % 7, back = (weekdayOf(ref) - rel.weekday + 7) % 7;
      // Present tense ("meet Monday") leans neither way: the nearest one (best on TBAQ of past, future, nearest).
      const days = rel.shift === -1 ? -(back || 7) : rel.shift === 1 ? forward || 7
        : tense === 'future' ? forward : tense === 'past' ? -back : forward <= back ? forward : -back;
      return { gran: rel.weekend ? 'weekend' : 'day', at: addDays(ref, days) };
    }
    case 'month': {
      const cmp = rel.month !== ref.m ? rel.month - ref.m : rel.day !== undefined ? rel.day - ref.d : 0;
      // A day within two months of the publication date is that one whatever the verb ("payable Nov. 6", "by Jan. 14").
      const near = rel.day !== undefined && rel.shift === null && isValidDay(ref.y, rel.month, rel.day) && Math.abs(toDays({ y: ref.y, m: rel.month, d: rel.day }) - toDays(ref)) <= 60;
      const y = rel.yearOffset !== undefined ? ref.y + rel.yearOffset : near ? ref.y : pickYear(ref.y, cmp, rel.shift, tense, rel.month !== ref.m ? 12 : 0);
      if (rel.day === undefined) return { gran: 'month', at: { y, m: rel.month, d: 1 } };
      // "Thursday, April 6": the year chosen if April 6 is a Thursday then, else one in which it is (a date recurs on its
      // weekday within 11 years): the last one up to the reference in a past clause, the first one from it in a future
      // one, else the nearest.
      const yy = rel.weekday === undefined ? y : agreeingYear(y, rel.month, rel.day, rel.weekday, ref, tense);
      return isValidDay(yy, rel.month, rel.day) ? { gran: 'day', at: { y: yy, m: rel.month, d: rel.day } } : null;
    }
    case 'holiday': {
      // Like a month and day: the one of the reference year if near, else by the shift or the tense.
      const here = holidayDate(rel.name, ref.y);
      if (!here) return null;
      const cmp = toDays(here) - toDays(ref);
      const y = rel.shift === null && Math.abs(cmp) <= 60 ? ref.y : pickYear(ref.y, cmp, rel.shift, tense);
      const d = holidayDate(rel.name, y);
      return d ? { gran: 'day', at: d } : null;
    }
    case 'quarter': {
      const cur = Math.ceil(ref.m / 3);
      // "the quarter" with nothing to refer back to: news reports on the last completed quarter.
      const q = rel.quarter ?? (cur === 1 ? 4 : cur - 1);
      const y = rel.yearOffset !== undefined ? ref.y + rel.yearOffset
        : rel.quarter === null ? (cur === 1 ? ref.y - 1 : ref.y)
        // A past quarter is still ahead in the news as results to come ("expects third-quarter losses" in October).
        : pickYear(ref.y, q - cur, rel.shift, tense === 'future' ? 'present' : tense);
      return { gran: 'quarter', at: { y, m: q * 3 - 2, d: 1 } };
    }
    case 'half': {
      const cur = ref.m > 6 ? 2 : 1;
      return { gran: 'half', at: { y: pickYear(ref.y, rel.half - cur, rel.shift, tense), m: rel.half * 6 - 5, d: 1 } };
    }
    case 'season': {
      const cur = seasonIndex(ref), start = SEASON_START[rel.season] ?? 3;
      const inYear = seasonIndex({ y: ref.y, m: start, d: 1 });
      const y = pickYear(ref.y, inYear - cur, rel.shift, tense);
      return { gran: 'season', at: { y, m: start, d: 1 }, season: rel.season };
    }
    case 'offset': {
      const g = UNIT_GRAN[rel.unit];
      if (!g) return null;
      return shift({ gran: g, at: startOf(g, ref) }, rel.unit, rel.n);
    }
  }
}

const DURATION_CODE: Record<Unit, [string, number]> = {
  second: ['TS', 1], minute: ['TM', 1], hour: ['TH', 1], day: ['D', 1], week: ['W', 1], weekend: ['D', 2], month: ['M', 1],
  quarter: ['Q', 1], half: ['M', 6], year: ['Y', 1], decade: ['Y', 10], century: ['Y', 100],
};

/** "P3Y", "PT2H", "PXM" (n = null: a vague count). */
export function durationValue(n: number | null, unit: Unit): string {
  // "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M: a fraction goes to the next smaller unit.
  const SMALLER: Partial<Record<Unit, [Unit, number]>> = { year: ['month', 12], hour: ['minute', 60], day: ['hour', 24], minute: ['second', 60] };
  const smaller = SMALLER[unit];
  if (n !== null && !Number.isInteger(n) && smaller) {
    const whole = Math.floor(n), rest = durationValue(Math.round((n - whole) * smaller[1]), smaller[0]);
    if (whole === 0) return rest;
    const head = durationValue(whole, unit);
    return head.includes('T') || !rest.includes('T') ? head + rest.replace(/^PT?/, '') : head + rest.slice(1);
  }
  const [code, k] = DURATION_CODE[unit];
  const t = code.startsWith('T') ? 'T' : '';
  const count = n === null ? 'X' : String(Math.round(n * k * 100) / 100);
  return `P${t}${count}${code.slice(t.length)}`;
}
