// The only module that knows the order of the stages:
// extract article → publication date → detect → sentences → dates → entities → events → timeline.
import { isProbablyReaderable } from '@mozilla/readability';
import type { Article, PublishedDate, Timeline } from './types.js';
import { detectPage } from './detect-page.js';
import { extractArticle } from './extract-article.js';
import { findPublishedDate } from './published-date/index.js';
import { splitSentences } from './split-sentences.js';
import { tagTemporal } from './temporal/index.js';
import { extractEvents } from './extract-events.js';
import { buildTimeline } from './build-timeline.js';
import { linkEntities } from './link-entities.js';
import { KB } from './kb/index.js';
import { pageSignals } from './page-signals.js';

export interface AnalyzeOptions {
  /** The clock, as an ISO date or date-time: no date after it can be a publication date. */
  now: string;
  /** A publication date known from elsewhere (CLI flag, JSON Lines field); it overrides what the page says. */
  published?: string | null;
}

/** Full analysis of a live or parsed page. */
export function analyzeDocument(doc: Document, url: string | null, opts: AnalyzeOptions): Timeline {
  const article = extractArticle(doc, url);
  const published = opts.published ? givenPublished(opts.published) : findPublishedDate(doc, url, opts);
  const signals = pageSignals(doc);
  return analyzeArticle(article, published, { ...signals, readerable: isProbablyReaderable(doc) });
}

/** Analysis from an extracted article and its publication date (the CLI's text and JSON Lines inputs start here). */
export function analyzeArticle(
  article: Article,
  published: PublishedDate,
  signals: { description?: string | null; keywords?: string | null; ogType?: string | null; jsonLdTypes?: string[]; readerable?: boolean } = {},
): Timeline {
  const verdict = detectPage({ url: article.url, title: article.title, text: article.text, byline: article.byline, ...signals });
  const sentences = splitSentences(article.text, article.paragraphs, article.lang);
  const mentions = tagTemporal(article.text, sentences, { reference: published.date, lang: article.lang });
  const entities = linkEntities(article.text, KB, { date: published.date });
  const events = extractEvents({ text: article.text, sentences, mentions, entities, published, kb: KB });
  const parts = buildTimeline({ text: article.text, events, entities, published, kb: KB });
  return { title: article.title, url: article.url, lang: article.lang, dir: article.dir, published, verdict, ...parts };
}

/** A publication date given by the caller (CLI flag, JSON Lines field). */
export function givenPublished(date: string | null | undefined): PublishedDate {
  return date ? { date, source: 'given', confidence: 'high', evidence: [] } : { date: null, source: 'none', confidence: 'none', evidence: [] };
}
