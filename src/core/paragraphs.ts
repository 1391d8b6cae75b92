import type { Span } from './types.js';

/** Splits plain text into paragraphs at blank lines (or single newlines), returning the normalised text and spans. */
export function paragraphsFromText(raw: string): { text: string; paragraphs: Span[] } {
  const blocks = raw.replace(/\r\n?/g, '\n').split(/\n\s*\n|\n/).map(b => b.replace(/[ \t\u00a0]+/g, ' ').trim()).filter(Boolean);
  return joinParagraphs(blocks);
}

/** Joins paragraph strings with "\n\n" and records their spans. */
export function joinParagraphs(blocks: string[]): { text: string; paragraphs: Span[] } {
  const paragraphs: Span[] = [];
  let text = '';
  for (const b of blocks) {
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + b.length });
    text += b;
  }
  return { text, paragraphs };
}
