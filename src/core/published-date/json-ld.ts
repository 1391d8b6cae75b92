// JSON-LD (schema.org): datePublished / dateCreated / uploadDate and dateModified, found anywhere in the tree
// (@graph, mainEntity, arrays). Types that are not the page's own content (comments, offers, events, people) are
// skipped: their dates are not the article's. Unparseable blocks (CMS templates leave trailing commas) fall back to
// a key search.
import type { Candidate, Role } from './candidate.js';
import { parseMachineDate } from './dates.js';

const KEYS: Record<string, Role> = { datePublished: 'published', dateCreated: 'published', uploadDate: 'published', dateModified: 'modified' };
const FOREIGN = /^(Comment|Answer|Question|Review|Rating|Offer|AggregateOffer|Event|Person|Organization|Place|ImageObject|Product)$/;
// An embedded VideoObject's uploadDate is the video's, often older than the article around it.
const ARTICLE = /Article|Posting|Report|Blog|Episode|Recipe|CreativeWork/;

export function jsonLdDates(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const text = script.textContent ?? '';
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      const type = /"@type"\s{0,5}:\s{0,5}"(\w+)"/.exec(text)?.[1] ?? 'unparsed';
      for (const m of text.matchAll(/"(datePublished|dateCreated|uploadDate|dateModified)"\s{0,5}:\s{0,5}"([^"]{6,40})"/g)) add(out, m[1]!, m[2]!, type);
      continue;
    }
    walk(data, out);
  }
  return out;
}

function walk(root: unknown, out: Candidate[]): void {
  const stack: unknown[] = [root];
  let seen = 0;
  while (stack.length && seen++ < 5000) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
      continue;
    }
    if (!node || typeof node !== 'object') continue;
    const obj = node as Record<string, unknown>;
    const type = [obj['@type']].flat().map(String).join(',');
    if (type.split(',').some(t => FOREIGN.test(t))) continue;
    for (const key of Object.keys(KEYS)) {
      const v = obj[key];
      if (typeof v === 'string') add(out, key, v, type || 'untyped');
    }
    const children = Object.entries(obj).filter(([k, v]) => v && typeof v === 'object' && k !== 'comment' && k !== 'review').map(([, v]) => v);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

function add(out: Candidate[], key: string, value: string, type: string): void {
  const d = parseMachineDate(value);
  if (!d) return;
  out.push({ source: `json-ld/${key}`, date: d.date, raw: `${type}: ${value}`.slice(0, 120), role: KEYS[key]!, order: out.length, article: ARTICLE.test(type) });
}
