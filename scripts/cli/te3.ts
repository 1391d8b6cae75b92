// te3 IN_DIR OUT_DIR: TIMEX3-tags the <TEXT> of each TempEval-3 .tml with the temporal engine (reference = the DCT).
import fs from 'node:fs';
import path from 'node:path';
import type { Sentence, Span, TemporalContext } from '../../src/core/types.js';
import { splitSentences } from '../../src/core/split-sentences.js';
import { tagTemporal } from '../../src/core/temporal/index.js';
import { CliError } from './errors.js';

/** What a TE3 writer needs from a tagger: spans into the text with a TIMEX3 type and value. */
export type Te3Tagger = (text: string, sentences: Sentence[], ctx: TemporalContext) => (Span & { type: string; value: string })[];

export interface Te3Document {
  /** The .tml source with the inside of <TEXT> replaced by a marker. */
  before: string;
  after: string;
  /** <TEXT> content without any tags (entities kept as written). */
  text: string;
  reference: string | null;
}

export function readTe3(xml: string): Te3Document | null {
  const m = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml);
  if (!m) return null;
  const dct = /<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml)?.[0];
  const value = dct ? /\bvalue="(\d{4}-\d\d-\d\d)/.exec(dct)?.[1] ?? null : null;
  const start = m.index + '<TEXT>'.length;
  return { before: xml.slice(0, start), after: xml.slice(start + m[1]!.length), text: m[1]!.replace(/<[^>]*>/g, ''), reference: value };
}

export function sentencesOf(text: string): Sentence[] {
  const paragraphs: Span[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  return splitSentences(text, paragraphs, 'en');
}

export function writeTe3(doc: Te3Document, tagger: Te3Tagger): string {
  const mentions = tagger(doc.text, sentencesOf(doc.text), { reference: doc.reference, lang: 'en' }).sort((a, b) => a.start - b.start);
  let body = '', last = 0, n = 0;
  for (const x of mentions) {
    if (x.start < last) continue;
    body += doc.text.slice(last, x.start) + `<TIMEX3 tid="t${++n}" type="${x.type}" value="${x.value}">` + doc.text.slice(x.start, x.end) + '</TIMEX3>';
    last = x.end;
  }
  return doc.before + body + doc.text.slice(last) + doc.after;
}

/** Tags every .tml of inDir into outDir; returns the number of documents. */
export function tagTe3Dir(inDir: string, outDir: string, tagger: Te3Tagger): number {
  if (!fs.existsSync(inDir) || !fs.statSync(inDir).isDirectory()) throw new CliError(`te3: not a directory: ${inDir}`);
  fs.mkdirSync(outDir, { recursive: true });
  let n = 0;
  for (const f of fs.readdirSync(inDir).filter(x => x.endsWith('.tml')).sort()) {
    const doc = readTe3(fs.readFileSync(path.join(inDir, f), 'utf8'));
    if (!doc) throw new CliError(`te3: no <TEXT> in ${f}`);
    fs.writeFileSync(path.join(outDir, f), writeTe3(doc, tagger));
    n++;
  }
  return n;
}

/** te3 IN_DIR OUT_DIR */
export async function te3(argv: string[], _now: string): Promise<void> {
  const [inDir, outDir] = argv;
  if (!inDir || !outDir) throw new CliError('usage: te3 IN_DIR OUT_DIR');
  const n = tagTe3Dir(inDir, outDir, tagTemporal);
  process.stderr.write(`te3: tagged ${n} documents into ${outDir}\n`);
}
