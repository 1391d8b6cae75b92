// Explainers pinned to a date (field notes §0 item 10): an entity's summary is true as of `valid.from`; its
// timeline entries split into what a reader on date D already knew and what happened later.
import type { KbEntity, KbValidity } from '../types.js';

/** a ≤ b for ISO dates of any precision, compared at the coarser one ("2017-07" ≤ "2017-07-10" and vice versa). */
export function onOrBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) <= b.slice(0, n);
}

/** True when the entity was current on `date`. */
export function coversDate(valid: KbValidity, date: string): boolean {
  return (!valid.from || onOrBefore(valid.from, date)) && (!valid.to || onOrBefore(date, valid.to));
}

export interface EntityAsOf {
  summary: string;
  /** Timeline entries on or before the date, oldest first. */
  known: { date: string; text: string }[];
  /** Entries after the date: "later" context, never presented as the state on that date. */
  later: { date: string; text: string }[];
  /** Whether the entity existed yet, was current, or had ended on that date. */
  status: 'not-yet' | 'current' | 'ended';
}

/** The entity as a reader on `date` knew it; with no date, everything counts as known. */
export function entityAsOf(e: KbEntity, date: string | null): EntityAsOf {
  const timeline = [...(e.timeline ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (!date) return { summary: e.summary, known: timeline, later: [], status: 'current' };
  const known = timeline.filter(t => onOrBefore(t.date, date));
  const later = timeline.filter(t => !onOrBefore(t.date, date));
  const status = e.valid.from && !onOrBefore(e.valid.from, date) ? 'not-yet' : e.valid.to && !onOrBefore(date, e.valid.to) ? 'ended' : 'current';
  return { summary: e.summary, known, later, status };
}
