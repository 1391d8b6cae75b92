// Holiday dates for a given year, from the rules in lexicon.json.
import { addDays, weekdayOf, type Ymd } from './calendar.js';
import { HOLIDAYS } from './lexicon.js';

/** Gregorian Easter Sunday (anonymous Gregorian algorithm). */
function easter(y: number): Ymd {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** The holiday's day in year y; null for an unknown name. */
export function holidayDate(name: string, y: number): Ymd | null {
  const rule = HOLIDAYS[name.toLowerCase().replace(/\u2019/g, "'").replace(/\s+/g, ' ')];
  if (!rule) return null;
  let m = /^easter([+-]\d+)?$/.exec(rule);
  if (m) return addDays(easter(y), Number(m[1] ?? 0));
  m = /^(\d\d)-(\d\d)$/.exec(rule);
  if (m) return { y, m: +m[1]!, d: +m[2]! };
  m = /^(\d\d)\/(\d)\/(-?\d)(\+1)?$/.exec(rule);
  if (!m) return null;
  const month = +m[1]!, weekday = +m[2]!, nth = +m[3]!;
  let day: Ymd;
  if (nth > 0) {
    const first = { y, m: month, d: 1 };
    day = addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (nth - 1));
  } else {
    const last = addDays({ y: month === 12 ? y + 1 : y, m: month === 12 ? 1 : month + 1, d: 1 }, -1);
    day = addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  }
  return m[4] ? addDays(day, 1) : day;
}
