import { analyzeLine } from '../../src/core/serialize.js';
import type { Timeline } from '../../src/core/types.js';
import { parseArgs, flag } from './args.js';
import { checkDay, readInputs } from './inputs.js';
import { analyseItem } from './analyse-item.js';
import { formatTimeline } from './format-timeline.js';

/** analyze FILE|URL [--published YYYY-MM-DD] [--now ISO] [--json] */
export async function analyze(argv: string[], now: string): Promise<void> {
  const { positional, flags } = parseArgs(argv, ['json']);
  const published = checkDay(flag(flags, 'published'), '--published');
  const { kind, items } = await readInputs(positional[0]);
  for (const item of items) {
    const t: Timeline = analyseItem(item, now, published);
    if (kind === 'jsonl' || flags.has('json')) process.stdout.write(`${JSON.stringify(kind === 'jsonl' ? analyzeLine(item.id, t) : t)}\n`);
    else process.stdout.write(formatTimeline(t));
  }
}
