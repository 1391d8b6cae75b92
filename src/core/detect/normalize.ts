// The matching form of page text. Homoglyph and bidi tricks must not hide or forge a name (field notes §3.20), and
// "Türkiye"/"Turkiye", "al‑Assad"/"al-Assad", "Sham’s"/"Sham's" must match alike. Line breaks are kept: the page-kind
// rules read the line structure.
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
const MARKS = /\p{M}+/gu;
const APOSTROPHES = /[\u2018\u2019\u02bc\u02bb`\u00b4]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /[^\S\n]+/g;

export function normalizeForMatch(s: string): string {
  return s
    .normalize('NFKD')
    .replace(INVISIBLE, '')
    .replace(MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .replace(SPACES, ' ');
}
