import { detectLine } from '../../src/core/serialize.js';
import { parseArgs } from './args.js';
import { readInputs } from './inputs.js';
import { analyseItem } from './analyse-item.js';

/** detect FILE|URL: verdict, score and reasons, one JSON line per item. */
export async function detect(argv: string[], now: string): Promise<void> {
  const { positional } = parseArgs(argv);
  const { items } = await readInputs(positional[0]);
  for (const item of items) process.stdout.write(`${JSON.stringify(detectLine(item.id, analyseItem(item, now).verdict))}\n`);
}
