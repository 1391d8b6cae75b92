// Triggers no date governs, in a sentence with no date of its own (beside its dates, a KB date would be a second,
// unstated one: "The talks … pave the way for Feb. 8 negotiations in Geneva" is not a Geneva round). A named
// knowledge-base event is the sentence's event ("In Astana peace talks, Russia, Turkey and Iran tried …"); else its
// first finite, typed event, or a present-tense statement ("The Observatory says …").
import type { Sentence } from '../types.js';
import type { KnowledgeBase } from '../kb/index.js';
import { detectTense } from '../temporal/index.js';
import { typeOf, type FoundEvent, type SentenceAnalysis } from './find-events.js';
import { eventStatus } from './status.js';
import { linkKbEvent } from './kb-link.js';

export function undatedEvents(s: Sentence, a: SentenceAnalysis, kb: KnowledgeBase, article: string, ref: string | null): FoundEvent[] {
  if (a.events.some(e => e.date)) return [];
  const out: FoundEvent[] = [];
  let main = true;
  for (const t of a.rest) {
    if (t.quoted || t.form === 'infinitive' && !t.speech) continue;
    const ci = a.cs.findIndex(c => t.start >= c.start && t.start < c.end);
    const c = a.cs[ci]!;
    const status = eventStatus(t, s.text.slice(c.start, t.start), s.text);
    const e: FoundEvent = { trigger: t, type: typeOf(t, a.triggers.filter(x => x.start >= c.start && x.start < c.end)), status, clause: ci, at: t.start, date: null, weak: true };
    const past = detectTense(s.text, t.start) === 'past';
    const link = linkKbEvent(kb, s.text.slice(c.start, c.end), s.text, article, null, ref, status, past, { start: t.start - c.start, end: t.end - c.start, type: e.type });
    if (link && (link.how === 'alias' || t.form === 'nominal' || t.light)) { out.push(e); main = false; continue; }
    // "Previous similar ceasefires have failed to hold": trying and failing report an event only with a date or a name.
    const eventive = t.form === 'finite' && !t.base && !t.speech && e.type !== 'other' && !/^(?:fail|try|continue)$/.test(t.lemma);
    const presentStatement = t.speech && t.form === 'finite' && detectTense(s.text, t.start) === 'present';
    if (main && (eventive || presentStatement)) { out.push(e); main = false; }
  }
  return out;
}
