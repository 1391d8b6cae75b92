import { findPublishedDate } from '../../src/core/published-date/index.js';
import { parseArgs } from './args.js';
import { readInputs } from './inputs.js';
import { parseDocument } from './read-html.js';

/** published ITEMS.jsonl: one {id, published, source} line per {id, url, file} item. */
export async function published(argv: string[], now: string): Promise<void> {
  const { positional } = parseArgs(argv);
  const { items } = await readInputs(positional[0]);
  for (const item of items) {
    const p = item.html != null ? findPublishedDate(parseDocument(item.html), item.url, { now }) : null;
    process.stdout.write(`${JSON.stringify({ id: item.id, published: p?.date ?? null, source: p?.source ?? 'none', confidence: p?.confidence ?? 'none' })}\n`);
  }
}
