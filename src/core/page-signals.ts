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
  const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content') ?? null;
  const jsonLdTypes: string[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    for (const m of (s.textContent ?? '').matchAll(/"@type"\s*:\s*"([A-Za-z]+)"/g)) if (m[1]) jsonLdTypes.push(m[1]);
  }
  return {
    description: meta('meta[name="description"]') ?? meta('meta[property="og:description"]'),
    keywords: meta('meta[name="keywords"]') ?? meta('meta[name="news_keywords"]'),
    ogType: meta('meta[property="og:type"]'),
    jsonLdTypes,
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
