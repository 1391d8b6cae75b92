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

// Each term requires a word of plain letters ("syri", "damas", "tahrir al-sham"): a text holding none of them cannot
// match, and a substring search for them costs no compilation, while compiling the alternation was most of the gate's
// time on the pages it rejects (docs/performance.md). Every alternative's longest required run is kept, and one that
// opens the alternative must also open a word, as the regex demands. (lexicon.test.ts keeps every run ≥ 3 letters.)
interface Word { text: string; opens: boolean }

/** A pattern's top-level alternatives. */
export function alternatives(p: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cls = false;
  let cur = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '\\') {
      cur += c + (p[i + 1] ?? '');
      i++;
      continue;
    }
    if (cls) cls = c !== ']';
    else if (c === '[') cls = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  out.push(cur);
  return out;
}

/** The longest run of plain characters an alternative requires, outside groups and classes; a character a quantifier
 * makes optional ends the run before it. */
export function requiredWord(alt: string): Word | null {
  let best: Word | null = null;
  let run = '';
  let opens = false;
  let boundary = true; // at the alternative's start, or just after a "\\b"
  let depth = 0;
  let cls = false;
  const end = () => {
    if (run.length > (best?.text.length ?? 0)) best = { text: run, opens };
    run = '';
  };
  for (let i = 0; i < alt.length; i++) {
    const c = alt[i]!;
    if (cls || depth > 0) {
      if (c === '\\') i++;
      else if (cls) cls = c !== ']';
      else if (c === '(') depth++;
      else if (c === ')') depth--;
      continue;
    }
    let lit = c;
    const wasBoundary = boundary;
    boundary = false;
    if (c === '\\') {
      lit = alt[++i] ?? '';
      if (lit === 'b' && !run) {
        boundary = true;
        continue;
      }
      if (/[a-z0-9]/i.test(lit)) lit = '';
    } else if (c === '[') cls = true;
    else if (c === '(') depth = 1;
    if (c === '[' || c === '(' || '.^$?*+{}|)'.includes(c)) lit = '';
    const next = alt[i + 1];
    if (!lit || next === '?' || next === '*' || next === '{') {
      end();
      continue;
    }
    if (!run) opens = wasBoundary;
    run += lit;
    if (next === '+') end();
  }
  end();
  return best;
}

const WORDS = data.terms.flatMap(t => alternatives(t).map(requiredWord));

function holds(t: string, w: Word | null): boolean {
  if (!w) return true;
  for (let i = t.indexOf(w.text); i >= 0; i = t.indexOf(w.text, i + 1)) {
    const before = t.charCodeAt(i - 1);
    if (!w.opens || !(before >= 97 && before <= 122)) return true;
  }
  return false;
}

const names = (s: string) => NAMES.test(s.toLowerCase());
// Page types that are never news (schema.org); the detector rejects them too.
const NOT_NEWS = /^(?:Recipe|Product|Book|Movie|SoftwareApplication|JobPosting)$/;

export function gateVerdict(s: GateSignals): { pass: boolean; score: number } {
  if (s.jsonLdTypes.some(t => NOT_NEWS.test(t))) return { pass: false, score: 0 };
  const lead = s.lead.slice(0, GATE_LEAD_CHARS);
  // One scan of all the signals for the required words; the regex only runs (and is only compiled) when one is there.
  const all = `${s.title}\n${s.url}\n${s.description}\n${s.keywords}\n${lead}`.toLowerCase();
  if (!WORDS.some(w => holds(all, w))) return { pass: false, score: 0 };
  const score =
    (names(s.title) ? 2 : 0) +
    (names(s.url) ? 1 : 0) +
    (names(s.description) || names(s.keywords) ? 1 : 0) +
    (names(lead) ? 1 : 0);
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
