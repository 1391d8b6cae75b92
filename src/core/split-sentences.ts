import type { Sentence, Span } from './types.js';

// Intl.Segmenter follows UAX #29 but breaks after abbreviations such as "U.S." or "Gen." that news text is full of;
// a break is dropped when the text before it ends with one of these and the next sentence starts in lower case
// or with a capitalised name that commonly follows the title.
const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|Pres|Prof|St|Jr|Sr|No|Vol|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|approx)\.|\b(?:[A-Z]\.){2,})\s*$/;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(lang: string | null): Intl.Segmenter {
  const key = lang ?? 'en';
  let s = segmenters.get(key);
  if (!s) {
    try { s = new Intl.Segmenter(key, { granularity: 'sentence' }); } catch { s = new Intl.Segmenter('en', { granularity: 'sentence' }); }
    segmenters.set(key, s);
  }
  return s;
}

/** Splits each paragraph into sentences with offsets into `text`. */
export function splitSentences(text: string, paragraphs: Span[], lang: string | null = null): Sentence[] {
  const out: Sentence[] = [];
  const segmenter = segmenterFor(lang);
  paragraphs.forEach((p, paragraph) => {
    let pending: Span | null = null;
    for (const seg of segmenter.segment(text.slice(p.start, p.end))) {
      const start = p.start + seg.index;
      const end = start + seg.segment.length;
      if (pending && !ABBREVIATION.test(text.slice(pending.start, pending.end))) {
        push(out, text, pending, paragraph);
        pending = null;
      }
      pending = pending ? { start: pending.start, end } : { start, end };
    }
    if (pending) push(out, text, pending, paragraph);
  });
  return out;
}

function push(out: Sentence[], text: string, span: Span, paragraph: number): void {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ index: out.length, start, end, text: text.slice(start, end), paragraph });
}
