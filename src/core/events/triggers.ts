// Event triggers in a sentence: verbs (with their form, which decides whether and how they report an event),
// multiword verbs ("took effect") and event nouns ("the ceasefire", "a meeting"). The lexicon is data (triggers.json).
import type { EventType } from '../types.js';
import lexicon from './triggers.json';

export type TriggerForm = 'finite' | 'ing' | 'infinitive' | 'modal' | 'nominal';

export interface Trigger {
  /** Offsets into the sentence text. */
  start: number;
  end: number;
  text: string;
  lemma: string;
  type: EventType;
  form: TriggerForm;
  /** Announces, declares …: the event's type comes from the event noun it governs. */
  light: boolean;
  /** Reports speech (said, told): an event only when dated, else attribution. */
  speech: boolean;
  /** Inside quotation marks. */
  quoted: boolean;
  /** A verb in its bare form ("sign", "begin"): as often a noun or an infinitive as a finite verb. */
  base?: boolean;
}

type Entry = { lemma: string; type: EventType; light: boolean; speech: boolean; ing: boolean };

/** Regular English inflections of a lemma (-s, -ed, -ing), with e-drop and final-consonant doubling. */
function inflect(lemma: string): { form: string; ing: boolean }[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  // Doubling only for one-syllable lemmas: stop → stopped, but open → opened.
  const double = /^[^aeiou]*[aeiou][bdgmnprt]$/.test(lemma) ? lemma + lemma.slice(-1) : lemma;
  const s = /(?:s|sh|ch|x)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const ed = lemma.endsWith('e') ? `${lemma}d` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${double}ed`;
  return [{ form: lemma, ing: false }, { form: s, ing: false }, { form: ed, ing: false }, { form: `${lemma.endsWith('ie') ? lemma.slice(0, -2) + 'y' : lemma.endsWith('ee') ? lemma : stem === lemma ? double : stem}ing`, ing: true }];
}

const VERBS = new Map<string, Entry>();
const light = new Set(lexicon.light);
for (const [lemma, [type, ...irregular]] of Object.entries(lexicon.verbs as Record<string, string[]>)) {
  for (const f of [...inflect(lemma), ...irregular.map(form => ({ form, ing: false }))]) {
    VERBS.set(f.form, { lemma, type: type as EventType, light: light.has(lemma), speech: false, ing: f.ing });
  }
}
const speechForms = lexicon.speechForms as Record<string, string[]>;
for (const lemma of lexicon.speech) {
  for (const f of [...inflect(lemma), ...(speechForms[lemma] ?? []).map(form => ({ form, ing: form.endsWith('ing') }))]) {
    VERBS.set(f.form, { lemma, type: 'statement', light: false, speech: true, ing: f.ing });
  }
}
const PHRASES = Object.entries(lexicon.phrases as Record<string, EventType>);
const NOUNS = lexicon.nouns as Record<string, EventType>;

const WORD = /[A-Za-z][A-Za-z-]*/g;
const MODAL = /^(?:will|shall|would|could|may|might|can|must|should|'ll)$/i;
// Words between an auxiliary and its verb: "will also meet", "to formally lift".
const ADVERB = /^(?:also|not|then|formally|jointly|still|reportedly|already|now|again|finally|officially|be|been|have|never|soon|just|partially|fully)$/i;
const DETERMINER = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|last|latest|new|next|first|second|third|previous|upcoming|planned|fresh|further|recent)$/i;
const QUOTE_OPEN = /[\u201c"]/g;

/** Spans inside quotation marks: reported words are not the article's own narration. */
function quotedSpans(s: string): [number, number][] {
  const out: [number, number][] = [];
  QUOTE_OPEN.lastIndex = 0;
  for (let m = QUOTE_OPEN.exec(s); m; m = QUOTE_OPEN.exec(s)) {
    const close = s.indexOf(m[0] === '"' ? '"' : '\u201d', m.index + 1);
    if (close < 0) break;
    out.push([m.index, close]);
    QUOTE_OPEN.lastIndex = close + 1;
  }
  return out;
}

export function findTriggers(sentence: string): Trigger[] {
  const words: { w: string; at: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sentence); m; m = WORD.exec(sentence)) words.push({ w: m[0], at: m.index });
  const quotes = quotedSpans(sentence);
  const quoted = (at: number) => quotes.some(([a, b]) => at > a && at < b);
  const out: Trigger[] = [];
  const lower = sentence.toLowerCase();
  for (const [phrase, type] of PHRASES) {
    for (let i = lower.indexOf(phrase); i >= 0; i = lower.indexOf(phrase, i + 1)) {
      if (/[a-z]/i.test(lower[i - 1] ?? '') || /[a-z]/i.test(lower[i + phrase.length] ?? '')) continue;
      const ing = /ing\b/.test(phrase);
      out.push({ start: i, end: i + phrase.length, text: sentence.slice(i, i + phrase.length), lemma: phrase, type, form: ing ? 'ing' : 'finite', light: false, speech: false, quoted: quoted(i) });
    }
  }
  const taken = (at: number) => out.some(t => at >= t.start && at < t.end);
  words.forEach(({ w, at }, i) => {
    if (taken(at)) return;
    const lw = w.toLowerCase();
    const prev = words[i - 1]?.w.toLowerCase() ?? '';
    let j = i - 1;
    while (j > 0 && ADVERB.test(words[j]!.w)) j--;
    const aux = words[j]?.w.toLowerCase() ?? '';
    const base = { start: at, end: at + w.length, text: w, quoted: quoted(at) };
    const noun = NOUNS[lw];
    const verb = VERBS.get(lw);
    // An event noun after a determiner or adjective-like word, or a plural/compound noun, reads as a noun ("the attack", "peace talks").
    if (noun && (!verb || DETERMINER.test(prev) || /^[A-Z]/.test(words[i - 1]?.w ?? '') || /(?:s|ing|ion|ment)$/.test(lw) && !verb?.ing && !/ed$/.test(lw))) {
      if (lw === 'fall' && words[i + 1]?.w.toLowerCase() !== 'of') return;
      out.push({ ...base, lemma: lw, type: noun, form: 'nominal', light: false, speech: false });
      return;
    }
    if (!verb) return;
    // Capitalised mid-sentence words are names ("Strike Force", "Hit"), not verbs; after an article a participle
    // is an adjective ("the besieged town").
    if (/^[A-Z]/.test(w) && i > 0) return;
    if (/^(?:the|a|an|its|their|his|her)$/.test(prev) && (verb.ing || /ed$/.test(lw))) return;
    // "a city called Aleppo" names, it does not report a call.
    if (/^(?:called|named|known|dubbed)$/.test(lw) && /^[A-Z]/.test(words[i + 1]?.w ?? '')) return;
    // "began abandoning": the -ing verb after a finite aspect verb is the finite event.
    // "have been attacking": a progressive is finite too.
    const aspect = /^(?:began|begun|begins|begin|started|starts|continued|continues|stopped|resumed|kept|is|are|was|were|been|be)$/.test(prev);
    const form: TriggerForm = aux === 'to' ? 'infinitive' : MODAL.test(aux) ? 'modal' : verb.ing && !aspect ? 'ing' : 'finite';
    out.push({ ...base, lemma: verb.lemma, type: verb.type, form, light: verb.light, speech: verb.speech, ...(lw === verb.lemma ? { base: true } : {}) });
  });
  return out.sort((a, b) => a.start - b.start);
}
