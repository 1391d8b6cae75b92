import type { Span } from './types.js';

/** Splits plain text into paragraphs at blank lines (or single newlines), returning the normalised text and spans. */
export function paragraphsFromText(raw: string): { text: string; paragraphs: Span[] } {
  const blocks = raw.replace(/\r\n?/g, '\n').split(/\n\s*\n|\n/).map(b => b.replace(/[ \t\u00a0]+/g, ' ').trim()).filter(Boolean);
  return joinParagraphs(blocks);
}

/** Most text analysed: news articles run under 60,000 characters, and the events stage grows faster than the text
 *  (1 MB took 10 s, a 5 MB page minutes; test/e2e/hostile huge-text-5mb), so a huge page is read up to here. */
export const MAX_TEXT_CHARS = 200_000;

/** Joins paragraph strings with "\n\n" and records their spans, stopping at MAX_TEXT_CHARS (whole paragraphs). */
export function joinParagraphs(blocks: string[]): { text: string; paragraphs: Span[] } {
  const paragraphs: Span[] = [];
  let text = '';
  for (const block of blocks) {
    const room = MAX_TEXT_CHARS - text.length - (text ? 2 : 0);
    if (room <= 0 || block.length > room && text) break;
    const b = block.slice(0, room);
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + b.length });
    text += b;
  }
  return { text, paragraphs };
}
