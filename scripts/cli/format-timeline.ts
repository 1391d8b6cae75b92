import type { Timeline } from '../../src/core/types.js';

/** The timeline as a terminal reader wants it: one line per event, date first. */
export function formatTimeline(t: Timeline): string {
  const lines = [
    `${t.title || '(untitled)'}`,
    `published: ${t.published.date ?? 'unknown'} (${t.published.source})`,
    `Syria-conflict article: ${t.verdict.syriaConflict ? 'yes' : 'no'}${t.verdict.reasons.length ? ` — ${t.verdict.reasons.join(', ')}` : ''}`,
    `${t.events.length} events:`,
  ];
  for (const e of t.events) {
    const date = e.date ? `${e.date.value}${e.date.source === 'kb' ? ' (knowledge base)' : ''}` : 'undated';
    lines.push(`  ${date.padEnd(12)} ${e.status === 'happened' ? '' : `[${e.status}] `}${e.label}`);
  }
  return `${lines.join('\n')}\n`;
}
