import { normalizeForMatch } from './normalize.js';
import { lowerSameLength } from '../lower-case.js';

// Compiles a list of named terms (lexicon entries or negative cues) into one alternation, matched on word boundaries.
// Variants are literals: spaces, hyphens and apostrophes inside them match any one of those or nothing
// ("Deir ez-Zor" = "Deir ez Zor" = "Deir ezZor"). No nested quantifiers, so no catastrophic backtracking.
// The alternation is lower case and runs on lower-cased text without the `i` flag: compiled with it, it cost tens of
// milliseconds on each page's first detection (lower-case.ts, docs/performance.md).

export interface Term {
  id: string;
  label: string;
  weight: number;
  variants: string[];
  /** Variants matched case-sensitively (acronyms such as HTS, SDF). */
  case?: string[];
  /** A phrase the term must match (checked by the lexicon tests). */
  example: string;
}

export interface CompiledTerms<T extends Term> {
  re: RegExp;
  /** Separator-free lower-case form of each variant → its term and, for case-sensitive variants, the exact spelling. */
  byKey: Map<string, { term: T; exact: string | null }>;
}

const SEP = /[\s'-]+/g;
export const keyOf = (s: string): string => s.toLowerCase().replace(SEP, '');

function variantPattern(v: string): string {
  return v
    .split(SEP)
    .map(part => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join("[\\s'-]?");
}

const ARABIC = /^[\u0600-\u06ff]/;

/** Arabic writes the article and the particles "and", "then", "with", "as", "for" onto the word (السورية, والمعارضة,
 * بالنظام; ل + ال drops its alef: للمعارضة). One shared prefix per group keeps the alternation fast: variants that carry
 * the article take the prefixed forms of it, the others an optional article or particle. */
function arabicPattern(variants: string[]): string[] {
  const withArticle = variants.filter(v => v.startsWith('ال')).map(v => variantPattern(v.slice(2)));
  const bare = variants.filter(v => !v.startsWith('ال')).map(variantPattern);
  return [
    ...(withArticle.length ? [`(?:[وفبكل]?ال|[وفبك]?لل)(?:${withArticle.join('|')})`] : []),
    ...(bare.length ? [`(?:[وفبكل]?ال|لل|[وفبكل])?(?:${bare.join('|')})`] : []),
  ];
}

/** The variant keys an Arabic word with attached particles or article may stand for, most literal first. */
function arabicKeys(key: string): string[] {
  const noParticle = key.replace(/^[وفبكل](?=..)/, '');
  return [key, noParticle, noParticle.replace(/^ال(?=..)/, ''), key.replace(/^[وفبك]?لل/, 'ال')];
}

const HEBREW = /^[\u0590-\u05ff]/;

/** Hebrew, likewise, writes "and", "the", "in", "to", "from", "as", "that" onto the word (בסוריה, הסורי, ובדמשק): up to two
 * such letters before a variant, one shared prefix for the group. */
function hebrewPattern(variants: string[]): string[] {
  return variants.length ? [`[ובכלמשה]{0,2}(?:${variants.map(variantPattern).join('|')})`] : [];
}

function hebrewKeys(key: string): string[] {
  return [key, key.replace(/^[ובכלמשה](?=..)/, ''), key.replace(/^[ובכלמשה]{2}(?=..)/, '')];
}

/** The variant keys a matched word may stand for: itself, or without the particles its script attaches. */
function keysOf(key: string): string[] {
  return ARABIC.test(key) ? arabicKeys(key) : HEBREW.test(key) ? hebrewKeys(key) : [key];
}

export function compileTerms<T extends Term>(terms: T[]): CompiledTerms<T> {
  const byKey = new Map<string, { term: T; exact: string | null }>();
  for (const term of terms) {
    const exact = new Set(term.case ?? []);
    for (const raw of term.variants) {
      const v = normalizeForMatch(raw);
      const key = keyOf(v);
      if (!byKey.has(key)) byKey.set(key, { term, exact: exact.has(raw) ? v : null });
    }
  }
  const variants = [...new Set(terms.flatMap(t => t.variants.map(v => lowerSameLength(normalizeForMatch(v)))))].sort((a, b) => b.length - a.length);
  const alternatives = [
    ...arabicPattern(variants.filter(v => ARABIC.test(v))),
    ...hebrewPattern(variants.filter(v => HEBREW.test(v))),
    ...variants.filter(v => !ARABIC.test(v) && !HEBREW.test(v)).map(variantPattern),
  ];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return { re, byKey };
}

/** How often each term occurs in `text` (already in matching form). */
export function countTerms<T extends Term>(c: CompiledTerms<T>, text: string): Map<T, number> {
  const counts = new Map<T, number>();
  for (const m of lowerSameLength(text).matchAll(c.re)) {
    const key = keyOf(m[0]);
    const hit = keysOf(key).map(k => c.byKey.get(k)).find(Boolean);
    const written = text.slice(m.index, m.index + m[0].length);
    if (!hit || (hit.exact !== null && written.replace(SEP, '') !== hit.exact.replace(SEP, ''))) continue;
    counts.set(hit.term, (counts.get(hit.term) ?? 0) + 1);
  }
  return counts;
}
