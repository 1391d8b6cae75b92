// Writes demo/iran-syria-ceasefire.html: the seed article (../shared/seed) wrapped as a news page whose metadata carries
// its publication date, as the outlet's page did. Rerun after the seed changes; the output is committed.
import fs from 'node:fs';
import path from 'node:path';

const seed = path.resolve(import.meta.dirname, '../../shared/seed');
const gold = JSON.parse(fs.readFileSync(path.join(seed, 'gold-timeline.json'), 'utf8')) as { title: string; published: string };
const lines = fs.readFileSync(path.join(seed, 'article.txt'), 'utf8').split('\n').map(l => l.trim()).filter(Boolean);
// The first two lines are the outlet's breadcrumb and headline; the rest are the body paragraphs.
const body = lines.slice(2);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: gold.title, datePublished: `${gold.published}T09:00:00Z` });
const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(gold.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${esc(body[0] ?? '')}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(gold.title)}">
<meta property="article:published_time" content="${gold.published}T09:00:00Z">
<script type="application/ld+json">${ld}</script>
<style>body{font:18px/1.6 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#222}nav{font:14px sans-serif;color:#666}</style>
</head>
<body>
<nav>Home › News › Top Stories</nav>
<article>
<h1>${esc(gold.title)}</h1>
<p class="byline">Published <time datetime="${gold.published}">${gold.published}</time></p>
${body.map(p => `<p>${esc(p)}</p>`).join('\n')}
</article>
</body>
</html>
`;
fs.mkdirSync(path.resolve(import.meta.dirname, '../demo'), { recursive: true });
fs.writeFileSync(path.resolve(import.meta.dirname, '../demo/iran-syria-ceasefire.html'), html);
