// The always-on gate's decision, over cheap page signals only. Bundled into the gate content script, so it must stay
// tiny (≤ 5 KB gzipped with its glue): no knowledge base, no Readability, one precompiled regex. It favours recall:
// the detector (detect-page.ts) only accepts a page that this gate passes, and makes the precise decision.
// detect/gate-terms.json: regex fragments over lower-case text. The first are written by hand (Syria in several languages
// and scripts, the main names, broad on purpose); the rest are the detector lexicon's anchor variants those do not
// cover, so the gate passes every page the detector could accept (test/core/detect/lexicon.test.ts checks it).
import data from './detect/gate-terms.json';

export interface GateSignals {
  url: string;
  title: string;
  description: string;
  keywords: string;
  ogType: string;
  jsonLdTypes: string[];
  /** The first paragraphs' text: the glue must pass at least the first GATE_LEAD_CHARS characters. */
  lead: string;
}

/** How much of the opening text the gate reads (the detector checks the same span). */
export const GATE_LEAD_CHARS = 1500;

// Lower case, without the `i` flag, run on lower-cased text: V8 compiles it several times faster so (the gate runs
// on every page of the listed sites; docs/performance.md).
const NAMES = new RegExp(`(?<![a-z])(?:${data.terms.join('|')})`);
const names = (s: string) => NAMES.test(s.toLowerCase());
// Page types that are never news (schema.org); the detector rejects them too.
const NOT_NEWS = /^(?:Recipe|Product|Book|Movie|SoftwareApplication|JobPosting)$/;

export function gateVerdict(s: GateSignals): { pass: boolean; score: number } {
  if (s.jsonLdTypes.some(t => NOT_NEWS.test(t))) return { pass: false, score: 0 };
  const score =
    (names(s.title) ? 2 : 0) +
    (names(s.url) ? 1 : 0) +
    (names(s.description) || names(s.keywords) ? 1 : 0) +
    (names(s.lead.slice(0, GATE_LEAD_CHARS)) ? 1 : 0);
  return { pass: score > 0, score };
}

/** Reads the gate's signals from a live page: head metadata and the first paragraphs, nothing more (no layout, no walk). */
export function readGateSignals(doc: Document, url: string): GateSignals {
  const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content') ?? '';
  const jsonLdTypes: string[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 5)) {
    for (const m of (s.textContent ?? '').slice(0, 20000).matchAll(/"@type"\s*:\s*"([A-Za-z]+)"/g)) if (m[1]) jsonLdTypes.push(m[1]);
  }
  let lead = doc.querySelector('h1')?.textContent ?? '';
  // A live collection: only the first few paragraphs are visited, where querySelectorAll would list the whole page's.
  const paragraphs = doc.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length && lead.length < GATE_LEAD_CHARS; i++) lead += `\n${paragraphs[i]?.textContent ?? ''}`;
  return {
    url,
    title: doc.title,
    description: meta('meta[name="description"]') || meta('meta[property="og:description"]'),
    keywords: meta('meta[name="keywords"]') || meta('meta[name="news_keywords"]'),
    ogType: meta('meta[property="og:type"]'),
    jsonLdTypes,
    lead,
  };
}
