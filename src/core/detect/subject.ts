// Is the Syrian conflict the subject of this text, not a passing mention? Weighs lexicon hits by position (title,
// lead, body) with diminishing returns per entry, against other conflicts and against genres that are not conflict
// news (recipes, travel, sports, markets).
import { COMPILED_CUES, COMPILED_LEXICON, type CueGroup, type LexiconEntry } from './lexicon.js';
import { normalizeForMatch } from './normalize.js';
import { countTerms, type CompiledTerms, type Term } from './terms.js';

export interface SubjectScore {
  /** Syria-specific names (places, actors, processes). */
  anchor: number;
  /** The anchors in the title and lead alone: a story about Syria names it up front. */
  head: number;
  /** Conflict vocabulary, counted beside the anchors. */
  context: number;
  /** Evidence of conflict rather than of the country: conflict vocabulary plus anchors that are actors, processes or
   * events (Assad, HTS, Astana talks), not places. A recipe or travel piece names places only. */
  conflict: number;
  /** Other conflicts and countries. */
  elsewhere: number;
  /** The strongest non-news genre (recipe, travel, sports, markets). */
  genre: number;
  genreName: CueGroup | null;
  /** The combined score the verdict thresholds. */
  score: number;
  /** Lexicon entries by contribution, best first. */
  top: { entry: LexiconEntry; weight: number }[];
}

const PLACE_KINDS = new Set(['place', 'country']);

/** The lead: the opening of the text, where a news story states its subject. */
const LEAD_CHARS = 600;
/** Beyond this the body adds nothing to the decision, and a huge page costs nothing more. */
const BODY_CHARS = 20000;

export function scoreSubject(title: string, text: string): SubjectScore {
  const t = normalizeForMatch(title);
  const whole = normalizeForMatch(text.slice(0, BODY_CHARS));
  const lead = whole.slice(0, LEAD_CHARS);
  const body = whole.slice(LEAD_CHARS);

  const lex = weigh(COMPILED_LEXICON, t, lead, body);
  let head = 0;
  for (const [entry, w] of weigh(COMPILED_LEXICON, t, lead, '')) if (entry.anchor) head += w;
  const cues = weigh(COMPILED_CUES, t, lead, body);
  let anchor = 0;
  let context = 0;
  let conflict = 0;
  for (const [entry, w] of lex) {
    if (entry.anchor) anchor += w; else context += w;
    if (!entry.anchor || !PLACE_KINDS.has(entry.kind)) conflict += w;
  }
  let elsewhere = 0;
  const genres = new Map<CueGroup, number>();
  for (const [cue, w] of cues) {
    if (cue.group === 'elsewhere') elsewhere += w;
    else genres.set(cue.group, (genres.get(cue.group) ?? 0) + w);
  }
  let genre = 0;
  let genreName: CueGroup | null = null;
  for (const [g, w] of genres) if (w > genre) [genre, genreName] = [w, g];

  // Conflict vocabulary only counts as much as the anchors allow: "rebels" and "air strikes" say nothing about Syria.
  // A genre cue weighs more than an anchor: a match report on Syria's football team names Syria as often as a war story,
  // and an oil-market report on "concerns over Syria" names Assad and the rebels too (×2.5: the positives' genre hits
  // stay at 3 or less, the markets report scored 10).
  const score = anchor + Math.min(context, anchor) * 0.5 - elsewhere - 2.5 * genre;
  const top = [...lex].map(([entry, weight]) => ({ entry, weight })).sort((a, b) => b.weight - a.weight);
  return { anchor, head, context, conflict, elsewhere, genre, genreName, score, top };
}

/** Per term: title hits count 3×, lead hits 1.5× (at most two), body hits with square-root returns. */
function weigh<T extends Term>(c: CompiledTerms<T>, title: string, lead: string, body: string): Map<T, number> {
  const out = new Map<T, number>();
  const add = (counts: Map<T, number>, f: (n: number) => number) => {
    for (const [term, n] of counts) out.set(term, (out.get(term) ?? 0) + term.weight * f(n));
  };
  add(countTerms(c, title), () => 3);
  add(countTerms(c, lead), n => 1.5 * Math.min(n, 2));
  add(countTerms(c, body), n => Math.sqrt(n));
  return out;
}

