// "nineteen ninety-six", "the year two thousand", "two thousand and one", "the nineties": years as transcripts spell them (a parser of
// its own, so the digit-year pattern keeps its cheap first characters).
import type { TemporalParser } from '../draft.js';
import { SPELLED_YEAR, spelledYear, wordPattern } from '../lexicon.js';
import { NOT_YEAR_AFTER, YEAR_CONTEXT } from './year.js';

// "the nineties", "the nineteen-eighties": a decade of the 1900s.
const DECADES = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
const PATTERN = wordPattern(`(?:the\\s+year\\s+)?(${SPELLED_YEAR})|the\\s+(?:(?:early|mid|late)[\\s-]+)?(?:nineteen[\\s-])?(${DECADES.join('|')})`);

export const spelledYearParser: TemporalParser = {
  name: 'spelled-year',
  gate: /(?:nineteen|twenty)[\s-](?:[tfsen]|oh)|two\s+thousand|ties\b/i,
  pattern: PATTERN,
  extract(m, text) {
    if (m[2]) return { type: 'DATE', precision: 'decade', value: `19${DECADES.indexOf(m[2].toLowerCase()) + 2}X`, stated: true };
    if (NOT_YEAR_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) return null;
    // "two thousand" counts things unless it is "the year two thousand" or follows "in", "since"…
    if (/^two/i.test(m[1]!) && !/^the/i.test(m[0]) && !YEAR_CONTEXT.test(text.slice(Math.max(0, m.index - 16), m.index))) return null;
    return { type: 'DATE', precision: 'year', value: String(spelledYear(m[1]!)), stated: true };
  },
};
