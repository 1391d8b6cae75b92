// Runs the article pipeline on one text with a given publication date (the events stage sees real sentences,
// temporal mentions and entity links).
import { analyzeArticle, givenPublished } from '../../../src/core/pipeline.js';
import { articleFromText } from '../../../src/core/extract-article.js';
import type { Timeline } from '../../../src/core/types.js';

export function analyse(text: string, published: string | null): Timeline {
  return analyzeArticle(articleFromText({ text, title: null, url: null }), givenPublished(published));
}

/** Dated events as "value trigger" strings, in timeline order. */
export function dated(t: Timeline): string[] {
  return t.events.filter(e => e.date).map(e => `${e.date!.value} ${e.trigger.text}`);
}
