// "2017-07-07", "7/7/2017" (US month/day/year, as the news corpora write it).
import type { TemporalParser } from '../draft.js';
import { isValidDay, pad } from '../calendar.js';
import { wordPattern } from '../lexicon.js';

const PATTERN = wordPattern('(\\d{4})-(\\d\\d)-(\\d\\d)|(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d\\d)');

export const numericDate: TemporalParser = {
  name: 'numeric-date',
  gate: /\d[-/]\d/,
  pattern: PATTERN,
  extract(m) {
    const iso = m[1] !== undefined;
    const y = iso ? +m[1]! : m[6]!.length === 2 ? 1900 + +m[6]! + (+m[6]! < 50 ? 100 : 0) : +m[6]!;
    const mo = iso ? +m[2]! : +m[4]!, d = iso ? +m[3]! : +m[5]!;
    if (!isValidDay(y, mo, d)) return null;
    return { type: 'DATE', precision: 'day', value: `${pad(y, 4)}-${pad(mo)}-${pad(d)}`, stated: true };
  },
};
