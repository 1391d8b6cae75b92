import { CliError } from './errors.js';

/** te3 IN_DIR OUT_DIR — implemented with the temporal engine (issue #3). */
export async function te3(_argv: string[], _now: string): Promise<void> {
  throw new CliError('te3: not implemented yet');
}
