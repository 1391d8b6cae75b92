// "three years", "the past two months", "a five-year plan", "at least 18 days", "several weeks", "24-hour".
import type { TemporalParser } from '../draft.js';
import { NUMBER, numberValue, UNIT, unitOf, wordPattern } from '../lexicon.js';
import { durationValue } from '../values.js';

const MODIFIER = '(?:about|nearly|almost|more\\s+than|less\\s+than|no\\s+more\\s+than|at\\s+least|over|up\\s+to|within|only|just|some|roughly|around|another|an\\s+additional|a\\s+further)';
const FRAME = '(?:the|these|those|its|their|his|her)\\s+(?:(?:past|last|next|first|coming|latest|previous|final|following|remaining|initial|early)\\s+)?';
const PATTERN = wordPattern(
  `(?:${MODIFIER}\\s+)?(?:${FRAME})?(${NUMBER})[\\s-]+(?:(?:more|additional|full|straight|consecutive|long)\\s+)?(${UNIT})(-long|-old)?|(?:for|in|over|within)\\s+((?:years|months|weeks|days|hours|decades))`);
// "a day", "one year" stand for a calendar date in "one day he left": count only clear durations.
const NOT_DURATION_AFTER = /^\s*(?:ago|earlier|later|before|after|previously|from\s+now|hence)\b/i;

export const duration: TemporalParser = {
  name: 'duration',
  pattern: PATTERN,
  extract(m, sentence) {
    if (m[4]) {
      // "for years": only the unit is the TIMEX3 extent.
      const word = m[4];
      return { type: 'DURATION', precision: null, value: durationValue(null, unitOf(word)), span: [m[0].length - word.length, word.length] };
    }
    if (NOT_DURATION_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
    // "a 6-year-old boy" is an age, which TIMEX3 does not tag.
    if (m[3]?.toLowerCase() === '-old') return null;
    const n = numberValue(m[1]!);
    const unit = unitOf(m[2]!);
    // "three-quarters", "a quarter of": fractions, not periods.
    if (unit === 'quarter' && (/^an?$/i.test(m[1]!) || /-quarters$/i.test(m[0]))) return null;
    if (n !== null && n > 1000) return null;
    // "a year" before a price or a count is a rate ("$30 a year"); the set parser handles "a year" after numbers.
    if (/^an?$/i.test(m[1]!) && /(?:\d|percent|%|times?)\s*$/i.test(sentence.slice(Math.max(0, m.index - 12), m.index))) return null;
    return { type: 'DURATION', precision: null, value: durationValue(n, unit) };
  },
};
