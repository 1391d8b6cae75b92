import type { DateEvidence, PublishedDate } from './types.js';

// Placeholder resolver: JSON-LD datePublished, common meta tags, <time datetime>, URL. Issue #9 replaces it with
// one extractor per evidence source and a weighing resolver.
const META = ['article:published_time', 'datePublished', 'pubdate', 'date', 'DC.date.issued', 'parsely-pub-date', 'sailthru.date'];

export function findPublishedDate(doc: Document, url: string | null, opts: { now: string }): PublishedDate {
  const evidence: DateEvidence[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const m = /"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})/.exec(s.textContent ?? '');
    if (m?.[1]) evidence.push({ source: 'json-ld/datePublished', date: m[1], raw: m[0] });
  }
  for (const name of META) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const m = /(\d{4}-\d{2}-\d{2})/.exec(el?.getAttribute('content') ?? '');
    if (m?.[1]) evidence.push({ source: `meta/${name}`, date: m[1], raw: el!.getAttribute('content')! });
  }
  const t = doc.querySelector('time[datetime]');
  const tm = /(\d{4}-\d{2}-\d{2})/.exec(t?.getAttribute('datetime') ?? '');
  if (tm?.[1]) evidence.push({ source: 'time[datetime]', date: tm[1], raw: t!.getAttribute('datetime')! });
  const um = url ? /\/(20\d{2}|19\d{2})[/-](\d{2})[/-](\d{2})\//.exec(url) : null;
  if (um) evidence.push({ source: 'url', date: `${um[1]}-${um[2]}-${um[3]}`, raw: um[0] });
  const best = evidence.find(e => e.date <= opts.now.slice(0, 10));
  return best
    ? { date: best.date, source: best.source, confidence: best.source === 'url' ? 'medium' : 'high', evidence }
    : { date: null, source: 'none', confidence: 'none', evidence };
}
