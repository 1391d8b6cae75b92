// "Copy as Markdown": the timeline as a list a reader can paste into notes, with the source link and how each
// date was found (inferred dates must stay visibly inferred once copied).
import type { Timeline } from '../types.js';
import { formatEventDate, formatLongDay, relativeHint } from '../format-date.js';
import { dateSourceText } from './describe.js';
import { groupByYear, timelineRows, type Row } from './rows.js';

// Characters that start Markdown syntax inside a line of text.
const MD_SPECIAL = /[\\`*_[\]<>#|~]/g;
const escapeMd = (s: string) => s.replace(MD_SPECIAL, c => `\\${c}`).replace(/\s+/g, ' ').trim();

function rowLines(row: Row, published: string | null): string[] {
  const when = formatEventDate(row.kind === 'event' ? row.event.date : row.date);
  if (row.kind === 'context') {
    return [`- **${when}** — ${escapeMd(row.context.title)} _(background, knowledge base)_`];
  }
  const e = row.event;
  const notes = [relativeHint(e.date, published), e.status === 'happened' ? null : e.status, dateSourceText(e.date)].filter(Boolean);
  return [`- **${when}** — ${escapeMd(e.label)} _(${notes.join('; ')})_`, `  > ${escapeMd(e.evidence.text)}`];
}

export function timelineToMarkdown(t: Timeline, opts: { context?: boolean } = {}): string {
  const lines = [`# ${escapeMd(t.title) || 'Untitled article'}`, ''];
  if (t.url && /^https?:\/\//.test(t.url)) lines.push(`Source: <${t.url.replace(/[<>\s]/g, encodeURIComponent)}>`);
  lines.push(t.published.date ? `Published ${formatLongDay(t.published.date)} (${t.published.source})` : 'Publication date unknown', '');
  for (const g of groupByYear(timelineRows(t, opts.context ?? false))) {
    lines.push(`## ${g.label ?? 'Undated'}`, '');
    for (const row of g.rows) lines.push(...rowLines(row, t.published.date));
    lines.push('');
  }
  lines.push('_Timeline extracted automatically by Syria News Timeline; check dates against the article._', '');
  return lines.join('\n');
}
