// Day-month dates of other languages' pages ("7 décembre 2024", "8 كانون الأول/ديسمبر 2024", "7 de julio", "8. Dezember")
// and of the Hijri calendar ("6 جمادى الآخرة 1446 هـ", "1 Ramadan 1438 AH"), in Western or Arabic-Indic digits.
// English month names are month-name's; the other languages' names are the publication-date lexicon (months.json).
import type { TemporalParser } from '../draft.js';
import MONTHS_BY_LANG from '../../published-date/months.json' with { type: 'json' };
import { fromDays, dayValue, hijriToDays, isValidDay } from '../calendar.js';
import { HIJRI_MONTHS as HIJRI, isEnglishMonth, nameGate } from '../lexicon.js';

const MONTHS = new Map<string, number>();
for (const [lang, table] of Object.entries(MONTHS_BY_LANG)) {
  if (lang.startsWith('_') || lang === 'en' || typeof table !== 'object') continue;
  for (const [name, n] of Object.entries(table as Record<string, number>)) if (!isEnglishMonth(name)) MONTHS.set(name, n);
}
// Without the `i` and `u` flags (lower-case.ts: V8 compiled this alternation in 158 ms with 'giu', 2 ms with 'g'), each
// name is listed as written in the lexicon and capitalised ("Dezember"); \p{L} is spelled out as the scripts it serves.
const cased = (names: Iterable<string>): string[] => [...names].flatMap(n => [n, n[0]!.toUpperCase() + n.slice(1)]);
const alt = (names: Iterable<string>): string =>
  [...new Set(cased(names))].sort((a, b) => b.length - a.length).map(m => m.replace(/[.'’]/g, c => (c === '.' ? '\\.' : "['’]")).replace(/[ -]/g, '[\\s-]')).join('|');
const LETTER = 'A-Za-z\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff\\u0600-\\u06ff';
const DIGIT = '[0-9\\u0660-\\u0669\\u06f0-\\u06f9]';
// Bounded quantifiers only ("\s{0,3}"): the pattern runs over whole paragraphs of any page.
const PATTERN = new RegExp(
  `(?<![${LETTER}\\d])(${DIGIT}{1,2})(?:\\.|er|º)?\\s{0,3}(?:de\\s|d['’])?\\s{0,2}(?:(${alt(MONTHS.keys())})(?:\\s{0,2}/\\s{0,2}(?:${alt(MONTHS.keys())}))?|(${alt(Object.keys(HIJRI))}))(?![${LETTER}])` +
  `(?:\\.?,?\\s{0,3}(?:de\\s|del\\s)?\\s{0,2}(${DIGIT}{4})(?!${DIGIT})(?:\\s{0,2}(?:هـ|ه|AH|A\\.H\\.)(?![${LETTER}]))?)?`,
  'g');
// Exact shortcut (gates.test.ts): Arabic-Indic digits, a letter only the non-ASCII names have, or an ASCII name
// (and the Latin transliterations of Hijri months) after its day number.
const NAMES = [...MONTHS.keys(), ...Object.keys(HIJRI)];
const GATE = new RegExp(`[\\u0660-\\u0669\\u06f0-\\u06f9]|${nameGate(NAMES, ascii => `\\d(?:\\.|er|º)?\\s{0,3}(?:de\\s|d['’])?\\s{0,2}(?:${alt(ascii)})`).source}`);
const digits = (s: string): number => Number(s.replace(/[\u0660-\u0669]/g, c => String(c.charCodeAt(0) - 0x0660)).replace(/[\u06f0-\u06f9]/g, c => String(c.charCodeAt(0) - 0x06f0)));
const key = (s: string): string => s.toLowerCase().replace(/[\s-]+/g, ' ').replace(/’/g, "'");

export const foreignDate: TemporalParser = {
  name: 'foreign-date',
  otherLanguages: true,
  gate: GATE,
  pattern: PATTERN,
  extract(m) {
    const day = digits(m[1]!), year = m[4] ? digits(m[4]) : null;
    if (m[3]) {
      // A Hijri date needs its year; its Gregorian day comes from the tabular calendar (± a day of the sighted one).
      const month = HIJRI[key(m[3])];
      if (!month || year === null || day < 1 || day > 30 || year < 1300 || year > 1600) return null;
      return { type: 'DATE', precision: 'day', value: dayValue(fromDays(hijriToDays(year, month, day))), stated: false };
    }
    const name = key(m[2]!), month = MONTHS.get(name) ?? MONTHS.get(name.replace(/\.$/, ''));
    if (!month || day < 1 || day > 31) return null;
    // Short forms ("mai", "okt", "اب") are words or abbreviations too: without a year they are not taken.
    if (year === null) return [...name].length <= 4 ? null : { type: 'DATE', precision: 'day', rel: { kind: 'month', month, day, shift: null } };
    if (!isValidDay(year, month, day)) return null;
    return { type: 'DATE', precision: 'day', value: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, stated: true };
  },
};
