// "the spring of 2016", "last fall", "this summer", "winter 1994".
import type { Shift, TemporalParser } from '../draft.js';
import { SEASON, SEASONS, wordPattern, YEAR, yearValue } from '../lexicon.js';

const PATTERN = wordPattern(
  `(?:(this\\s+past|this\\s+coming|this|last|next|the|early|late|mid)[\\s-]+)?(?:(early|late|mid)[\\s-]+)?(${SEASON})(?:\\s+(?:of\\s+)?(${YEAR}))?`);
const SHIFT: Record<string, Shift> = { this: 0, last: -1, 'this past': -1, next: 1, 'this coming': 1 };
// A bare "fall" or "spring" is usually a verb or a noun ("prices fall", "Arab Spring"): it needs a determiner or a year.
const NEEDS_CONTEXT = /^(?:fall|spring)$/i;

export const season: TemporalParser = {
  name: 'season',
  gate: /spring|summer|fall|autumn|winter/i,
  pattern: PATTERN,
  extract(m, text) {
    const word = m[3]!, code = SEASONS[word.toLowerCase()]!;
    const mod = m[1]?.toLowerCase().replace(/\s+/g, ' ');
    if (m[4]) return { type: 'DATE', precision: 'season', value: `${yearValue(m[4])}-${code}`, stated: true };
    // "the fall of the Assad regime", "the spring of hope": a noun, unless a year follows.
    if (/^\s+of\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
    if (!mod && !m[2] && (NEEDS_CONTEXT.test(word) || !/\b(?:in|during|by|until|since|through|over)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index)))) return null;
    return { type: 'DATE', precision: 'season', rel: { kind: 'season', season: code, shift: mod ? SHIFT[mod] ?? null : null } };
  },
};
