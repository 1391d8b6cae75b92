// "three years", "the past two months", "a five-year plan", "at least 18 days", "several weeks", "24-hour".
import type { TemporalParser } from '../draft.js';
import { NUMBER, numberValue, UNIT, unitOf, wordPattern } from '../lexicon.js';
import { durationValue } from '../values.js';

// TE3 extents keep "nearly", "more than", "at least" but leave out "about", "almost", "over", "within" (TBAQ: 9 of 11 "about", 26 of 28 "over" outside).
const MODIFIER = '(?:nearly|more\\s+than|less\\s+than|no\\s+more\\s+than|at\\s+least|up\\s+to|some|around|an\\s+additional)';
const FRAME = '((?:the|these|those|its|their|his|her)\\s+(?:(?:past|last|next|first|coming|latest|previous|final|following|remaining|initial|early)\\s+)?)';
// "two and a half years", "a minute and a half": half a unit more; "two to three weeks", "two years or so" are one
// mention (TBAQ), valued by the first count.
const HALF = '\\s+and\\s+a\\s+half';
const PATTERN = wordPattern(
  `(?:${MODIFIER}\\s+)?(?:${FRAME})?(${NUMBER})(?:${HALF})?(?:\\s+(?:to|or)\\s+${NUMBER})?([\\s-]+)(?:(?:more|additional|full|straight|consecutive|long)\\s+)?(${UNIT})(-long|-old)?(?:${HALF}|\\s+or\\s+so\\b)?|(?:for|in|over|within)\\s+((?:years|months|weeks|days|hours|decades))|(?:the\\s+)?(?:recent|coming)\\s+(?:years|months|weeks|days|decades)`);
// An offset from now is unit-ago's; "two years after the war" stays a duration (TE3 tags the count only); an age
// ("Mr. Reupke, 52 years old") is not tagged (TBAQ 4 of 4).
const NOT_DURATION_AFTER = /^\s*(?:ago|earlier|later|previously|from\s+now|hence|old|of\s+age)\b/i;

export const duration: TemporalParser = {
  name: 'duration',
  gate: /second|minute|hour|day|night|week|month|quarter|year|decade|centur/i,
  pattern: PATTERN,
  extract(m, text) {
    if (!m[2] && !m[6]) {
      // "recent years", "the coming weeks": a vague span before or after now.
      const unit = unitOf(/(\w+)$/.exec(m[0])![1]!);
      return { type: 'DURATION', precision: null, value: durationValue(null, unit) };
    }
    if (m[6]) {
      // "for years": only the unit is the TIMEX3 extent.
      const word = m[6];
      return { type: 'DURATION', precision: null, value: durationValue(null, unitOf(word)), span: [m[0].length - word.length, word.length] };
    }
    if (NOT_DURATION_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
    // "a 6-year-old boy" is an age, which TIMEX3 does not tag.
    if (m[5]?.toLowerCase() === '-old') return null;
    const count = numberValue(m[2]!);
    const n = count !== null && /\band\s+a\s+half$|\band\s+a\s+half\s/i.test(m[0]) ? count + 0.5 : count;
    const unit = unitOf(m[4]!);
    // "a second round" is an ordinal; "three-quarters", "a quarter of": fractions, not periods.
    if (unit === 'second' && /^an?$/i.test(m[2]!)) return null;
    if (unit === 'quarter' && (/^an?$/i.test(m[2]!) || /-quarters$/i.test(m[0]))) return null;
    if (n !== null && n > 1000) return null;
    // "$30 a year", "twice a year": a rate, not a duration.
    if (/^an?$/i.test(m[2]!) && /(?:\d|percent|%|times?|once|twice)\s*$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
    // "24 hours a day", "seven days a week": the count of a rate.
    if (/^\s+an?\s+(?:day|week|month|year)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10))) return null;
    const value = durationValue(n, unit);
    // "the 30-day truce": a hyphenated count is an adjective and the determiner belongs to the noun.
    const bare = m[1] && m[3] === '-' && /^(?:the|these|those|its|their|his|her)\s+$/i.test(m[1]);
    const lead = bare ? m[1]!.length + m[0].indexOf(m[1]!) : 0;
    return { type: 'DURATION', precision: null, value, ...(bare ? { span: [lead, m[0].length - lead] as [number, number] } : {}) };
  },
};
