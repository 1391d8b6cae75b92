import type { ArticleEvent, EntityMention, PublishedDate, Sentence, TemporalMention } from './types.js';
import type { KnowledgeBase } from './kb/index.js';

export interface EventInput {
  text: string;
  sentences: Sentence[];
  mentions: TemporalMention[];
  entities: EntityMention[];
  published: PublishedDate;
  kb: KnowledgeBase;
}

// Placeholder: one event per dated sentence, labelled by the sentence. Issue #5 replaces it.
export function extractEvents({ sentences, mentions }: EventInput): ArticleEvent[] {
  const events: ArticleEvent[] = [];
  for (const s of sentences) {
    const m = mentions.find(x => x.start >= s.start && x.end <= s.end && x.type === 'DATE' && x.precision);
    if (!m || !m.precision) continue;
    events.push({
      id: `e${events.length + 1}`,
      label: s.text.length > 120 ? `${s.text.slice(0, 117)}…` : s.text,
      type: 'other',
      status: 'happened',
      trigger: { start: m.start, end: m.end, text: m.text },
      date: { value: m.value, precision: m.precision, source: m.stated ? 'text' : 'inferred', mention: { start: m.start, end: m.end, text: m.text } },
      participants: [],
      places: [],
      evidence: { start: s.start, end: s.end, text: s.text },
      sentence: s.index,
      tags: ['placeholder'],
    });
  }
  return events;
}
