import { Readability } from '@mozilla/readability';
import type { Article } from './types.js';
import { joinParagraphs, paragraphsFromText } from './paragraphs.js';
import { blockTexts } from './block-texts.js';
import { flattenDeepWrappers } from './flatten-deep.js';

const RTL_LANGS = /^(ar|fa|he|ur|ps|ug|yi|ckb|dv)\b/i;

/** Extracts the article body with Readability, run on a clone because it mutates the DOM it is given. */
export function extractArticle(doc: Document, url: string | null): Article {
  const clone = doc.cloneNode(true) as Document;
  if (clone.documentElement) flattenDeepWrappers(clone.documentElement);
  const parsed = new Readability(clone, { serializer: (el: Node) => el, keepClasses: false }).parse();
  const lang = normaliseLang(parsed?.lang ?? doc.documentElement?.getAttribute('lang') ?? null);
  const dir = (parsed?.dir === 'rtl' || parsed?.dir === 'ltr') ? parsed.dir : (lang && RTL_LANGS.test(lang) ? 'rtl' : null);
  const root = parsed?.content as unknown as Element | null | undefined;
  const blocks = root ? blockTexts(root) : [];
  const fallback = blocks.length === 0;
  const { text, paragraphs } = fallback ? paragraphsFromText(doc.body?.textContent ?? '') : joinParagraphs(blocks);
  return {
    url,
    title: (parsed?.title || doc.title || '').trim(),
    text,
    paragraphs,
    lang,
    dir,
    byline: parsed?.byline?.trim() || null,
    siteName: parsed?.siteName?.trim() || null,
    excerpt: parsed?.excerpt?.trim() || null,
    source: fallback ? 'page-text' : 'readability',
  };
}

/** Builds an Article from plain text (CLI, JSON Lines, tests). */
export function articleFromText(input: { text: string; title?: string | null; url?: string | null; lang?: string | null }): Article {
  const { text, paragraphs } = paragraphsFromText(input.text);
  const lang = normaliseLang(input.lang ?? null);
  return {
    url: input.url ?? null,
    title: (input.title ?? '').trim(),
    text,
    paragraphs,
    lang,
    dir: lang && RTL_LANGS.test(lang) ? 'rtl' : null,
    byline: null,
    siteName: null,
    excerpt: null,
    source: 'text',
  };
}

function normaliseLang(lang: string | null): string | null {
  const l = lang?.trim().replace('_', '-');
  return l ? l : null;
}
