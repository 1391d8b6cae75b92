// Validity on a date (field notes §0 item 10: explainers are pinned to the article's date). Dates in the knowledge
// base have the precision the sources give ("2017", "2017-07", "2017-07-07") and compare at the coarser one.
import type { KbValidity } from '../types.js';

/** a ≤ b for ISO dates of any precision, compared at the coarser one ("2017-07" ≤ "2017-07-10" and vice versa). */
export function onOrBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) <= b.slice(0, n);
}

/** True when the entity was current on `date`. */
export function coversDate(valid: KbValidity, date: string): boolean {
  return (!valid.from || onOrBefore(valid.from, date)) && (!valid.to || onOrBefore(date, valid.to));
}
