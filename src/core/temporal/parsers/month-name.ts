// "March 2011", "July 7, 2017", "7 July 2017", "Nov. 9", "late November", "in May".
import type { Shift, TemporalParser } from '../draft.js';
import { isCapitalised, MONTH, monthNamed, wordPattern } from '../lexicon.js';

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const PATTERN = wordPattern(
  `(?:(last|next|this\\s+past|this\\s+coming|this)\\s+)?(?:(?:early|mid|late)-)?(?:${DAY}\\s+(?:of\\s+)?)?(${MONTH})(?:\\s+${DAY}(?!\\d|:\\d))?(?:,?\\s+(?:of\\s+)?(\\d{4})(?![\\d%])|\\s+(this|last|next)\\s+year)?`);
// A bare "May" or "March" needs a temporal preposition or modifier before it ("in May"), not "may" the modal.
// An attributive month ("the October slaying", "a June agreement", "figures for January") counts too.
const BARE_OK = /(?:\b(?:in|of|since|until|till|by|from|to|through|between|and|before|after|during|last|next|this|early|mid|late|end|beginning|middle|start|or|on|that|for|the|a|each|every)\s+|-)$/i;
const SHIFT: Record<string, Shift> = { last: -1, 'this past': -1, next: 1, 'this coming': 1, this: 0 };
const ABBREVIATED = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;

export const monthName: TemporalParser = {
  name: 'month-name',
  gate: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i,
  pattern: PATTERN,
  extract(m, text) {
    const mod = m[1]?.toLowerCase().replace(/\s+/g, ' '), word = m[3]!, dayBefore = m[2], dayAfter = m[4], year = m[5];
    if (!isCapitalised(word)) return null;
    const month = monthNamed(word);
    const day = dayBefore ?? dayAfter;
    // "Jan" without a dot or a day is a name (Jan Egeland).
    if (ABBREVIATED.test(word) && !day && !year) return null;
    if (!day && !year && !mod && !/-/.test(m[0]) && !BARE_OK.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
    if (day !== undefined && (+day < 1 || +day > 31)) return null;
    const yearOffset = m[6] ? ({ this: 0, last: -1, next: 1 } as Record<string, number>)[m[6].toLowerCase()] : undefined;
    const y = year ? +year : null;
    if (y !== null && day !== undefined) {
      return { type: 'DATE', precision: 'day', value: `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`, stated: true };
    }
    if (y !== null) return { type: 'DATE', precision: 'month', value: `${year}-${String(month).padStart(2, '0')}`, stated: true };
    return { type: 'DATE', precision: day ? 'day' : 'month', rel: { kind: 'month', month, ...(day ? { day: +day } : {}), shift: mod ? SHIFT[mod] ?? null : null, ...(yearOffset !== undefined ? { yearOffset } : {}) } };
  },
};
