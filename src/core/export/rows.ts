// The timeline as the reader sees it: article events and (optionally) knowledge-base context events in one date
// order, grouped by year. Shared by the panel and the exports so they never disagree on order.
import type { ArticleEvent, ContextEvent, Precision, Timeline } from '../types.js';
import { dateSpan, formatDate, precisionOf } from '../format-date.js';

export interface RowDate {
  value: string;
  precision: Precision;
}

export type Row =
  | { kind: 'event'; key: string; date: RowDate | null; event: ArticleEvent }
  | { kind: 'context'; key: string; date: RowDate | null; context: ContextEvent };

export interface YearGroup {
  /** "2017", "2010s"; null for undated rows. */
  label: string | null;
  rows: Row[];
}

export function contextDate(c: ContextEvent): RowDate | null {
  if (c.date.to) return { value: `${c.date.from}/${c.date.to}`, precision: 'range' };
  const precision = precisionOf(c.date.from);
  return precision ? { value: c.date.from, precision } : null;
}

// Undated rows sort last; ties keep article events first, in reading order.
const UNDATED = '\uffff';
const startOf = (d: RowDate | null) => (d && dateSpan(d.value)?.start) || UNDATED;

export function timelineRows(t: Timeline, withContext: boolean): Row[] {
  const rows: Row[] = t.events.map(e => ({ kind: 'event' as const, key: e.id, date: e.date, event: e }));
  if (withContext) for (const c of t.context) rows.push({ kind: 'context', key: `kb:${c.kb}`, date: contextDate(c), context: c });
  const order = (r: Row) => (r.kind === 'event' ? r.event.sentence : Number.MAX_SAFE_INTEGER);
  return rows
    .map((r, i) => ({ r, i, start: startOf(r.date) }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : order(a.r) - order(b.r) || a.i - b.i))
    .map(x => x.r);
}

function groupLabel(d: RowDate | null): string | null {
  const span = d && dateSpan(d.value);
  if (!d || !span) return null;
  // A decade or century is not "in" its first year.
  return d.precision === 'decade' || d.precision === 'century' ? formatDate(d) : span.start.slice(0, 4);
}

export function groupByYear(rows: Row[]): YearGroup[] {
  const groups: YearGroup[] = [];
  for (const row of rows) {
    const label = groupLabel(row.date);
    const last = groups[groups.length - 1];
    if (last && last.label === label) last.rows.push(row);
    else groups.push({ label, rows: [row] });
  }
  return groups;
}
