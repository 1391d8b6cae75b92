// "2017-07-07", "7/7/2017", "12-8-2024" (US month/day/year, as the news corpora write it, unless the first number
// cannot be a month: "25/12/2016"), "8.12.2024" (day.month.year, as European and Arab outlets write it).
import type { Proposal, TemporalParser } from '../draft.js';
import { isValidDay, pad } from '../calendar.js';
import { wordPattern } from '../lexicon.js';

const PATTERN = wordPattern('(\\d{4})-(\\d\\d)-(\\d\\d)|(\\d{1,2})([/-])(\\d{1,2})\\5(\\d{4}|\\d\\d)(?!-\\d)|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})');

export const numericDate: TemporalParser = {
  name: 'numeric-date',
  gate: /\d[-/.]\d/,
  pattern: PATTERN,
  extract(m) {
    if (m[1] !== undefined) return day(+m[1], +m[2]!, +m[3]!);
    if (m[8] !== undefined) return day(+m[10]!, +m[9]!, +m[8]!);
    // "5-10-15" is more often a score or a range than a date: a dashed date needs a four-digit year.
    if (m[5] === '-' && m[7]!.length === 2) return null;
    const y = m[7]!.length === 2 ? 1900 + +m[7]! + (+m[7]! < 50 ? 100 : 0) : +m[7]!;
    return +m[4]! > 12 ? day(y, +m[6]!, +m[4]!) : day(y, +m[4]!, +m[6]!);
  },
};

function day(y: number, mo: number, d: number): Proposal | null {
  if (!isValidDay(y, mo, d)) return null;
  return { type: 'DATE', precision: 'day', value: `${pad(y, 4)}-${pad(mo)}-${pad(d)}`, stated: true };
}
