/** Cheap page-level signals the detector weighs: meta description/keywords, og:type, JSON-LD @type values. */
export function pageSignals(doc: Document): { description: string | null; keywords: string | null; ogType: string | null; jsonLdTypes: string[] } {
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
  };
}
