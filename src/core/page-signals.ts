import { readGateSignals } from './gate.js';

// Cheap page-level signals the detector weighs: meta description/keywords, og:type, JSON-LD @type values, and
// structure hints that tell a section front (many headline links, mostly link text) from an article.

export interface PageSignals {
  description: string | null;
  keywords: string | null;
  ogType: string | null;
  jsonLdTypes: string[];
  /** Share of the body's text that sits inside links (0–1). */
  linkDensity: number;
  /** Links inside h1–h4 headings. */
  headlineLinks: number;
}

/** Enough links to judge the density on a huge page without walking all of them. */
const MAX_LINKS = 3000;

export function pageSignals(doc: Document): PageSignals {
  // The same metadata the always-on gate read, so gate and detector judge the same page.
  const g = readGateSignals(doc, '');
  return {
    description: g.description || null,
    keywords: g.keywords || null,
    ogType: g.ogType || null,
    jsonLdTypes: g.jsonLdTypes,
    linkDensity: linkDensity(doc),
    headlineLinks: doc.querySelectorAll('h1 a[href], h2 a[href], h3 a[href], h4 a[href]').length,
  };
}

function linkDensity(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  const total = squeeze(body.textContent ?? '').length;
  if (!total) return 0;
  let linked = 0;
  const links = body.querySelectorAll('a');
  for (let i = 0; i < links.length && i < MAX_LINKS; i++) linked += squeeze(links[i]?.textContent ?? '').length;
  return Math.min(1, linked / total);
}

const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim();
