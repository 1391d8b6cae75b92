// "daily", "weekly", "every month", "each Thursday", "each July": recurring times (TIMEX3 SET).
// "annually" is left out: TBAQ annotators never tagged it (0 of 4).
import type { TemporalParser } from '../draft.js';
import { MONTH, monthNamed, WEEKDAY, weekdayNamed, wordPattern } from '../lexicon.js';
import { pad } from '../calendar.js';

const PATTERN = wordPattern(
  `(daily|weekly|monthly|hourly|nightly)|(?:every|each)\\s+(?:(day|week|month|year|quarter|hour|night|morning|evening)|(${WEEKDAY})|(${MONTH}))`);
const ADVERB: Record<string, string> = { daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', hourly: 'PT1H' };
const UNIT: Record<string, string> = { day: 'P1D', night: 'P1D', morning: 'P1D', evening: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y', quarter: 'P1Q', hour: 'PT1H' };

export const recurring: TemporalParser = {
  name: 'set',
  gate: /ly\b|every|each/i,
  pattern: PATTERN,
  extract(m) {
    if (m[1]) return { type: 'SET', precision: null, value: ADVERB[m[1].toLowerCase()]! };
    if (m[2]) return { type: 'SET', precision: null, value: UNIT[m[2].toLowerCase()]! };
    // ISO weekday numbers: Monday 1 … Sunday 7.
    if (m[3]) return { type: 'SET', precision: null, value: `XXXX-WXX-${weekdayNamed(m[3]) || 7}` };
    return { type: 'SET', precision: null, value: `XXXX-${pad(monthNamed(m[4]!))}` };
  },
};
