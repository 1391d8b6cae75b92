import * as chrono from 'chrono-node';
import type { Sentence, TemporalContext, TemporalMention } from '../types.js';

// Placeholder: chrono-node per sentence. Issue #3 replaces this with our own parsers and refiners.
export function tagTemporal(text: string, sentences: Sentence[], ctx: TemporalContext): TemporalMention[] {
  const out: TemporalMention[] = [];
  const ref = ctx.reference ? new Date(`${ctx.reference}T12:00:00Z`) : undefined;
  for (const s of sentences) {
    for (const r of chrono.parse(text.slice(s.start, s.end), ref)) {
      const c = r.start;
      const y = c.get('year'), m = c.get('month'), d = c.get('day');
      const precision = c.isCertain('day') || c.isCertain('weekday') ? 'day' : c.isCertain('month') ? 'month' : 'year';
      const pad = (n: number | null) => String(n ?? 0).padStart(2, '0');
      const value = precision === 'day' ? `${y}-${pad(m)}-${pad(d)}` : precision === 'month' ? `${y}-${pad(m)}` : `${y}`;
      out.push({
        start: s.start + r.index, end: s.start + r.index + r.text.length, text: r.text, type: 'DATE', value, precision,
        stated: c.isCertain('year'), anchor: c.isCertain('year') ? 'none' : 'document', tags: ['parser/chrono'],
      });
    }
  }
  return out;
}
