// The bench's page set: real HTML pages (the demo, the publication-date fixtures, a sample of ../shared/eval/pubdate),
// the news fixtures' real texts set in an ordinary news-page template (header, nav, related links, footer — what
// Readability has to cut away), and two long articles made of those texts (~5,000 and ~20,000 words).
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
const EVAL_PUBDATE = path.join(ROOT, '../shared/eval/pubdate');

export type PageGroup = 'demo' | 'pubdate-fixture' | 'pubdate-eval' | 'news' | 'long';

export interface BenchPage {
  id: string;
  group: PageGroup;
  /** The page's original address: the core reads it (URL dates, detection); the browser gets the page from our server. */
  url: string | null;
  /** The page's bytes, served as they are (pages declare their own charset). */
  body: () => Buffer;
  /** For the news items: the fixture's label (a Syria-conflict article or not). */
  positive?: boolean;
}

interface TextItem { id: string; url: string | null; title: string; published: string | null; text: string }

const readJsonl = <T>(file: string): T[] =>
  fs.readFileSync(file, 'utf8').split('\n').filter(l => l.trim()).map(l => JSON.parse(l) as T);

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A news page around `paragraphs`: the chrome a real site has, so extraction does real work. */
export function newsPage(title: string, published: string | null, paragraphs: string[]): string {
  const links = (n: number, prefix: string) =>
    Array.from({ length: n }, (_, i) => `<li><a href="/${prefix}/${i}">${prefix} story ${i + 1}: more from the region</a></li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta name="description" content="${esc(paragraphs[0]?.slice(0, 200) ?? '')}">
<meta property="og:type" content="article">
${published ? `<meta property="article:published_time" content="${published}">` : ''}
<style>body{font:18px/1.6 Georgia,serif;max-width:48rem;margin:auto}nav li{display:inline;margin-right:1em}</style>
</head><body>
<header><div class="logo">The Daily Bench</div><nav><ul>${links(20, 'section')}</ul></nav></header>
<main><article>
<h1>${esc(title)}</h1>
<p class="byline">By Staff Reporter${published ? ` · <time datetime="${published}">${published}</time>` : ''}</p>
${paragraphs.map(p => `<p>${esc(p)}</p>`).join('\n')}
</article>
<aside class="related"><h2>Related</h2><ul>${links(12, 'related')}</ul></aside>
<section class="comments"><h2>Comments</h2>${Array.from({ length: 5 }, (_, i) => `<div class="comment"><p>Reader ${i + 1}: thanks for the report.</p></div>`).join('')}</section>
</main>
<footer><ul>${links(15, 'about')}</ul><p>© The Daily Bench</p></footer>
</body></html>`;
}

const paragraphsOf = (text: string) => text.split(/\n\s*\n|\n/).map(s => s.trim()).filter(Boolean);

/** A long article built from the fixtures' real Syria-conflict texts, in order, until it has `words` words. */
function longArticle(words: number, items: TextItem[]): string {
  const out: string[] = [];
  let count = 0;
  for (let round = 0; count < words; round++) {
    for (const it of items) {
      for (const p of paragraphsOf(it.text)) {
        out.push(p);
        count += p.split(/\s+/).length;
        if (count >= words) break;
      }
      if (count >= words) break;
    }
    if (round > 10) break;
  }
  return newsPage(`Syria's war: a long read (${Math.round(words / 1000)}k words)`, '2017-07-10', out);
}

export interface PageSetOptions {
  /** Every n-th page of ../shared/eval/pubdate (0 = none). */
  evalEvery: number;
}

export function pageSet(opts: PageSetOptions): BenchPage[] {
  const pages: BenchPage[] = [];
  const demo = path.join(ROOT, 'demo/iran-syria-ceasefire.html');
  pages.push({ id: 'demo', group: 'demo', url: 'https://www.reuters.com/article/us-mideast-crisis-syria-iran-idUSKBN19V0Z1', body: () => fs.readFileSync(demo) });

  const fixDir = path.join(ROOT, 'test/fixtures/pubdate');
  for (const id of fs.readdirSync(fixDir).filter(f => fs.existsSync(path.join(fixDir, f, 'page.html'))).sort()) {
    const { url } = JSON.parse(fs.readFileSync(path.join(fixDir, id, 'source.json'), 'utf8')) as { url: string };
    pages.push({ id: `pubdate/${id}`, group: 'pubdate-fixture', url, body: () => fs.readFileSync(path.join(fixDir, id, 'page.html')) });
  }

  if (opts.evalEvery > 0 && fs.existsSync(path.join(EVAL_PUBDATE, 'items.jsonl'))) {
    const items = readJsonl<{ id: string; url: string; file: string }>(path.join(EVAL_PUBDATE, 'items.jsonl'));
    const seen = new Set(pages.map(p => p.id.replace('pubdate/', '')));
    items.filter((it, i) => i % opts.evalEvery === 0 && !seen.has(it.id)).forEach(it =>
      pages.push({ id: `eval/${it.id}`, group: 'pubdate-eval', url: it.url, body: () => fs.readFileSync(path.join(EVAL_PUBDATE, it.file)) }));
  }

  const news = readJsonl<TextItem>(path.join(ROOT, 'test/fixtures/news/detect.jsonl'));
  const gold = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/news/detect.gold.json'), 'utf8')) as Record<string, { positive: boolean }>;
  for (const it of news) {
    const html = newsPage(it.title || it.text.slice(0, 80), it.published, paragraphsOf(it.text));
    pages.push({ id: `news/${it.id}`, group: 'news', url: it.url, positive: !!gold[it.id]?.positive, body: () => Buffer.from(html) });
  }

  const syria = [
    ...readJsonl<TextItem>(path.join(ROOT, 'test/fixtures/timelines/seed.jsonl')),
    ...readJsonl<TextItem>(path.join(ROOT, 'test/fixtures/timelines/dev.jsonl')),
    ...news.filter(it => gold[it.id]?.positive && /^en\b/.test(detectLang(it.text))),
  ];
  for (const words of [5000, 20000]) {
    const html = longArticle(words, syria);
    pages.push({ id: `long/${words / 1000}k-words`, group: 'long', url: `https://example.org/2017/07/10/syria-long-read-${words}`, body: () => Buffer.from(html) });
  }
  return pages;
}

/** English or not, by its commonest function words: the long page is an English article. */
function detectLang(text: string): string {
  const en = (text.match(/\b(?:the|and|of|to|in)\b/g) ?? []).length;
  return en * 40 > text.split(/\s+/).length ? 'en' : 'other';
}
