// Building blocks of the hostile pages: two real-shaped Syria-conflict articles, the page's own watchman (guard.js,
// inlined first) and one page template. Scripts carry a nonce so the CSP pages can keep `default-src 'none'`.
import fs from 'node:fs';
import path from 'node:path';

export const NONCE = 'h0st1le';
// Not helpers.ROOT: helpers imports this module (its server serves these pages).
const ROOT = path.resolve(import.meta.dirname, '../../..');
const GUARD = fs.readFileSync(path.join(import.meta.dirname, 'guard.js'), 'utf8');

export interface Article { title: string; meta: string; article: string }

function articleOf(file: string): Article {
  const html = fs.readFileSync(path.join(ROOT, file), 'utf8');
  return {
    title: /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '',
    meta: [...html.matchAll(/<meta (?:name|property)=[^>]*>|<script type="application\/ld\+json">[^<]*<\/script>/g)].map(m => m[0]).join('\n'),
    article: /<article>[\s\S]*<\/article>/.exec(html)?.[0] ?? '',
  };
}

/** The demo article (Reuters, 2017-07-10: Geneva talks, southwest ceasefire). */
export const CEASEFIRE = articleOf('demo/iran-syria-ceasefire.html');
/** A second one (2024-12-08: the fall of Assad), for single-page navigation and frames. */
export const OFFENSIVE = articleOf('test/e2e/hostile/rebel-offensive.html');

export const script = (js: string) => `<script nonce="${NONCE}">${js}</script>`;

export interface PageParts {
  title?: string;
  meta?: string;
  /** More <head> content (styles, CSP meta). */
  head?: string;
  /** <body> content; the article when not given. */
  body?: string;
  /** The page changes its own DOM after load: the guard skips its before/after snapshot. */
  dynamic?: boolean;
  lang?: string;
}

export function page(p: PageParts, a: Article = CEASEFIRE): string {
  return `<!doctype html>
<html lang="${p.lang ?? 'en'}">
<head>
<meta charset="utf-8">
<script nonce="${NONCE}"${p.dynamic ? ' data-dynamic="1"' : ''}>${GUARD}</script>
<title>${p.title ?? a.title}</title>
${p.meta ?? a.meta}
${p.head ?? ''}
</head>
<body>
${p.body ?? a.article}
</body>
</html>`;
}

/** A one-page PDF whose text mentions Syria (the browser shows it in its viewer, where no extension may run). */
export function pdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    '<< /Length 58 >>\nstream\nBT /F1 12 Tf 20 100 Td (Syria ceasefire talks in Geneva) Tj ET\nendstream',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map(o => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
