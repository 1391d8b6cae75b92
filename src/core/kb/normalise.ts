// Word tokens for alias matching. Keys are folded (NFKC, homoglyphs, case, diacritics, Arabic letter variants) so
// "Аssad" with a Cyrillic А, "Qāsemi" and "ASSAD" all meet "assad"; offsets stay in the original text.
// Field notes §3.2 item 20 (bidi controls, zero-width joiners, homoglyphs) and §1.3 item 3 (name variants).

export interface Token {
  start: number;
  end: number;
  /** Folded form used for matching. */
  key: string;
  /** First letter is upper case (or the script has no case). */
  cap: boolean;
  /** Every letter is upper case ("SDF", "UN"). */
  allCaps: boolean;
  /** The Arabic article ("al", "el", or an assimilated "ash-", "az-") that transliterations add or drop at will. */
  article: boolean;
  /** What separates this token from the next one: 'soft' (space, hyphen, quote) lets an alias continue, 'hard' does not. */
  gap: 'soft' | 'hard';
  /** An Arabic word without a one-letter prefix ("و", "ب", "ل", "ف", "ك"): والأسد → الأسد. */
  alt?: string;
}

// Invisible characters that neither split a word nor count in it: soft hyphen, zero-width characters, bidi controls,
// the Arabic letter mark and tatweel.
const INVISIBLE = /[\u00AD\u061C\u0640\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/gu;
const ARTICLES = new Set(['al', 'el']);
// The article assimilated to a "sun letter" repeats the next word's first consonant: ash-Sham, az-Zawr, ez-Zor,
// as-Suwayda, ar-Raqqa, an-Nusra. After a hyphen all of these count; after a space only those that are not also
// English words ("as Syria", "at Tartus" keep their "as" and "at").
const ASSIMILATED = new Set(['ad', 'adh', 'an', 'ar', 'as', 'ash', 'at', 'ath', 'az', 'ed', 'en', 'er', 'es', 'et', 'ez']);
const SPACED_ASSIMILATED = new Set(['adh', 'ar', 'ash', 'ath', 'az', 'ed', 'er', 'es', 'et', 'ez']);
const ARABIC_PREFIX = /^[وفبلك][\u0621-\u064A]{3,}/u;

// Latin look-alikes from Cyrillic and Greek, folded only inside words that also hold Latin letters (or consist of
// look-alikes only), so genuine Russian or Greek words are left alone.
const CONFUSABLE: Record<string, string> = Object.fromEntries(
  ['АA', 'ВB', 'ЕE', 'КK', 'МM', 'НH', 'ОO', 'РP', 'СC', 'ТT', 'ХX', 'УY', 'ІI', 'ЈJ', 'ЅS', 'Үy', 'аa', 'еe', 'оo', 'рp', 'сc', 'уy', 'хx', 'іi', 'јj', 'ѕs', 'ԁd', 'ԛq', 'ԝw', 'ӏl', 'үy',
    'ΑA', 'ΒB', 'ΕE', 'ΖZ', 'ΗH', 'ΙI', 'ΚK', 'ΜM', 'ΝN', 'ΟO', 'ΡP', 'ΤT', 'ΥY', 'ΧX', 'οo', 'νv', 'ιi', 'αa', 'κk', 'ρp', 'υu', 'χx'].map(p => [p[0]!, p[1]!]),
);
const CYRILLIC_GREEK = /[\u0370-\u03FF\u0400-\u052F]/u;
const LATIN = /[A-Za-z]/;
const ASCII_WORD = /^[A-Za-z0-9]+$/;

function foldConfusables(s: string): string {
  if (!CYRILLIC_GREEK.test(s)) return s;
  const chars = [...s];
  const letters = chars.filter(c => /\p{L}/u.test(c));
  if (!LATIN.test(s) && !letters.every(c => c in CONFUSABLE)) return s;
  return chars.map(c => CONFUSABLE[c] ?? c).join('');
}

/** The surface form a key is made from: NFKC, invisible characters removed, homoglyphs folded. */
function surface(raw: string): string {
  return ASCII_WORD.test(raw) ? raw : foldConfusables(raw.normalize('NFKC').replace(INVISIBLE, ''));
}

/** The matching key of one word: lower case, no diacritics, one spelling for Arabic letter variants. */
export function foldKey(word: string): string {
  if (ASCII_WORD.test(word)) return word.toLowerCase();
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')
    .replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه');
}

// Letters, digits and marks, plus the invisible characters above.
const WORD_CHAR = /[\p{L}\p{N}\p{M}\u00AD\u061C\u0640\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;
const APOSTROPHES = "'’ʼʻ`´ʿʾ‘";
// Spaces (not line breaks), hyphens, the en dash and quotation marks keep a phrase together: 'four so-called “baskets”'.
const SOFT = new Set([...' \t\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F-‐‑–"“”„«»\'’‘'].map(c => c.charCodeAt(0)));
const HYPHENS = new Set([...'-‐‑'].map(c => c.charCodeAt(0)));

/** Letters and digits; other scripts' letters, marks, invisible characters and surrogate halves (mathematical
 * alphanumerics, folded by NFKC later) through the regex only when outside ASCII, which keeps English text fast. */
function isWordAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return WORD_CHAR.test(text[i]!);
}

/** Word tokens of `text`, with possessives dropped ("Assad's" → Assad), inner apostrophes joined (Ma'arrat) and
 * dotted abbreviations joined ("U.S." → US). A hand-written scanner: this runs over every article in full. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let prev: Token | null = null, gapSoft = true, gapStart = 0;
  for (let i = 0; i < n; ) {
    if (!isWordAt(text, i)) { if (!SOFT.has(text.charCodeAt(i))) gapSoft = false; i++; continue; }
    const start = i;
    let end = i, tail = i, simple = true, dotted = false;
    for (;;) {
      while (end < n && isWordAt(text, end)) end++;
      tail = end;
      const sep = text[end];
      if (sep === undefined || end + 1 >= n || !isWordAt(text, end + 1)) break;
      if (APOSTROPHES.includes(sep)) {
        const s = text[end + 1];
        if ((s === 's' || s === 'S') && !isWordAt(text, end + 2)) { tail = end + 2; break; }
      } else if (sep === '.' && end - start <= 3 && text[end + 2] === '.') dotted = true;
      else break;
      simple = false;
      end++;
    }
    // "U.S." keeps its last dot, so "U.S.-led" still continues a phrase.
    if (dotted && text[end] === '.') tail = ++end;
    const hyphen = start - gapStart === 1 && HYPHENS.has(text.charCodeAt(gapStart));
    if (prev) settleGap(prev, text, gapStart, start, gapSoft);
    const token = makeToken(text, start, end, simple);
    if (prev && token) prev.article = isArticle(prev, token, hyphen);
    i = tail;
    gapStart = tail;
    gapSoft = true;
    if (token) { out.push(token); prev = token; } else prev = null;
  }
  return out;
}

function settleGap(t: Token, text: string, from: number, to: number, soft: boolean): void {
  // An initial keeps the name together: "Donald J. Trump", "Geir O. Pedersen".
  const initial = t.end - t.start === 1 && to - from === 2 && text[from] === '.' && text[from + 1] === ' ';
  t.gap = soft || initial ? 'soft' : 'hard';
}

function isArticle(t: Token, next: Token, hyphen: boolean): boolean {
  if (ARTICLES.has(t.key)) return true;
  if (t.allCaps || t.gap !== 'soft' || !next.key.startsWith(t.key.slice(1))) return false;
  return hyphen ? ASSIMILATED.has(t.key) : SPACED_ASSIMILATED.has(t.key);
}

function makeToken(text: string, start: number, end: number, simple: boolean): Token | null {
  const raw = text.slice(start, end);
  if (simple && ASCII_WORD.test(raw)) return asciiToken(raw, start, end);
  const form = surface(raw).replace(/[.'’ʼʻ`´ʿʾ‘]/gu, '');
  const key = foldKey(form);
  if (!key) return null;
  const lower = form.toLowerCase(), upper = form.toUpperCase();
  const cased = lower !== upper;
  const first = form[0]!;
  const cap = !cased || first !== first.toLowerCase();
  const token: Token = { start, end, key, cap, allCaps: cased && form === upper, article: ARTICLES.has(key), gap: 'hard' };
  if (ARABIC_PREFIX.test(key)) token.alt = key.slice(1);
  return token;
}

/** The common case, without string folding: case flags from character codes. */
function asciiToken(raw: string, start: number, end: number): Token {
  let upper = 0, lower = 0;
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  const first = raw.charCodeAt(0);
  const key = raw.toLowerCase();
  return {
    start, end, key,
    cap: (first >= 65 && first <= 90) || upper + lower === 0,
    allCaps: upper > 0 && lower === 0,
    article: ARTICLES.has(key),
    gap: 'hard',
  };
}
