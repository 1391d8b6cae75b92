// "last year", "this week", "earlier this month", "early next year", "the following month", "later that year",
// "later in the day", "that same day" (not the idiom "at the end of the day").
import type { Precision } from '../../types.js';
import type { Proposal, TemporalParser, Unit } from '../draft.js';
import { wordPattern } from '../lexicon.js';
import { durationValue } from '../values.js';

const PATTERN = wordPattern(
  `(?:(earlier|later|early|late|mid)[\\s-]+)?(this\\s+past|this\\s+coming|this|last|next|the\\s+current|the\\s+coming|the\\s+previous|the\\s+following|the\\s+same|that\\s+same|the\\s+next|that|the\\s+past|the\\s+last)\\s+(?:fiscal\\s+)?(day|week|weekend|month|year|decade|century)(?!\\s+(?:or|and)\\b)|the\\s+(weekend)|(?:(?:earlier|later)\\s+in\\s+|(?<=\\b(?:end|beginning|start|middle|rest|remainder|close)\\s+of\\s+)(?!the\\s+day\\b))the\\s+(day|week|month|year)` +
  // "profit for the year", "sales for the full year", "in the year ended June 30" (financial reports).
  `|(?<=\\b(?:for|during|throughout|in)\\s+)the\\s+(?:full\\s+|fiscal\\s+)?year(?![\\w'’-]|\\s+(?:ago|earlier|before|two|of)\\b)`);
const SHIFT: Record<string, number> = {
  'the past': -1, 'the last': -1, this: 0, 'the current': 0, 'the same': 0, 'that same': 0, that: 0, last: -1, 'this past': -1, 'the previous': -1,
  next: 1, 'the coming': 1, 'this coming': 1, 'the following': 1, 'the next': 1,
};
const ANAPHORIC = new Set(['the previous', 'the following', 'the same', 'that same', 'that', 'the next']);

export const relativeUnit: TemporalParser = {
  name: 'relative-unit',
  gate: /day|week|month|year|decade|century/i,
  pattern: PATTERN,
  extract(m, text): Proposal | null {
    // The year of a report: the current one, or a span when its end is given ("the year ended March 31").
    if (!m[2] && !m[4] && !m[5]) {
      if (/^\s+end(?:ed|ing)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) return { type: 'DURATION', precision: null, value: durationValue(1, 'year') };
      return { type: 'DATE', precision: 'year', rel: { kind: 'offset', unit: 'year', n: 0, from: 'document' } };
    }
    // "earlier in the year", "the end of the month": the current one.
    // "later in the day": the day just narrated (the publication day when none was).
    if (m[5]?.toLowerCase() === 'day') return { type: 'DATE', precision: 'day', rel: { kind: 'offset', unit: 'day', n: 0, from: 'previous' } };
    if (m[5]) return { type: 'DATE', precision: m[5].toLowerCase() as Precision, rel: { kind: 'offset', unit: m[5].toLowerCase() as Unit, n: 0, from: 'document' } };
    // "over the weekend": the last weekend in a report, the next one before a future verb (refiner/resolve-tense).
    if (m[4]) return { type: 'DATE', precision: 'week', rel: { kind: 'weekday', weekday: 6, shift: null, weekend: true } };
    const mod = m[2]!.toLowerCase().replace(/\s+/g, ' '), unit = m[3]!.toLowerCase() as Unit;
    // "the past decade", "the past century" are spans ending now (durations); TBAQ dates "the past year", "the last
    // week" (3 of 3) and "the last decade" like "last year".
    if ((mod === 'the past' || mod === 'the last') && unit !== 'weekend' && (unit === 'day' || unit === 'century' || (unit === 'decade' && mod === 'the past'))) {
      return { type: 'DURATION', precision: null, value: durationValue(1, unit) };
    }
    if (unit === 'day' && !ANAPHORIC.has(mod)) return null;
    const n = SHIFT[mod] ?? 0;
    const from = ANAPHORIC.has(mod) ? 'previous' : 'document';
    return { type: 'DATE', precision: (unit === 'weekend' ? 'week' : unit) as Precision, rel: { kind: 'offset', unit, n, from } };
  },
};
