// Date surface forms shared by the extractors: machine values (ISO 8601, compact, RFC 2822) and the written forms
// of datelines in en/de/fr/es/it/pt/nl/ar/tr/ru/pl/nordic/fi/id/ca ("10 July 2017", "10. Juli 2017", "July 10, 2017", "10 تموز 2017",
// "10.07.2017", "07/10/2017"). Month names are data (months.json).
import MONTHS_BY_LANG from './months.json' with { type: 'json' };
import type { IsoDay } from '../types.js';
import { lowerSameLength } from '../lower-case.js';

/** Day-month order for numeric dates with "/" or "-" ("05/04/2017"). Dotted dates are always day-first. */
export type Order = 'dmy' | 'mdy';

export interface FoundDate {
  date: IsoDay;
  raw: string;
  index: number;
  /** A numeric date whose day-month order was decided by the page, not by the text. */
  ambiguous: boolean;
}

const MONTHS = new Map<string, number>();
for (const [lang, table] of Object.entries(MONTHS_BY_LANG)) {
  if (lang.startsWith('_') || typeof table !== 'object') continue;
  for (const [name, n] of Object.entries(table as Record<string, number>)) MONTHS.set(name, n);
}
const MONTH = `(?:${[...MONTHS.keys()].sort((a, b) => b.length - a.length).map(m => m.replace(/ /g, '\\s+')).join('|')})`;
const monthOf = (name: string): number | undefined => MONTHS.get(name.toLowerCase().replace(/\s+/g, ' '));

// Bounded quantifiers only: these run over whole pages. Written in lower case and run on lower-cased text, without
// the `i` flag, which made their first use cost ~75 ms per page in Chromium (lower-case.ts).
const NAMED_DMY = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|er|st|nd|rd|th|º)?\\s{0,3}(?:de\\s|of\\s|d['’])?\\s{0,2}(${MONTH})(?:\\s{0,2}/\\s{0,2}${MONTH})?(?![\\p{L}])\\.?,?\\s{0,3}(?:de\\s|del\\s)?\\s{0,2}[’']?(\\d{4})(?!\\d)`,
  'gu',
);
const NAMED_MDY = new RegExp(`(?<![\\p{L}])(${MONTH})(?![\\p{L}])\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}(\\d{4})(?!\\d)`, 'gu');
const YMD = /(?<![\d.\/-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d]|\.\d)/g;
const CJK = /(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日/g;
// The year is two digits when a time follows glued to it ("28.09.1912:44" is 28.09.19 12:44, text nodes joined).
const NUMERIC = /(?<![\d.\/-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}(?![\d:])|\d{2}(?=\d{1,2}:\d)|\d{2}(?!\d))(?![./-]\d)/g;

/** A valid calendar day as YYYY-MM-DD, else null. */
export function isoDay(y: number, m: number, d: number): IsoDay | null {
  if (!(y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1)) return null;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** ASCII digits for Arabic-Indic and Persian digits, plain spaces for NBSP and thin spaces. */
export function normalizeText(s: string): string {
  return s
    .replace(/[\u0660-\u0669]/g, c => String(c.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, c => String(c.charCodeAt(0) - 0x06f0))
    .replace(/[\u00a0\u2002-\u200a\u202f]/g, ' ');
}

const fullYear = (y: string): number => (y.length === 2 ? (Number(y) < 70 ? 2000 + Number(y) : 1900 + Number(y)) : Number(y));

/**
 * Every date written in `text`, in order. `order` decides "05/04/2017"; two-digit years ("17.11.19") only when
 * `shortYears` (datelines), since in running text they are mostly version numbers.
 */
export function findDates(text: string, order: Order | null, shortYears = false): FoundDate[] {
  const t = normalizeText(text);
  const lower = lowerSameLength(t);
  const found: (FoundDate & { rank: number })[] = [];
  let rank = 0;
  const push = (date: IsoDay | null, m: RegExpExecArray, ambiguous = false): void => {
    if (date) found.push({ date, raw: t.slice(m.index, m.index + m[0].length), index: m.index, ambiguous, rank });
  };
  for (const m of lower.matchAll(NAMED_DMY)) push(isoDay(Number(m[3]), monthOf(m[2]!) ?? 0, Number(m[1])), m);
  rank++;
  for (const m of lower.matchAll(NAMED_MDY)) push(isoDay(Number(m[3]), monthOf(m[1]!) ?? 0, Number(m[2])), m);
  rank++;
  for (const m of t.matchAll(YMD)) push(isoDay(Number(m[1]), Number(m[3]), Number(m[4])), m);
  rank++;
  for (const m of t.matchAll(CJK)) push(isoDay(Number(m[1]), Number(m[2]), Number(m[3])), m);
  rank++;
  for (const m of t.matchAll(NUMERIC)) {
    if (m[4]!.length === 2 && !shortYears) continue;
    const a = Number(m[1]), b = Number(m[3]), y = fullYear(m[4]!);
    if (m[2] === '.' || a > 12) push(isoDay(y, b, a), m);
    else if (b > 12) push(isoDay(y, a, b), m);
    else push(order === 'mdy' ? isoDay(y, a, b) : isoDay(y, b, a), m, a !== b);
  }
  // Overlapping readings of the same characters: the earlier form in the list above wins (a sweep, not a pairwise test).
  found.sort((x, y) => x.index - y.index || x.rank - y.rank);
  const out: FoundDate[] = [];
  let end = -1;
  for (const { rank: _, ...f } of found) {
    if (f.index < end) continue;
    out.push(f);
    end = f.index + f.raw.length;
  }
  return out;
}

/** How the page orders numeric dates: unambiguous ones ("25/12/2017", "12/25/2017") vote, else the language. */
export function numericOrder(text: string, lang: string | null): Order | null {
  let dmy = 0, mdy = 0;
  for (const m of normalizeText(text).matchAll(/(?<![\d/])(\d{1,2})\/(\d{1,2})\/\d{2,4}(?![\d/])/g)) {
    if (Number(m[1]) > 12) dmy++;
    else if (Number(m[2]) > 12) mdy++;
  }
  if (dmy !== mdy) return dmy > mdy ? 'dmy' : 'mdy';
  const l = (lang ?? '').toLowerCase();
  if (!l) return null;
  return /^en-(us|ph)|^en$/.test(l) ? 'mdy' : 'dmy';
}

/**
 * A machine-readable date value (meta content, datetime attribute, JSON-LD): ISO 8601 with the local day as written
 * ("2017-07-10T23:30:00-04:00" → 2017-07-10), compact "20170710", else the first written date ("Mon, 10 Jul 2017"),
 * "05/04/2017" month first unless told otherwise: server-side formatting is US by default (a Swiss page's
 * `<meta name="date" content="11/01/2023 12:43:42">` is 1 November).
 */
export function parseMachineDate(value: string, order: Order | null = 'mdy'): FoundDate | null {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(v) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/.exec(v);
  if (iso) {
    const date = isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date ? { date, raw: v, index: 0, ambiguous: false } : null;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})(?:$|T|\d{4,6}$)/.exec(v);
  if (compact) {
    const date = isoDay(Number(compact[1]), Number(compact[2]), Number(compact[3]));
    return date ? { date, raw: v, index: 0, ambiguous: false } : null;
  }
  const found = findDates(v.slice(0, 200), order, false)[0];
  return found ? { ...found, raw: v } : null;
}
