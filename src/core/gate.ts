// The always-on gate's decision, over cheap page signals only. Bundled into the gate content script, so it must stay
// tiny (≤ 5 KB gzipped with its glue): no knowledge base, no Readability. Placeholder until issue #4's lexicon lands.
export interface GateSignals {
  url: string;
  title: string;
  description: string;
  keywords: string;
  ogType: string;
  jsonLdTypes: string[];
  /** The first paragraphs' text (a few thousand characters at most). */
  lead: string;
}

const SYRIA = /\b(syria|syrian|damascus|aleppo|idlib|assad|astana)\b/i;

export function gateVerdict(s: GateSignals): { pass: boolean; score: number } {
  const score = (SYRIA.test(s.title) ? 2 : 0) + (SYRIA.test(s.description) ? 1 : 0) + (SYRIA.test(s.lead) ? 1 : 0);
  return { pass: score >= 2, score };
}
