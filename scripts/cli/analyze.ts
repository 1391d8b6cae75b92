import { analyzeLine } from '../../src/core/serialize.js';
import type { Timeline } from '../../src/core/types.js';
import { parseArgs, flag } from './args.js';
import { checkDay, readInputs } from './inputs.js';
import { analyseItem } from './analyse-item.js';
import { formatTimeline } from './format-timeline.js';

/** analyze FILE|URL [--published YYYY-MM-DD] [--now ISO] [--full | --text]: one JSON line per item (the contract),
 *  the full Timeline object with --full, or a terminal table with --text. */
export async function analyze(argv: string[], now: string): Promise<void> {
  const { positional, flags } = parseArgs(argv, ['full', 'text']);
  const published = checkDay(flag(flags, 'published'), '--published');
  const { kind, items } = await readInputs(positional[0]);
  for (const item of items) {
    const t: Timeline = analyseItem(item, now, published);
    if (flags.has('text') && kind !== 'jsonl') process.stdout.write(formatTimeline(t));
    else process.stdout.write(`${JSON.stringify(flags.has('full') ? t : analyzeLine(item.id, t))}\n`);
  }
}
