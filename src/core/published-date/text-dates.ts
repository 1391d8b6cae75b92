// Dates written in the page's text: those next to the headline (a dateline without a telling class name) and,
// for pages with nothing better, every date on the page (the resolver looks at how often each one recurs).
import type { Candidate } from './candidate.js';
import { findDates, type Order } from './dates.js';
import type { PageText } from './page-text.js';
import { NOT_THE_ARTICLE, roleOf } from './roles.js';

// The window around the headline where a short line with a date is its dateline (above it: kicker, date line; below:
// byline). Accuracy is flat for 100–250 characters before and 400–600 after.
const BEFORE_HEADLINE = 250;
const NEAR_HEADLINE = 400;
const LINE = 160;
const MAX_DATES = 300;
/** Dates past the first 100k characters are comments and archives, and scanning them costs time. */
const MAX_SCAN = 100_000;

/** Length of the block (paragraph, list item, cell …) holding offset i: a dateline is a short line, a body sentence is not. */
function lineLength(text: string, i: number): number {
  const start = text.lastIndexOf('\n', i);
  const end = text.indexOf('\n', i);
  return (end < 0 ? text.length : end) - start;
}

export function textDates(page: PageText, order: Order | null): Candidate[] {
  const out: Candidate[] = [];
  const { text, headlineEnd } = page;
  for (const f of findDates(text.slice(0, MAX_SCAN), order, false).slice(0, MAX_DATES)) {
    const before = text.slice(Math.max(0, f.index - 40), f.index);
    if (NOT_THE_ARTICLE.test(before)) continue;
    const near = headlineEnd >= 0 && f.index >= headlineEnd - BEFORE_HEADLINE && f.index < headlineEnd + NEAR_HEADLINE && lineLength(text, f.index) <= LINE;
    out.push({ source: near ? 'text/headline' : 'text', date: f.date, raw: `${before.replace(/\s+/g, ' ').trimStart()}${f.raw}`.slice(-80), role: roleOf(before), order: out.length });
  }
  return out;
}
