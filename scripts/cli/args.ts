import { CliError } from './errors.js';

/** Splits argv into positional arguments and --flags (--flag value, or --flag alone for booleans). */
export function parseArgs(argv: string[], booleans: string[] = []): { positional: string[]; flags: Map<string, string | true> } {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) { positional.push(a); continue; }
    const name = a.slice(2);
    if (booleans.includes(name)) { flags.set(name, true); continue; }
    const v = argv[i + 1];
    if (v == null || v.startsWith('--')) throw new CliError(`--${name} needs a value`);
    flags.set(name, v);
    i++;
  }
  return { positional, flags };
}

export function flag(flags: Map<string, string | true>, name: string): string | null {
  const v = flags.get(name);
  return typeof v === 'string' ? v : null;
}
