// Rules on our own sources, checked in CI (issue 8, field notes §3.2 item 1): nothing parses a string as markup or
// code. Preact renders text as text nodes; the built bundles are scanned in test/e2e/bundle.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIRS = ['src', 'content-scripts', 'popup', 'scripts', 'bench'];

function files(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.(?:ts|tsx|js|mjs|html)$/.test(e.name) ? [p] : [];
  });
}

/** Line and block comments out, so a comment naming an API is no use of it. */
const code = (src: string) => src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\'"`])\/\/.*$/gm, '$1');

const RULES: [string, RegExp][] = [
  ['markup from a string', /\.(?:inner|outer)HTML\b|\binsertAdjacentHTML\b|\bdangerouslySetInnerHTML\b|\bcreateContextualFragment\b|\bsrcdoc\b/],
  ['code from a string', /\beval\s*\(|\bnew\s+Function\s*\(|\b(?:setTimeout|setInterval)\s*\(\s*["'`]|\bdocument\.write(?:ln)?\s*\(/],
  ['a script element', /createElement\s*\(\s*["'`]script["'`]/],
];

describe('own sources', () => {
  const all = DIRS.flatMap(d => files(path.join(ROOT, d)));

  it('are found', () => {
    expect(all.length).toBeGreaterThan(50);
  });

  it.each(RULES)('never build %s', (_, rule) => {
    const hits = all.flatMap(f => code(fs.readFileSync(f, 'utf8')).split('\n').flatMap((line, i) => rule.test(line) ? [`${path.relative(ROOT, f)}:${i + 1}: ${line.trim()}`] : []));
    expect(hits).toEqual([]);
  });
});
