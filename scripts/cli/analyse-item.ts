import { analyzeArticle, analyzeDocument, givenPublished } from '../../src/core/pipeline.js';
import { articleFromText } from '../../src/core/extract-article.js';
import type { Timeline } from '../../src/core/types.js';
import { parseDocument } from './read-html.js';
import { CliError } from './errors.js';
import type { Item } from './inputs.js';

/** Runs the pipeline on one item: HTML through the full page pipeline, text through the article pipeline. */
export function analyseItem(item: Item, now: string, published?: string | null): Timeline {
  const given = published ?? item.published ?? null;
  if (item.html != null) {
    if (!item.html.trim()) throw new CliError(`${item.id}: the HTML is empty`);
    return analyzeDocument(parseDocument(item.html), item.url, { now, published: given });
  }
  const text = item.text ?? '';
  if (!text.trim()) throw new CliError(`${item.id}: the text is empty`);
  return analyzeArticle(articleFromText({ text, title: item.title ?? null, url: item.url }), givenPublished(given));
}
