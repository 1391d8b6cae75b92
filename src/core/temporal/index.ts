// The temporal tagger: small parsers propose mentions per paragraph, ordered refiners resolve them (configuration.ts).
import type { Sentence, TemporalContext, TemporalMention } from '../types.js';
import type { Draft } from './draft.js';
import { PARSERS, REFINERS } from './configuration.js';

export { detectTense } from './tense.js';

/** The sentence of `sentences` (sorted, non-empty) that holds offset `at`. */
function sentenceAt(sentences: Sentence[], at: number): Sentence {
  let lo = 0, hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= at) lo = mid; else hi = mid - 1;
  }
  return sentences[lo]!;
}

// Parsers run over whole paragraphs, not sentences: one pass per parser is cheaper than many short ones, and a
// sentence splitter that breaks after "p.m." must not cut "5 p.m. EST Nov. 9" in two. Tense still reads the sentence.
function propose(text: string, chunk: Sentence[], out: Draft[], english: boolean): void {
  const start = chunk[0]!.start;
  const para = text.slice(start, chunk[chunk.length - 1]!.end);
  for (const parser of PARSERS) {
    if ((english && parser.otherLanguages) || (parser.gate && !parser.gate.test(para))) continue;
    const re = parser.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(para); m; m = re.exec(para)) {
      const p = parser.extract(m, para);
      // On a failed extract move on by one character, as chrono does, so a shorter form can still match.
      if (!p) { re.lastIndex = m.index + 1; continue; }
      if (m[0].length === 0) re.lastIndex++;
      const [off, len] = p.span ?? [0, m[0].length];
      const at = start + m.index + off;
      out.push({
        start: at, end: at + len, type: p.type, value: p.value ?? '', rel: p.rel, tod: p.tod, precision: p.precision,
        stated: p.stated ?? !p.rel, anchor: 'none', tags: [`parser/${parser.name}`], sentence: sentenceAt(chunk, at),
      });
    }
  }
}

export function tagTemporal(text: string, sentences: Sentence[], ctx: TemporalContext): TemporalMention[] {
  let drafts: Draft[] = [];
  const english = /^en\b/i.test(ctx.lang ?? '');
  for (let i = 0; i < sentences.length;) {
    let j = i + 1;
    while (j < sentences.length && sentences[j]!.paragraph === sentences[i]!.paragraph && sentences[j]!.start >= sentences[j - 1]!.end) j++;
    propose(text, sentences.slice(i, j), drafts, english);
    i = j;
  }
  const rctx = { reference: ctx.reference, text };
  for (const r of REFINERS) drafts = r.refine(drafts, rctx);
  return drafts.map(d => ({
    start: d.start, end: d.end, text: text.slice(d.start, d.end), type: d.type, value: d.value, precision: d.precision,
    stated: d.stated, anchor: d.anchor, ...(d.range ? { range: d.range } : {}), tags: d.tags,
  }));
}
