// An event's date as the timeline carries it: from its governing mention (settled by the event's status, kept to the
// day), or from the knowledge-base event it is linked to. Each records its provenance in `tags`.
import type { EventDate, KbEvent, TemporalMention } from '../types.js';
import type { Clause } from './clauses.js';
import type { FoundEvent } from './find-events.js';
import { settleMonth, settleSince, settleWeekday, settleWeekdayByDate } from './settle.js';
import { detectTense } from '../temporal/index.js';

/** sentence: its text, offset in the article and temporal mentions; text: the article. */
export function textDate(f: FoundEvent, sentence: { text: string; start: number; mentions: TemporalMention[] }, clause: Clause, text: string, ref: string | null,
  tags: string[]): EventDate | null {
  if (!f.date) return null;
  const t = f.trigger;
  // "had been scheduled to open on Monday" looks forward from the past: leave its weekday as the tense put it.
  const futureInPast = !!t && /\b(?:was|were|had)\b/i.test(sentence.text.slice(clause.start, t.start).split(/\s+/).slice(-5).join(' '));
  const past = !!t && t.form === 'finite' && !t.base && (/ed$/i.test(t.text) || detectTense(sentence.text, t.start) === 'past');
  // "are believed to have fled": a perfect infinitive tells a past event too.
  const perfect = !!t && t.form === 'infinitive' && /\bto\s+have\s+$/i.test(sentence.text.slice(0, t.start));
  // A present "begins" in a sentence told in the past ("confirmed that … begins on November 4") is not a past event.
  const present = !!t && /^\w+[^s\W]s\b/i.test(t.text);
  const named = settleWeekdayByDate(f.date, sentence.mentions, ref);
  const settled = futureInPast || named !== f.date ? named : settleMonth(settleWeekday(f.date, f.status, ref, past), f.status, ref, past && !present || perfect);
  const d = f.date.mention ? settleSince(settled, text.slice(sentence.start, f.date.mention.start), ref) : settled;
  if (d !== f.date) tags.push('date/status-settled');
  const m = d.mention;
  // An event is dated to its day: "Saturday night" (…TNI) and "10:35" place it within the day.
  const day = /^\d{4}-\d{2}-\d{2}T/.test(d.value);
  if (day) tags.push('date/day-of-time');
  tags.push(`date/${d.how}`, ...(m?.tags ?? []));
  return {
    value: day ? d.value.slice(0, 10) : d.value, precision: day ? 'day' : d.precision,
    source: d.how === 'governing-mention' && m?.stated ? 'text' : 'inferred',
    ...(m ? { mention: { start: m.start, end: m.end, text: m.text } } : {}),
  };
}

/** The KB event's dates, as "from" or "from/to" (shown as "date from knowledge base"). */
export function kbDate(e: KbEvent): EventDate {
  const { from, to } = e.date;
  return { value: to ? `${from}/${to}` : from, precision: to ? 'range' : from.length === 10 ? 'day' : from.length === 7 ? 'month' : 'year', source: 'kb', kb: e.id };
}
