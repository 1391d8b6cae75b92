// Test helper: tag a text the way the pipeline does (paragraphs on blank lines, the project's sentence splitter).
import { splitSentences } from '../../../src/core/split-sentences.js';
import { tagTemporal } from '../../../src/core/temporal/index.js';
import type { Span, TemporalMention } from '../../../src/core/types.js';

export function tag(text: string, reference: string | null): TemporalMention[] {
  const paragraphs: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  return tagTemporal(text, splitSentences(text, paragraphs, 'en'), { reference });
}

/** [extent, value] of each mention: what a table case compares. */
export const found = (text: string, reference: string | null): [string, string][] => tag(text, reference).map(m => [m.text, m.value]);
