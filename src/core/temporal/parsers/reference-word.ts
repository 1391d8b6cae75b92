// "now", "currently", "recently", "the past", "the future": TIMEX3 references (PRESENT_REF, PAST_REF, FUTURE_REF).
// Left out by measurement on TBAQ, where TE3 annotators tagged them rarely: "soon", "previously", "formerly", bare "recent".
import type { TemporalParser } from '../draft.js';
import { wordPattern } from '../lexicon.js';

const REFS: [RegExp, string][] = [
  [/^(?:now|currently|nowadays|at present|these days)$/i, 'PRESENT_REF'],
  [/^(?:(?:more |most )?recently|lately|the past)$/i, 'PAST_REF'],
  [/^(?:the (?:near |distant )?future|the (?:near|short) term|a later date)$/i, 'FUTURE_REF'],
];
const PATTERN = wordPattern(
  'now|currently|nowadays|at\\s+present|these\\s+days|(?:more\\s+|most\\s+)?recently|lately|the\\s+past|the\\s+(?:near\\s+|distant\\s+)?future|the\\s+(?:near|short)\\s+term|a\\s+later\\s+date');
// "now in its seventh year", "now-defunct": an adverb of degree, not a time.
const NOW_NOT_TIME = /^(?:\s+(?:in\s+its|in\s+their|that|famous|defunct|retired|former|infamous|banned)\b|-)/i;
// "the past two months", "the past week": a duration or a date phrase, tagged by other parsers.
const PAST_FOLLOWED_BY_UNIT = /^\s+(?:\w+\s+)?(?:day|week|month|year|decade|quarter|century|centuries|few|several|two|three|four|five|six|seven|eight|nine|ten|\d)/i;

export const referenceWord: TemporalParser = {
  name: 'reference-word',
  gate: /now|current|present|days|recent|late|past|future|term/i,
  pattern: PATTERN,
  extract(m, text) {
    const s = m[0].replace(/\s+/g, ' ');
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (/^now$/i.test(s) && NOW_NOT_TIME.test(after)) return null;
    if (/^the past$/i.test(s) && PAST_FOLLOWED_BY_UNIT.test(after)) return null;
    // "the future of the region", "the past of the city": the noun, not a time.
    if (/^the /i.test(s) && /^\s+of\b/i.test(after)) return null;
    const value = REFS.find(([re]) => re.test(s))?.[1];
    return value ? { type: 'DATE', precision: null, value, stated: false } : null;
  },
};
