import fs from 'node:fs';
import path from 'node:path';
import { CliError } from './errors.js';
import { decodeHtml } from './read-html.js';

/** One unit of CLI input: a JSON Lines item, or a single HTML or text file. */
export interface Item {
  id: string;
  url: string | null;
  title?: string;
  published?: string | null;
  text?: string;
  html?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function checkDay(value: string | null | undefined, what: string): string | null {
  if (value == null || value === '') return null;
  if (!DAY.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw new CliError(`${what}: "${value}" is not a date (expected YYYY-MM-DD)`);
  return value;
}

/** Reads FILE (.html/.htm, .txt, .jsonl) or an http(s) URL into items. */
export async function readInputs(arg: string | undefined): Promise<{ kind: 'jsonl' | 'html' | 'text'; items: Item[] }> {
  if (!arg) throw new CliError('missing input: give an HTML, text or JSON Lines file, or an http(s) URL');
  if (/^https?:\/\//i.test(arg)) return { kind: 'html', items: [{ id: arg, url: arg, html: await fetchPage(arg) }] };
  if (!fs.existsSync(arg)) throw new CliError(`no such file: ${arg}`);
  if (fs.statSync(arg).isDirectory()) throw new CliError(`${arg} is a directory; give a file`);
  const bytes = fs.readFileSync(arg);
  if (/\.jsonl$/i.test(arg)) return { kind: 'jsonl', items: jsonLines(bytes.toString('utf8'), path.dirname(arg)) };
  const id = path.basename(arg);
  if (/\.x?html?$/i.test(arg) || /^\s*<(!doctype|html|head|body)/i.test(bytes.subarray(0, 512).toString('latin1'))) {
    return { kind: 'html', items: [{ id, url: null, html: decodeHtml(bytes) }] };
  }
  const text = bytes.toString('utf8');
  if (!text.trim()) throw new CliError(`${arg} is empty`);
  return { kind: 'text', items: [{ id, url: null, text }] };
}

function jsonLines(body: string, dir: string): Item[] {
  const items: Item[] = [];
  body.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let o: Record<string, unknown>;
    try { o = JSON.parse(line) as Record<string, unknown>; } catch { throw new CliError(`line ${i + 1}: not valid JSON`); }
    if (!o || typeof o !== 'object') throw new CliError(`line ${i + 1}: expected a JSON object`);
    const id = o.id == null ? String(i + 1) : String(o.id);
    const item: Item = { id, url: typeof o.url === 'string' ? o.url : null };
    if (typeof o.title === 'string') item.title = o.title;
    if (typeof o.published === 'string') item.published = checkDay(o.published.slice(0, 10), `line ${i + 1} published`);
    if (typeof o.text === 'string') item.text = o.text;
    if (typeof o.html === 'string') item.html = o.html;
    if (typeof o.file === 'string') {
      const f = path.resolve(dir, o.file);
      if (!fs.existsSync(f)) throw new CliError(`line ${i + 1}: no such file: ${o.file}`);
      item.html = decodeHtml(fs.readFileSync(f));
    }
    if (item.text == null && item.html == null) throw new CliError(`line ${i + 1}: needs "text", "html" or "file"`);
    items.push(item);
  });
  if (!items.length) throw new CliError('the JSON Lines file has no items');
  return items;
}

async function fetchPage(url: string): Promise<string> {
  try {
    const res = await fetch(url);
    if (!res.ok) throw new CliError(`${url}: HTTP ${res.status}`);
    return decodeHtml(new Uint8Array(await res.arrayBuffer()));
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`${url}: could not fetch (${(e as Error).message}); save the page and pass the file instead`);
  }
}
