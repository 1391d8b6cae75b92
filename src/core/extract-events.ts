// Events stage: per sentence, the events it reports with the date that governs each (events/find-events.ts);
// then knowledge-base linking, discourse dating for sentences without a date, labels, and one item per event.
// A generator that yields after each sentence and each candidate merged, so the content script can give the page's
// main thread back on a long article (src/core/pipeline.ts drives it; docs/performance.md).
import type { ArticleEvent, EntityMention, PublishedDate, Sentence, TemporalMention } from './types.js';
import type { KnowledgeBase } from './kb/index.js';
import { detectTense } from './temporal/index.js';
import { analyseSentence, type FoundDate, type FoundEvent } from './events/find-events.js';
import { kbYear, linkKbEvent } from './events/kb-link.js';
import { makeLabel, namePronoun } from './events/labels.js';
import { undatedEvents } from './events/undated.js';
import { clauseAt } from './events/clauses.js';
import { kbDate, textDate } from './events/event-date.js';
import { mentionsIn } from './events/participants.js';
import { dedupe, family, type Candidate } from './events/dedupe.js';
import { GENERIC } from './events/kb-match.js';
import { startDay } from './events/dates.js';

export interface EventInput {
  text: string;
  sentences: Sentence[];
  mentions: TemporalMention[];
  entities: EntityMention[];
  published: PublishedDate;
  kb: KnowledgeBase;
}

export function* eventSteps({ text, sentences, mentions, entities, published, kb }: EventInput): Generator<void, ArticleEvent[], void> {
  const ref = published.date;
  const cands: Candidate[] = [];
  let previous: { date: FoundDate; paragraph: number; sentence: number; family: string; ids: Set<string> } | null = null;
  // What "five months after X" counts from when the sentence has no date of its own: the last date, else publication.
  const anchor = (): FoundDate | null => previous?.date ?? (ref ? { value: ref, precision: 'day', how: 'governing-mention', publication: true } : null);

  for (const s of sentences) {
    // This sentence's candidates are those pushed from here on (filtering all of them per sentence was quadratic).
    const firstOfSentence = cands.length;
    const a = analyseSentence(s, mentions, anchor());
    const here = { text: s.text, start: s.start, mentions: mentions.filter(m => m.start >= s.start && m.end <= s.end) };
    const found: FoundEvent[] = [...a.events, ...undatedEvents(s, a, kb, text, ref)];

    for (const f of found) {
      const t = f.trigger;
      // A date with no trigger still has a tense: "The envoy will brief the Council on Thursday" is expected.
      if (!t && f.status === 'happened' && detectTense(s.text, f.at) === 'future') f.status = 'expected';
      const clause = a.cs[f.clause]!;
      const clauseText = s.text.slice(clause.start, clause.end);
      const past = detectTense(s.text, f.at) === 'past';
      const tags: string[] = [t ? `trigger/${t.lemma}` : 'trigger/date-only'];
      let date = textDate(f, here, clause, text, ref, tags);
      const year = date && f.date?.mention && !f.date.mention.stated ? kbYear(kb, clauseText, date.value, ref) : null;
      if (date && year) { date = { ...date, value: year }; tags.push('date/kb-year'); }
      let kbRef: ArticleEvent['kb'];
      const link = linkKbEvent(kb, clauseText, s.text, text, date?.value ?? null, ref, f.status, past,
        t ? { start: t.start - clause.start, end: t.end - clause.start, type: f.type } : undefined);
      if (link) {
        kbRef = { id: link.event.id, confidence: link.confidence };
        tags.push(`kb/${link.event.id}`, `kb-link/${link.how}`);
        if (!date) { date = kbDate(link.event); tags.push('date/kb'); }
      }
      const { participants, places } = mentionsIn(entities, s.start + Math.min(clause.start, f.content?.start ?? clause.start),
        s.start + Math.max(clause.end, f.content?.end ?? 0), kb, ref);
      // The discourse date: the previous sentence's main date, in the same paragraph or, across a paragraph break,
      // for an event that continues the previous one (same kind of event or a shared actor or place).
      const continues = previous && (previous.paragraph === s.paragraph || previous.sentence === s.index - 1 &&
        (previous.family === family(f.type) || [...participants, ...places].some(m => !GENERIC.has(m.id) && previous!.ids.has(m.id))));
      if (!date && f.status === 'happened' && past && previous && continues) {
        date = { value: previous.date.value, precision: previous.date.precision, source: 'discourse' };
        tags.push('date/discourse');
      } else if (!date && t?.speech && t.start > 0 && ref) {
        date = { value: ref, precision: 'day', source: 'publication' };
        tags.push('date/publication');
      }
      let status = f.status;
      if (date && ref && status === 'happened' && (startDay(date.value) ?? '') > ref) status = 'scheduled';
      if (link && status === 'happened' && link.event.date.from > (ref ?? '9999')) status = 'scheduled';
      tags.push(`status/${status}`);
      const named = namePronoun(makeLabel(s.text, a.cs, f.clause, a.datePhrases, f.content, f.speaker), s.text,
        mentionsIn(entities, s.start, s.end, kb, ref).participants.filter(m => m.kind === 'person'));
      const label = named.label;
      if (named.person && !participants.some(p => p.id === named.person!.id)) participants.push(named.person);
      const event: ArticleEvent = {
        id: '', label, type: link?.event.type ?? f.type, status,
        trigger: t ? { start: s.start + t.start, end: s.start + t.end, text: t.text } : { start: s.start + f.at, end: s.start + f.at, text: '' },
        date, participants, places, ...(kbRef ? { kb: kbRef } : {}),
        evidence: { start: s.start, end: s.end, text: s.text }, sentence: s.index, tags,
      };
      const before = t ? s.text.slice(clause.start, t.start) : '';
      const refers = !t || t.form === 'nominal' || t.form === 'ing' || a.triggers.some(x => x.form === 'nominal' && x.start >= clause.start && x.start < (t?.start ?? 0) &&
        /\b(?:the|this|that|these)\s+(?:[\w-]+\s+)?$/i.test(before.slice(0, x.start - clause.start)));
      cands.push({ event, weak: f.weak || !date || date.source !== 'text' && date.source !== 'inferred', refers });
    }
    const own = cands.slice(firstOfSentence).filter(c => c.event.tags.includes('date/governing-mention'));
    if (own.length === 1) own[0]!.sole = true;
    // The discourse date is the sentence's main-clause date, not a backgrounded "after the first one crumbled on Wednesday".
    // A sentence whose main event has no date ("Gulf countries called for calm … since … last year") ends the chain.
    // Background is no lead either: subordinate and relative clauses, and the start of a state ("since October").
    const background = (opener: string | undefined) => /^(?:after|before|since|following|until|ahead of|as|while|when|which|who|that)$/.test(opener ?? '');
    const lead = found.find(e => {
      const m = e.date?.mention;
      if (!e.date || background(a.cs[e.clause]?.opener)) return false;
      return !m || !background(clauseAt(a.cs, m.start - s.start)?.opener) && m.range?.to !== null && !/\bsince\s+(?:\S+\s+)?$/i.test(text.slice(s.start, m.start));
    });
    if (!lead && found.length) previous = null;
    if (lead?.date) {
      const mine = cands.slice(firstOfSentence).flatMap(c => [...c.event.participants, ...c.event.places]).map(m => m.id);
      previous = { date: lead.date, paragraph: s.paragraph, sentence: s.index, family: family(lead.type), ids: new Set(mine) };
    }
    yield;
  }
  return (yield* dedupe(cands)).map((e, i) => ({ ...e, id: `e${i + 1}` }));
}
