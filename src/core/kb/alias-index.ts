// The knowledge base's names and aliases compiled once into a token trie (longest match first, no regex per alias).
import type { KbEntity } from '../types.js';
import { foldKey, tokenize, type Token } from './normalise.js';

/** What a text token must look like for one alias token: "IS" only as an upper-case word, "Isis" capitalised. */
export type CaseRule = 'any' | 'cap' | 'upper';

export interface TrieNode {
  next: Map<string, TrieNode>;
  /** Entity index → the case rules of each alias spelling that ends here. */
  ends?: Map<number, CaseRule[][]>;
}

export interface AliasIndex {
  entities: KbEntity[];
  root: TrieNode;
  /** Folded cue words per entity, for ambiguous aliases. */
  cues: Set<string>[];
  /** Keys of upper-case acronyms ("sdf", "ypg"), so "SDF YPG" is not read as a shouted headline. */
  acronyms: Set<string>;
}

function caseRule(t: Token): CaseRule {
  if (t.allCaps) return 'upper';
  return t.cap ? 'cap' : 'any';
}

/** True when a text token has the shape an alias token demands. */
export function fitsCase(rule: CaseRule, t: Token): boolean {
  return rule === 'any' || (rule === 'cap' ? t.cap : t.allCaps);
}

export function compileAliases(entities: KbEntity[]): AliasIndex {
  const root: TrieNode = { next: new Map() };
  const acronyms = new Set<string>();
  entities.forEach((e, index) => {
    for (const alias of new Set([e.name, ...e.aliases])) {
      const words = tokenize(alias).filter(t => !t.article);
      if (words.length === 0) continue;
      let node = root;
      for (const w of words) {
        let child = node.next.get(w.key);
        if (!child) node.next.set(w.key, (child = { next: new Map() }));
        node = child;
      }
      const rules = words.map(caseRule);
      for (const [k, w] of words.entries()) if (rules[k] === 'upper') acronyms.add(w.key);
      node.ends ??= new Map();
      const spellings = node.ends.get(index) ?? [];
      if (!spellings.some(r => r.join() === rules.join())) spellings.push(rules);
      node.ends.set(index, spellings);
    }
  });
  const cues = entities.map(e => new Set((e.cues ?? []).map(foldKey)));
  return { entities, root, cues, acronyms };
}
