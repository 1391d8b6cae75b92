// The publication date of a page: each extractor proposes dated evidence, the resolver weighs it (resolve.ts).
import type { PublishedDate } from '../types.js';
import type { Candidate } from './candidate.js';
import { numericOrder } from './dates.js';
import { jsonLdDates } from './json-ld.js';
import { metaDates } from './meta.js';
import { pageText } from './page-text.js';
import { resolve } from './resolve.js';
import { textDates } from './text-dates.js';
import { timeElementDates } from './time-element.js';
import { urlDates, urlMonth } from './url.js';
import { datelineDates } from './visible-dateline.js';

export function pageLang(doc: Document): string | null {
  const lang = (doc.documentElement?.getAttribute('lang') || null)
    ?? doc.querySelector('meta[http-equiv="content-language"], meta[http-equiv="Content-Language"]')?.getAttribute('content')
    ?? doc.querySelector('meta[property="og:locale"]')?.getAttribute('content');
  return lang ? lang.trim().replace('_', '-').toLowerCase() : null;
}

/** Every piece of dated evidence on the page, before weighing. */
export function collectEvidence(doc: Document, url: string | null): { candidates: Candidate[]; urlMonth: string | null } {
  const page = pageText(doc);
  const order = numericOrder(page.text.slice(0, 50_000), pageLang(doc));
  // The canonical URL often keeps the dated path that a short or tracking URL lost.
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? null;
  const fromUrl = urlDates(url);
  const candidates = [
    ...jsonLdDates(doc),
    ...metaDates(doc),
    ...timeElementDates(doc, order),
    ...(fromUrl.length ? fromUrl : urlDates(canonical)),
    ...datelineDates(doc, order),
    ...textDates(page, order),
  ];
  return { candidates, urlMonth: urlMonth(url) ?? (fromUrl.length ? null : urlMonth(canonical)) };
}

export function findPublishedDate(doc: Document, url: string | null, opts: { now: string }): PublishedDate {
  const { candidates, urlMonth } = collectEvidence(doc, url);
  return resolve(candidates, { now: opts.now.slice(0, 10), urlMonth });
}
