// The only module that knows the order of the stages:
// extract article → publication date → detect → sentences → dates → entities → events → timeline.
// The stages run as a generator that yields the name of the stage about to run (inside the events stage, before
// each sentence): the content script drives it and gives the page's main thread back at stage boundaries and every
// few milliseconds within a stage (no task over 50 ms, docs/performance.md), the bench times each stage, and
// analyzeDocument/analyzeArticle drain it at once.
import { isProbablyReaderable } from '@mozilla/readability';
import type { Article, PublishedDate, Timeline } from './types.js';
import { detectPage } from './detect-page.js';
import { extractArticle } from './extract-article.js';
import { findPublishedDate } from './published-date/index.js';
import { splitSentences } from './split-sentences.js';
import { tagTemporal } from './temporal/index.js';
import { eventSteps } from './extract-events.js';
import { buildTimeline } from './build-timeline.js';
import { linkEntities, prepareLinker } from './link-entities.js';
import { KB } from './kb/index.js';
import { pageSignals } from './page-signals.js';

export interface AnalyzeOptions {
  /** The clock, as an ISO date or date-time: no date after it can be a publication date. */
  now: string;
  /** A publication date known from elsewhere (CLI flag, JSON Lines field); it overrides what the page says. */
  published?: string | null;
}

export type StageName = 'extract' | 'published' | 'detect' | 'sentences' | 'dates' | 'entities' | 'events' | 'timeline';
export const STAGES: readonly StageName[] = ['extract', 'published', 'detect', 'sentences', 'dates', 'entities', 'events', 'timeline'];

/** The analysis one step at a time: each yield names the step about to run (a stage, or one sentence of events). */
export type AnalysisSteps = Generator<StageName, Timeline, void>;

type Signals = { description?: string | null; keywords?: string | null; ogType?: string | null; jsonLdTypes?: string[]; readerable?: boolean };

/** Full analysis of a live or parsed page. */
export function analyzeDocument(doc: Document, url: string | null, opts: AnalyzeOptions): Timeline {
  return drain(documentSteps(doc, url, opts));
}

/** Analysis from an extracted article and its publication date (the CLI's text and JSON Lines inputs start here). */
export function analyzeArticle(article: Article, published: PublishedDate, signals: Signals = {}): Timeline {
  return drain(articleSteps(article, published, signals));
}

export function* documentSteps(doc: Document, url: string | null, opts: AnalyzeOptions): AnalysisSteps {
  yield 'extract';
  const article = extractArticle(doc, url);
  yield 'published';
  const published = opts.published ? givenPublished(opts.published) : findPublishedDate(doc, url, opts);
  yield 'detect';
  const signals = { ...pageSignals(doc), readerable: isProbablyReaderable(doc) };
  return yield* articleSteps(article, published, signals);
}

export function* articleSteps(article: Article, published: PublishedDate, signals: Signals = {}): AnalysisSteps {
  yield 'detect';
  const verdict = detectPage({ url: article.url, title: article.title, text: article.text, byline: article.byline, ...signals });
  yield 'sentences';
  const sentences = splitSentences(article.text, article.paragraphs, article.lang);
  yield 'dates';
  const mentions = tagTemporal(article.text, sentences, { reference: published.date, lang: article.lang });
  yield 'entities';
  prepareLinker(KB);
  yield 'entities';
  const entities = linkEntities(article.text, KB, { date: published.date });
  yield 'events';
  const found = eventSteps({ text: article.text, sentences, mentions, entities, published, kb: KB });
  let step = found.next();
  while (!step.done) {
    yield 'events';
    step = found.next();
  }
  yield 'timeline';
  const parts = buildTimeline({ text: article.text, events: step.value, entities, published, kb: KB });
  return { title: article.title, url: article.url, lang: article.lang, dir: article.dir, published, verdict, ...parts };
}

/** Runs a stepwise computation to its end at once. */
export function drain<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** A publication date given by the caller (CLI flag, JSON Lines field). */
export function givenPublished(date: string | null | undefined): PublishedDate {
  return date ? { date, source: 'given', confidence: 'high', evidence: [] } : { date: null, source: 'none', confidence: 'none', evidence: [] };
}
