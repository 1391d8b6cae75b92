// A dated article event that no phrase linked may still be a knowledge-base event: same kind of event, overlapping
// dates (its own, from the text) and at least two of the same specific actors ("The United States, Russia and Jordan announced a ceasefire …
// on Friday" is the southwest ceasefire of 7–9 July 2017). Such a link is weaker than a named one.
import type { ArticleEvent } from '../types.js';
import type { KnowledgeBase } from '../kb/index.js';
import { endDay, startDay } from './dates.js';

import { family } from './dedupe.js';

/** Entities nearly every Syria article names: sharing them says nothing about which event it is. */
export const GENERIC = new Set(['syria', 'syrian-civil-war', 'syrian-government', 'united-nations']);

const overlap = (a: string, b: { from: string; to?: string }) => {
  const s = startDay(a), e = endDay(a), f = startDay(b.from), t = endDay(b.to ?? b.from);
  return !!(s && e && f && t) && s <= t && e >= f;
};

export function matchKbEvents(events: ArticleEvent[], kb: KnowledgeBase): ArticleEvent[] {
  return events.map(e => {
    // Only a date the text states for the event itself can vouch for identity (not one inherited from a neighbour).
    if (e.kb || !e.date || e.date.precision === 'year' || e.type === 'other' || !e.tags.includes('date/governing-mention')) return e;
    const ids = new Set([...e.participants, ...e.places].map(m => m.id).filter(id => !GENERIC.has(id)));
    const hit = kb.events.filter(k => family(k.type) === family(e.type) && overlap(e.date!.value, k.date) && k.entities.filter(id => ids.has(id)).length >= 2);
    if (hit.length !== 1) return e;
    return { ...e, kb: { id: hit[0]!.id, confidence: 0.5 }, tags: [...e.tags, `kb/${hit[0]!.id}`, 'kb-link/match'] };
  });
}
