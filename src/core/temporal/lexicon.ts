// Typed access to lexicon.json and the regex fragments built from it (compiled once, at module load).
import LEX from './lexicon.json';
import type { Unit } from './draft.js';

const MONTHS: Record<string, number> = LEX.months;
const WEEKDAYS: Record<string, number> = { ...LEX.weekdays, ...LEX.weekdayAbbreviations };
const ORDINAL_DAYS: Record<string, number> = LEX.ordinalDays;
/** Hijri month names, Arabic and transliterated ("رمضان", "ramadan"), lower case. */
export const HIJRI_MONTHS: Record<string, number> = LEX.hijriMonths;
/** Weekday names of other languages, as written mid-sentence (lexicon.json). */
export const FOREIGN_WEEKDAYS: Record<string, number> = Object.fromEntries(Object.entries(LEX.foreignWeekdays).filter(([k]) => !k.startsWith('_'))) as Record<string, number>;
/** A gate for a list of names, exact and cheap: a character that only the non-ASCII names have (as a class of exactly
 * those characters: curly quotes and dashes of English pages do not pass), or one of the ASCII names as written. */
export function nameGate(names: string[], asciiAlternation: (ascii: string[]) => string): RegExp {
  const ascii = names.filter(n => /^[\x00-\x7f]+$/.test(n));
  const chars = [...new Set(names.join('').replace(/[\x00-\x7f]/g, ''))].join('');
  return new RegExp(`${chars ? `[${chars}]|` : ''}${asciiAlternation(ascii)}`);
}
export const isEnglishMonth = (s: string): boolean => s in MONTHS;
export const ORDINALS: Record<string, number> = LEX.ordinals;
export const SEASONS: Record<string, 'SP' | 'SU' | 'FA' | 'WI'> = LEX.seasons as Record<string, 'SP' | 'SU' | 'FA' | 'WI'>;
const UNITS: Record<string, Unit> = LEX.units as Record<string, Unit>;
export const TIMES_OF_DAY: Record<string, string> = LEX.timesOfDay;
/** Holiday → "MM-DD", "MM/weekday/nth" (nth -1 = last; "+1" = the day after), or "easter±n". */
export const HOLIDAYS: Record<string, string> = LEX.holidays;

const alt = (words: Iterable<string>): string =>
  [...words].sort((a, b) => b.length - a.length).map(w => w.replace(/ /g, '\\s+')).join('|');

/** "January", "Jan.", "Sept": only an abbreviation takes the dot (a full name's dot ends the sentence). */
export const MONTH = `(?:${alt(Object.keys(MONTHS).filter(m => m.length > 4 || m === 'june' || m === 'july' || m === 'may'))}|(?:${alt(Object.keys(MONTHS).filter(m => m.length <= 4 && m !== 'june' && m !== 'july' && m !== 'may'))})\\.?)`;
// An abbreviation ("Tues.", "Wed.") needs its dot: "Sat", "Sun", "Wed" without one are words too.
export const WEEKDAY = `(?:${alt(Object.keys(LEX.weekdays))}|(?:${alt(Object.keys(LEX.weekdayAbbreviations))})\\.)`;
/** A day of the month in digits ("5", "5th") or words ("fifth", "twenty-first"): group 1 or 2. */
export const DAY_OF_MONTH = `(?:(\\d{1,2})(?:st|nd|rd|th)?|(${alt(Object.keys(ORDINAL_DAYS)).replace(/-/g, '[\\s-]')}))`;
export const ordinalDay = (s: string): number => ORDINAL_DAYS[s.toLowerCase().replace(/\s+/g, '-')] ?? 0;
const UNITS_ONE = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SMALL = 'one|two|three|four|five|six|seven|eight|nine';
// Years as transcripts spell them: "nineteen ninety-six", "nineteen eighty", "two thousand (and) one", "twenty ten".
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
export const SPELLED_YEAR = `(?:(?:nineteen|twenty)[\\s-](?:(?:${UNITS_ONE})(?:[\\s-](?:${SMALL}))?|${TEENS}|oh[\\s-](?:${SMALL}))|two\\s+thousand(?:\\s+(?:and\\s+)?(?:${TEENS}|${SMALL}))?)`;
/** Value of a SPELLED_YEAR match ("nineteen ninety-six" → 1996). */
export function spelledYear(s: string): number {
  const w = s.toLowerCase().replace(/[\s-]+/g, ' ').replace(/ and /, ' ');
  const n = (x: string) => numberValue(x) ?? 0;
  if (w.startsWith('two thousand')) return 2000 + n(w.slice(12).trim() || '0');
  const [head, ...rest] = w.split(' ');
  return n(head!) * 100 + n(rest.filter(x => x !== 'oh').join(' '));
}
/** A year in digits or words; yearValue reads either. */
export const YEAR = `(?:\\d{4}|${SPELLED_YEAR})`;
export const yearValue = (s: string): number => (/^\d/.test(s) ? +s : spelledYear(s));
/** A count: digits, number words ("twenty four", "twenty-four"), "a couple of" or a vague quantifier ("several"). */
export const NUMBER = `(?:\\d+(?:\\.\\d+|\\s+1/2)?|(?:${UNITS_ONE})(?:[\\s-](?:${SMALL}))?|${alt(Object.keys(LEX.numbers))}|${alt(LEX.vague)})`;
export const UNIT = `(?:${alt(Object.keys(UNITS))})`;
export const HOLIDAY = `(?:${alt(Object.keys(HOLIDAYS)).replace(/'/g, "['\u2019]")})`;
export const SEASON = `(?:${alt(Object.keys(SEASONS))})`;

/** Value of a NUMBER match; null for vague quantities ("several"), which TIMEX writes as X. */
export function numberValue(s: string): number | null {
  const w = s.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d/.test(w)) return w.endsWith(' 1/2') ? Number(w.slice(0, -4)) + 0.5 : Number(w);
  const direct = (LEX.numbers as Record<string, number>)[w];
  if (direct !== undefined) return direct;
  const parts = w.split(/[ -]/);
  if (parts.length === 2) {
    const a = (LEX.numbers as Record<string, number>)[parts[0]!], b = (LEX.numbers as Record<string, number>)[parts[1]!];
    if (a !== undefined && b !== undefined) return a + b;
  }
  return null;
}

export const unitOf = (s: string): Unit => UNITS[s.toLowerCase()] ?? 'day';
export const monthNamed = (s: string): number => MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? 0;
export const weekdayNamed = (s: string): number => WEEKDAYS[s.toLowerCase().replace(/\.$/, '')] ?? 0;

/** A global, case-insensitive pattern that cannot start or end inside a word or a hyphenated token ("F-16", "1990s-era");
 * a hyphen between digits is a range ("2012-2016", "March 15-16") and does not glue. */
export const wordPattern = (src: string): RegExp => new RegExp(`(?<![\\w\\u2019']|(?<!\\d)-)(?:${src})(?!\\w|-(?!\\d)|\\.\\d)`, 'gi');

/** True when the first letter of a lexicon word is a capital: months and weekdays are proper nouns ("may", "march", "sat"). */
export const isCapitalised = (s: string): boolean => /^[A-Z]/.test(s);
