// "two years ago", "a year earlier", "three days later", "two weeks before": an offset from now or from the last date.
import type { TemporalParser } from '../draft.js';
import { NUMBER, numberValue, UNIT, unitOf, wordPattern } from '../lexicon.js';

// Unlike bare durations, TBAQ keeps "almost" in "almost two years ago" (measured: strict F1 +0.002).
const MODIFIER = '(?:nearly|almost|more\\s+than|less\\s+than|some|around|at\\s+least)';
const PATTERN = wordPattern(
  `(?:${MODIFIER}\\s+)?(${NUMBER})[\\s-]+(${UNIT})(?:\\s+or\\s+so)?\\s+(ago|earlier|later|previously|from\\s+now|hence|(?:before|after)(?=\\s*(?:[,.;:)]|$)))|(year)[\\s-](earlier|ago)(?=\\s)`);
const DOCUMENT = /^(?:ago|from\s+now|hence)$/i;

export const unitAgo: TemporalParser = {
  name: 'unit-ago',
  gate: /ago|earlier|later|previously|before|after|hence|from now/i,
  pattern: PATTERN,
  extract(m) {
    // "year-earlier results": the period under discussion (or this year) a year before.
    if (m[4]) return { type: 'DATE', precision: 'year', rel: { kind: 'offset', unit: 'year', n: -1, from: 'document', follow: true } };
    const n = numberValue(m[1]!), unit = unitOf(m[2]!), dir = m[3]!.toLowerCase();
    const sign = /^(?:ago|earlier|before|previously)$/.test(dir) ? -1 : 1;
    if (n === null) return { type: 'DATE', precision: null, value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' };
    if (unit === 'second' || unit === 'minute' || unit === 'hour') return null;
    const from = DOCUMENT.test(dir) ? 'document' : 'previous';
    // "a decade ago" is the year ten years back, not the decade before this one.
    if (unit === 'decade') return { type: 'DATE', precision: 'year', rel: { kind: 'offset', unit: 'year', n: sign * n * 10, from } };
    // Only "a year ago/earlier" compares with the period just discussed ("third-quarter profit … a year earlier");
    // "41 years ago" is a year.
    return { type: 'DATE', precision: unit === 'weekend' ? 'week' : unit, rel: { kind: 'offset', unit, n: sign * n, from, ...(unit === 'year' && n === 1 ? { follow: true } : {}) } };
  },
};
