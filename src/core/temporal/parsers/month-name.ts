// "March 2011", "July 7, 2017", "7 July 2017", "Nov. 9", "late November", "in May", "May the fifth", "January nineteen ninety-seven".
import type { Shift, TemporalParser } from '../draft.js';
import { DAY_OF_MONTH, isCapitalised, MONTH, monthNamed, ordinalDay, wordPattern, YEAR, yearValue } from '../lexicon.js';

const PATTERN = wordPattern(
  `(?:(last|next|this\\s+past|this\\s+coming|this)\\s+)?(?:(?:early|mid|late)-)?(?:(?:the\\s+)?${DAY_OF_MONTH}\\s+(of\\s+)?)?(${MONTH})(?:\\s+(?:the\\s+)?${DAY_OF_MONTH}(?!\\d|:\\d))?(?:,?\\s+(?:of\\s+)?(${YEAR})(?![\\d%])|\\s+(this|last|next)\\s+year)?`);
// A bare "May" or "March" needs a temporal preposition or modifier before it ("in May"), not "may" the modal.
// An attributive month ("the October slaying", "a June agreement", "figures for January") counts too.
const BARE_OK = /(?:\b(?:in|of|since|until|till|by|from|to|through|throughout|between|and|before|after|during|last|next|this|early|mid|late|end|beginning|middle|start|or|on|that|for|the|a|each|every|around|about|within|into|as|starting|ending)\s+|-)$/i;
const SHIFT: Record<string, Shift> = { last: -1, 'this past': -1, next: 1, 'this coming': 1, this: 0 };
const ABBREVIATED = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;

export const monthName: TemporalParser = {
  name: 'month-name',
  gate: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i,
  pattern: PATTERN,
  extract(m, text) {
    const mod = m[1]?.toLowerCase().replace(/\s+/g, ' '), word = m[5]!, year = m[8];
    // A spelled day before the month needs "of" ("the fifth of May"; not "the first May Day").
    if (m[3] && !m[4]) return null;
    const dayBefore = m[2] ?? (m[3] ? String(ordinalDay(m[3])) : undefined), dayAfter = m[6] ?? (m[7] ? String(ordinalDay(m[7])) : undefined);
    if (!isCapitalised(word)) return null;
    const month = monthNamed(word);
    const day = dayBefore ?? dayAfter;
    // "Jan" without a dot or a day is a name (Jan Egeland).
    if (ABBREVIATED.test(word) && !day && !year) return null;
    if (!day && !year && !mod && !/-/.test(m[0]) && !BARE_OK.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
    if (day !== undefined && (+day < 1 || +day > 31)) return null;
    const yearOffset = m[9] ? ({ this: 0, last: -1, next: 1 } as Record<string, number>)[m[9].toLowerCase()] : undefined;
    const y = year ? yearValue(year) : null;
    if (y !== null && day !== undefined) {
      return { type: 'DATE', precision: 'day', value: `${y}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`, stated: true };
    }
    if (y !== null) return { type: 'DATE', precision: 'month', value: `${y}-${String(month).padStart(2, '0')}`, stated: true };
    return { type: 'DATE', precision: day ? 'day' : 'month', rel: { kind: 'month', month, ...(day ? { day: +day } : {}), shift: mod ? SHIFT[mod] ?? null : null, ...(yearOffset !== undefined ? { yearOffset } : {}) } };
  },
};
