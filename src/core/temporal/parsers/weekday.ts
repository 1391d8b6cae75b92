// "Friday", "Tues.", "last Friday", "this coming Sunday", "Friday morning": the day comes from the tense (refiner/resolve-tense).
import type { Shift, TemporalParser } from '../draft.js';
import { isCapitalised, TIMES_OF_DAY, WEEKDAY, weekdayNamed, wordPattern } from '../lexicon.js';

const PATTERN = wordPattern(
  `(?:(last|next|this\\s+coming|this\\s+past|this|coming|past|the\\s+previous|the\\s+following)\\s+)?(${WEEKDAY})(?:\\s+(morning|afternoon|evening|night))?`);
const SHIFT: Record<string, Shift> = { last: -1, past: -1, 'this past': -1, 'the previous': -1, next: 1, coming: 1, 'this coming': 1, 'the following': 1, this: null };

export const weekday: TemporalParser = {
  name: 'weekday',
  gate: /(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:mon|tues?|wed|thu|thurs?|fri|sat|sun)\./i,
  pattern: PATTERN,
  extract(m, text) {
    if (!isCapitalised(m[2]!)) return null;
    // "the Sun.", "a Wed. guest": an abbreviation after an article names something else.
    if (m[2]!.endsWith('.') && /\b(?:the|a|an)\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) return null;
    const mod = m[1]?.toLowerCase().replace(/\s+/g, ' ');
    const tod = m[3] ? TIMES_OF_DAY[m[3].toLowerCase()] : undefined;
    // "the previous Friday" counts back from the last date mentioned, not from the publication date.
    const anaphoric = mod === 'the previous' || mod === 'the following';
    return {
      // TBAQ types "Friday night" as a DATE (19 of 25) though its value carries the part of day (TNI).
      type: 'DATE', precision: tod ? 'time' : 'day',
      rel: { kind: 'weekday', weekday: weekdayNamed(m[2]!), shift: mod ? SHIFT[mod] ?? null : null, ...(anaphoric ? { previous: true } : {}) },
      ...(tod ? { tod: tod.startsWith('T') ? tod : `T${tod}` } : {}),
    };
  },
};
