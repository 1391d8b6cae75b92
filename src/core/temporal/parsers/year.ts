// "2011", "fiscal 1989", "the 1990s", "the mid-1980s", "the '80s", "the 20th century": years, decades, centuries stated outright.
import type { TemporalParser } from '../draft.js';
import { wordPattern } from '../lexicon.js';

const PATTERN = wordPattern(
  `(?:the\\s+(?=(?:(?:mid|early|late)-)?(?:1[0-9]|20)\\d0s))?(?:(?:mid|early|late|pre|post)-)?(?:(fiscal(?:\\s+year)?|calendar(?:\\s+year)?)\\s+)?(1[0-9]\\d\\d|20\\d\\d)(s)?|(?:the\\s+)?'(\\d)0s|(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\s+century`);
// Numbers that look like years but count or name things: "Resolution 2254", "$2000", "than 2000 people".
const NOT_YEAR_BEFORE = /(?:\b(?:resolution|no|number|nos|route|flight|article|section|chapter|page|room|model|code|than|about|around|nearly|almost|some|over|approximately|least|roughly|to|of)\.?\s+|[$#\u00a3\u20ac:,.\d]\s*)$/i;
export const NOT_YEAR_AFTER = /^(?:\s*(?:%|percent|per\s+cent|GMT|UTC|hrs|hours\s+(?:GMT|local)|people|troops|soldiers|fighters|civilians|km|miles|meters|metres|tons|tonnes|barrels|dollars|\w+s\s+(?:were|are|have|had))|[.,]\d|:\d)/i;
// A preposition or determiner makes a year reading likely even after "to"/"of" ("from 2012 to 2016", "the end of 1990").
export const YEAR_CONTEXT = /\b(?:in|since|until|till|by|from|to|through|between|and|or|before|after|during|of|the|early|late|mid|year|fiscal|spring|summer|fall|autumn|winter)[\s-]+$/i;

export const year: TemporalParser = {
  name: 'year',
  gate: /\d\d\d\d|'\d0s|century/i,
  pattern: PATTERN,
  extract(m, text) {
    if (m[4]) return { type: 'DATE', precision: 'decade', value: `19${m[4]}X`, stated: false };
    // "the 20th century" is 19xx: TIMEX3 writes the two leading digits.
    if (m[5]) return +m[5] > 0 && +m[5] <= 21 ? { type: 'DATE', precision: 'century', value: `${String(+m[5] - 1).padStart(2, '0')}XX`, stated: true } : null;
    const y = +m[2]!, before = text.slice(Math.max(0, m.index - 16), m.index), after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (NOT_YEAR_AFTER.test(after)) return null;
    if (!m[1] && NOT_YEAR_BEFORE.test(before) && !YEAR_CONTEXT.test(before)) return null;
    if (!m[1] && y < 1800 && !YEAR_CONTEXT.test(before)) return null;
    if (m[3]) return { type: 'DATE', precision: y % 10 === 0 ? 'decade' : 'year', value: y % 10 === 0 ? `${Math.floor(y / 10)}X` : `${y}`, stated: true };
    return { type: 'DATE', precision: 'year', value: String(y), stated: true };
  },
};
