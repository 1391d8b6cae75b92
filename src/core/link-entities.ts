// Entity linking: every knowledge-base name or alias in the text, longest match first, over folded word tokens
// (kb/normalise.ts), so spelling variants, possessives, "al-"/"el-" and homoglyph tricks still link and offsets stay
// in the original text. One pass over the tokens with a precompiled trie: linear, no per-alias regex (no ReDoS).
import type { EntityMention } from './types.js';
import type { KnowledgeBase } from './kb/index.js';
import { compileAliases, fitsCase, type AliasIndex, type CaseRule, type TrieNode } from './kb/alias-index.js';
import { tokenize, type Token } from './kb/normalise.js';
import { coversDate } from './kb/as-of.js';

export interface LinkOptions {
  /** The article's date: an alias shared over time ("UN envoy", "Syrian government") prefers the entity valid then. */
  date?: string | null;
}

interface Match {
  first: number;
  last: number;
  start: number;
  candidates: number[];
}

/** Words either side of an ambiguous alias in which its entities' cue words count. */
const CUE_WINDOW = 12;

const compiled = new WeakMap<KnowledgeBase, AliasIndex>();

function indexFor(kb: KnowledgeBase): AliasIndex {
  let index = compiled.get(kb);
  if (!index) compiled.set(kb, (index = compileAliases(kb.entities)));
  return index;
}

/** Compiles the KB's alias trie ahead of linking (~17 ms on a page's first use): the pipeline runs it as a step of
 *  its own, so the content script can give the page its thread back between the two (docs/performance.md). */
export function prepareLinker(kb: KnowledgeBase): void {
  indexFor(kb);
}

export function linkEntities(text: string, kb: KnowledgeBase, opts: LinkOptions = {}): EntityMention[] {
  const index = indexFor(kb);
  const tokens = tokenize(text);
  const matches: Match[] = [];
  for (let i = 0; i < tokens.length; ) {
    const m = tokens[i]!.article ? null : matchAt(tokens, i, index);
    if (m) matches.push(m);
    i = m ? m.last + 1 : i + 1;
  }
  const seen = new Set(matches.filter(m => m.candidates.length === 1).map(m => m.candidates[0]!));
  return matches.map(m => {
    const { id, confidence, alternatives } = resolve(m, tokens, index, seen, opts.date ?? null);
    const e = index.entities[id]!;
    const end = tokens[m.last]!.end;
    const mention: EntityMention = { id: e.id, name: e.name, kind: e.kind, start: m.start, end, text: text.slice(m.start, end), confidence };
    if (alternatives.length) mention.alternatives = alternatives.map(a => index.entities[a]!.id);
    return mention;
  });
}

/** The longest alias starting at token i whose case rules the text satisfies. */
function matchAt(tokens: Token[], i: number, index: AliasIndex): Match | null {
  const first = tokens[i]!;
  let node: TrieNode | undefined = index.root.next.get(first.key);
  // "والأسد": the alias follows a one-letter Arabic prefix, which stays outside the mention.
  const prefixed = !node && !!first.alt && index.root.next.has(first.alt);
  if (prefixed) node = index.root.next.get(first.alt!);
  const path = [i];
  const ends: { node: TrieNode; length: number }[] = [];
  while (node) {
    if (node.ends) ends.push({ node, length: path.length });
    let k = path[path.length - 1]!;
    if (tokens[k]!.gap !== 'soft') break;
    k++;
    while (tokens[k]?.article && tokens[k]!.gap === 'soft') k++;
    const next = tokens[k];
    if (!next || next.article) break;
    node = node.next.get(next.key);
    path.push(k);
  }
  for (const { node: end, length } of ends.reverse()) {
    const words = path.slice(0, length).map(k => tokens[k]!);
    const candidates = [...end.ends!].filter(([, spellings]) => spellings.some(rules => fits(rules, words, tokens, i, index))).map(([id]) => id);
    if (candidates.length === 0) continue;
    let start = i;
    while (start > 0 && tokens[start - 1]!.article && tokens[start - 1]!.gap === 'soft') start--;
    return { first: i, last: path[length - 1]!, start: start === i && prefixed ? first.start + 1 : tokens[start]!.start, candidates };
  }
  return null;
}

function fits(rules: CaseRule[], words: Token[], tokens: Token[], at: number, index: AliasIndex): boolean {
  if (!rules.every((r, k) => fitsCase(r, words[k]!))) return false;
  if (rules.length !== 1 || rules[0] !== 'upper') return true;
  // A lone acronym inside a run of capitals is a shouted headline: "WHAT IS NEXT" has no "IS" in it. An acronym that is
  // also an English word ("IS", "US") must not touch another shouted word; others ("SDF TAKES RAQQA") only not both.
  const shouting = (t: Token | undefined) => !!t && t.allCaps && t.key.length > 1 && !index.acronyms.has(t.key);
  const before = shouting(tokens[at - 1]), after = shouting(tokens[at + 1]);
  return ENGLISH_WORDS.has(words[0]!.key) ? !before && !after : !(before && after);
}

/** Two-letter English words that are also aliases in capitals. */
const ENGLISH_WORDS = new Set(['is', 'us', 'as', 'at', 'an', 'in', 'it', 'on', 'no', 'so', 'do', 'go', 'be', 'by', 'or', 'of', 'to', 'up', 'we', 'me', 'he', 'am']);

/** Picks one entity for an alias shared on purpose: the one named unambiguously elsewhere in the text, cue words
 * nearby, validity on the article's date; a tie keeps knowledge-base order and reports the others. */
function resolve(m: Match, tokens: Token[], index: AliasIndex, seen: Set<number>, date: string | null) {
  if (m.candidates.length === 1) return { id: m.candidates[0]!, confidence: 1, alternatives: [] as number[] };
  const near = new Set(tokens.slice(Math.max(0, m.first - CUE_WINDOW), m.last + CUE_WINDOW + 1).map(t => t.key));
  const scored = m.candidates.map(id => {
    let score = seen.has(id) ? 2 : 0;
    for (const cue of index.cues[id]!) if (near.has(cue)) score += 1;
    if (date && coversDate(index.entities[id]!.valid, date)) score += 2;
    return { id, score };
  }).sort((a, b) => b.score - a.score);
  const [best, second] = [scored[0]!, scored[1]!];
  const margin = best.score - second.score;
  if (margin === 0) return { id: best.id, confidence: 0.5, alternatives: scored.filter(s => s.score === best.score && s.id !== best.id).map(s => s.id) };
  return { id: best.id, confidence: margin >= 2 ? 0.9 : 0.7, alternatives: [] as number[] };
}
