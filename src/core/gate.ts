// The always-on gate's decision, over cheap page signals only. Bundled into the gate content script, so it must stay
// tiny (≤ 5 KB gzipped with its glue): no knowledge base, no Readability, one precompiled regex. It favours recall:
// the detector (detect-page.ts) only accepts a page that this gate passes, and makes the precise decision.
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

const NAMES = new RegExp(`(?<![a-z])(?:${data.terms.join('|')})`, 'i');
// Page types that are never news (schema.org); the detector rejects them too.
const NOT_NEWS = /^(?:Recipe|Product|Book|Movie|SoftwareApplication|JobPosting)$/;

export function gateVerdict(s: GateSignals): { pass: boolean; score: number } {
  if (s.jsonLdTypes.some(t => NOT_NEWS.test(t))) return { pass: false, score: 0 };
  const score =
    (NAMES.test(s.title) ? 2 : 0) +
    (NAMES.test(s.url) ? 1 : 0) +
    (NAMES.test(s.description) || NAMES.test(s.keywords) ? 1 : 0) +
    (NAMES.test(s.lead.slice(0, GATE_LEAD_CHARS)) ? 1 : 0);
  return { pass: score > 0, score };
}
