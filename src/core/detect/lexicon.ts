// The detector's data, compiled once: the Syria-conflict lexicon (lexicon.json) and the negative cues (cues.json).
import lexiconData from './lexicon.json';
import cuesData from './cues.json';
import { compileTerms, type Term } from './terms.js';

export interface LexiconEntry extends Term {
  kind: string;
  /** A Syria-specific name; other entries are conflict vocabulary that counts only beside anchors. */
  anchor: boolean;
}

export type CueGroup = 'elsewhere' | 'recipe' | 'travel' | 'sports' | 'markets' | 'arts' | 'other';

export interface Cue extends Term {
  group: CueGroup;
}

export const LEXICON = lexiconData.entries as LexiconEntry[];
export const CUES = cuesData.cues as Cue[];
export const COMPILED_LEXICON = compileTerms(LEXICON);
export const COMPILED_CUES = compileTerms(CUES);
