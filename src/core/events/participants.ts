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

// Every event asks for the mentions inside its clause and its sentence: a filter over all of a long article's mentions
// per question grew with events × mentions; a start-ordered copy, made once per list, is searched instead.
const byStart = new WeakMap<EntityMention[], { m: EntityMention; i: number }[]>();

/** The mentions of `entities` within [start, end], in their order in `entities`. */
function within(entities: EntityMention[], start: number, end: number): EntityMention[] {
  let sorted = byStart.get(entities);
  if (!sorted) byStart.set(entities, (sorted = entities.map((m, i) => ({ m, i })).sort((a, b) => a.m.start - b.m.start || a.i - b.i)));
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.m.start < start) lo = mid + 1; else hi = mid;
  }
  const out: { m: EntityMention; i: number }[] = [];
  for (let k = lo; k < sorted.length && sorted[k]!.m.start <= end; k++) if (sorted[k]!.m.end <= end) out.push(sorted[k]!);
  return out.sort((a, b) => a.i - b.i).map(x => x.m);
}

export function mentionsIn(entities: EntityMention[], start: number, end: number, kb: KnowledgeBase, day: string | null): { participants: EntityMention[]; places: EntityMention[] } {
  const inside = within(entities, start, end);
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
