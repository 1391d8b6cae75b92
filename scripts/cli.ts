// Node CLI over the same core the extension runs. JSON formats: docs/json-contract.md.
import { CliError } from './cli/errors.js';
import { analyze } from './cli/analyze.js';
import { detect } from './cli/detect.js';
import { published } from './cli/published.js';
import { te3 } from './cli/te3.js';

const USAGE = `usage: npm run cli -- <command> …
  analyze FILE|URL [--published YYYY-MM-DD] [--now ISO] [--full|--text]
                                                                    timeline: one JSON line per item (--full: the whole
                                                                    Timeline object; --text: a table for the terminal)
  detect FILE|URL                                                   verdict, score, reasons (JSON Lines)
  published ITEMS.jsonl                                             {id, published, source} per {id, url, file} item
  te3 IN_DIR OUT_DIR                                                TIMEX3-tag TempEval-3 .tml documents`;

const COMMANDS: Record<string, (argv: string[], now: string) => Promise<void>> = { analyze, detect, published, te3 };

async function main(): Promise<void> {
  const [name, ...argv] = process.argv.slice(2);
  const run = name ? COMMANDS[name] : undefined;
  if (!run) {
    process.stderr.write(`${name ? `unknown command: ${name}\n` : ''}${USAGE}\n`);
    process.exit(2);
  }
  const i = argv.indexOf('--now');
  // The CLI is where the clock is read; the core only ever receives it as a parameter.
  const now = i >= 0 && argv[i + 1] ? argv.splice(i, 2)[1]! : new Date().toISOString();
  await run(argv, now);
}

main().catch((e: unknown) => {
  process.stderr.write(`error: ${e instanceof CliError ? e.message : (e as Error)?.message ?? String(e)}\n`);
  process.exit(1);
});
