// The temporal tagger: small parsers propose mentions per sentence, ordered refiners resolve them (configuration.ts).
import type { Sentence, TemporalContext, TemporalMention } from '../types.js';
import type { Draft, ParseContext } from './draft.js';
import { PARSERS, REFINERS } from './configuration.js';

export { detectTense } from './tense.js';

function propose(s: Sentence, ctx: ParseContext): Draft[] {
  const out: Draft[] = [];
  for (const parser of PARSERS) {
    const re = parser.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      const p = parser.extract(m, s.text, ctx);
      // On a failed extract move on by one character, as chrono does, so a shorter form can still match.
      if (!p) { re.lastIndex = m.index + 1; continue; }
      if (m[0].length === 0) re.lastIndex++;
      const [off, len] = p.span ?? [0, m[0].length];
      out.push({
        start: s.start + m.index + off, end: s.start + m.index + off + len, type: p.type, value: p.value ?? '', rel: p.rel, tod: p.tod,
        precision: p.precision, stated: p.stated ?? !p.rel, anchor: 'none', tags: [`parser/${parser.name}`], sentence: s,
      });
    }
  }
  return out;
}

export function tagTemporal(text: string, sentences: Sentence[], ctx: TemporalContext): TemporalMention[] {
  const pctx: ParseContext = { reference: ctx.reference };
  let drafts: Draft[] = [];
  for (const s of sentences) drafts.push(...propose(s, pctx));
  const rctx = { reference: ctx.reference, text };
  for (const r of REFINERS) drafts = r.refine(drafts, rctx);
  return drafts.map(d => ({
    start: d.start, end: d.end, text: text.slice(d.start, d.end), type: d.type, value: d.value, precision: d.precision,
    stated: d.stated, anchor: d.anchor, ...(d.range ? { range: d.range } : {}), tags: d.tags,
  }));
}
