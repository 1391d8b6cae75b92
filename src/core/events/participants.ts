// The actors and places an event's words name: entity mentions inside its span, one per entity. Where the linker
// offers several entities for one span ("UN Syria envoy"), those valid on the article's date are kept; a mention
// inside a longer one ("Syria" in "UN Syria envoy") yields to it.
import type { EntityMention } from '../types.js';
import type { KnowledgeBase } from '../kb/index.js';

function validOn(kb: KnowledgeBase, id: string, day: string | null): boolean {
  const e = kb.entities.find(x => x.id === id);
  if (!e || !day) return true;
  const from = e.valid.from ?? '', to = e.valid.to ?? '';
  return (!from || from.slice(0, day.length) <= day) && (!to || day.slice(0, to.length) <= to);
}

export function mentionsIn(entities: EntityMention[], start: number, end: number, kb: KnowledgeBase, day: string | null): { participants: EntityMention[]; places: EntityMention[] } {
  const inside = entities.filter(m => m.start >= start && m.end <= end);
  const kept = inside.filter(m => !inside.some(o => o !== m && o.id !== m.id && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
  const bySpan = kept.filter(m => {
    const rivals = kept.filter(o => o.start === m.start && o.end === m.end && o.id !== m.id);
    return !rivals.length || validOn(kb, m.id, day) && rivals.filter(o => validOn(kb, o.id, day)).length === 0;
  });
  const participants: EntityMention[] = [], places: EntityMention[] = [];
  for (const m of bySpan) {
    const list = m.kind === 'place' ? places : participants;
    if (!list.some(x => x.id === m.id)) list.push(m);
  }
  return { participants, places };
}
