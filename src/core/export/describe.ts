// English descriptions of where a date came from, for the exports (the panel has its own translated strings).
import type { EventDate, PublishedDate } from '../types.js';

export function dateSourceText(d: EventDate | null): string {
  if (!d) return 'no date found';
  switch (d.source) {
    case 'text': return 'date stated in the article';
    case 'inferred': return d.mention ? `date inferred from “${d.mention.text.trim()}”` : 'date inferred';
    case 'discourse': return 'date inferred from nearby sentences';
    case 'publication': return 'dated by the publication date';
    case 'kb': return 'date from knowledge base';
  }
}

/** How the publication date was found, in the words the panel header uses. */
export type PublishedSourceKind = 'metadata' | 'url' | 'time' | 'dateline' | 'text' | 'given' | 'other';

export function publishedSourceKind(p: PublishedDate): PublishedSourceKind {
  const s = p.source;
  if (s.startsWith('json-ld') || s.startsWith('meta') || s.startsWith('microdata') || s.startsWith('opengraph')) return 'metadata';
  if (s.startsWith('url')) return 'url';
  if (s.startsWith('time')) return 'time';
  if (s.startsWith('dateline')) return 'dateline';
  if (s.startsWith('text')) return 'text';
  if (s === 'given') return 'given';
  return 'other';
}
