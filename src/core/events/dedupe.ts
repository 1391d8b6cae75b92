// One event mentioned twice is one timeline item. Two reports merge when they name the same knowledge-base event,
// or when one of them is weak (a participle, a noun, an inherited or missing date), both have a related type and
// either the same date or, when one is undated, shared actors; the stronger report keeps its evidence and date.
import type { ArticleEvent, EventType } from '../types.js';
import { endDay, startDay } from './dates.js';

const overlaps = (a: string, b: string) => {
  const s = startDay(a), e = endDay(a), f = startDay(b), t = endDay(b);
  return !!(s && e && f && t) && s <= t && e >= f;
};

const FAMILY: Partial<Record<EventType, string>> = { ceasefire: 'accord', agreement: 'accord', talks: 'talks', meeting: 'talks', attack: 'violence', military: 'violence', casualties: 'violence' };
/** Kinds of event that one event can be reported as (a ceasefire is announced as an agreement). */
export const family = (t: EventType) => FAMILY[t] ?? t;

export interface Candidate {
  event: ArticleEvent;
  weak: boolean;
  /** The only event its sentence dates from its own words: never merged away, so every dated sentence keeps an item
   *  ("Monday's meeting is the largest gathering" stays beside "talks … opened Jan. 23"). */
  sole?: boolean;
  /** Names its event by a definite event noun or is itself a noun or participle: may be a report of another. */
  refers?: boolean;
}

/** Shared actors or places; with `strict`, none named is no evidence. */
function shareActors(a: ArticleEvent, b: ArticleEvent, strict = false): boolean {
  const ids = new Set([...a.participants, ...a.places].map(x => x.id));
  const other = [...b.participants, ...b.places].map(x => x.id);
  if (!ids.size || !other.length) return !strict;
  return other.filter(id => ids.has(id)).length >= Math.min(2, ids.size, new Set(other).size);
}

/** False when both name people and none in common. Asked for every pair of candidates, so without allocating. */
function samePeople(a: ArticleEvent, b: ArticleEvent): boolean {
  if (!a.participants.some(x => x.kind === 'person')) return true;
  let bNames = false;
  for (const y of b.participants) {
    if (y.kind !== 'person') continue;
    bNames = true;
    if (a.participants.some(x => x.kind === 'person' && x.id === y.id)) return true;
  }
  return !bNames;
}

function same(a: Candidate, b: Candidate): boolean {
  // In one sentence, two dates of one day for one kind of event are one event ("We announce today, …" the rebels
  // announced on Sunday (December 8)); otherwise a sentence's events are distinct.
  if (a.event.sentence === b.event.sentence && !a.event.kb && !b.event.kb) {
    // A typeless report ("evacuations will begin … on Wednesday") joins a typed one of the same day.
    const kinds = family(a.event.type) === family(b.event.type) ? a.event.type !== 'other' : a.event.type === 'other' || b.event.type === 'other';
    return !!a.event.date && a.event.date.value === b.event.date?.value && kinds;
  }
  // Reports naming different people are different events ("Erdogan said on Tuesday …" / "Earlier in the day, Shoigu
  // announced …").
  if (!samePeople(a.event, b.event)) return false;
  // Two statements told by their own verbs are two statements, unless one refers back ("The announcement …").
  if (a.event.type === 'statement' && b.event.type === 'statement' && !a.refers && !b.refers) return false;
  const absorbed = rank(a) < rank(b) ? a : rank(b) < rank(a) ? b : null;
  if (absorbed ? absorbed.sole : a.sole || b.sole) return false;
  if (a.event.kb && b.event.kb) return a.event.kb.id === b.event.kb.id;
  if (!a.weak && !b.weak) return false;
  if (family(a.event.type) !== family(b.event.type) || a.event.type === 'other') return false;
  const da = a.event.date?.value, db = b.event.date?.value;
  if (da && db) {
    if (da !== db) return false;
    // A date only inherited from the sentence before ("Government jets bombed the market") names no event of its own:
    // it is the same event only if it refers back or shares an actor or place ("The evacuees departed Douma").
    const inherited = [a, b].find(c => c.event.date?.source === 'discourse');
    return !inherited || !!inherited.refers || shareActors(a.event, b.event, true);
  }
  // An undated finite report is its own event unless it refers back ("The ceasefire was brokered by …").
  const undated = da ? b : a;
  if (!undated.refers) return false;
  return shareActors(a.event, b.event);
}

/** Could be one event though not linked directly: not two strong reports, no clash of dates or knowledge-base ids. */
function compatible(a: Candidate, b: Candidate): boolean {
  if (!a.weak && !b.weak || a.event.kb && b.event.kb && a.event.kb.id !== b.event.kb.id) return false;
  const da = a.event.date?.value, db = b.event.date?.value;
  return !(da && db && da !== db) && !(a.sole && rank(b) >= rank(a)) && !(b.sole && rank(a) >= rank(b));
}

/** Strength order: a dated report beats an undated one, a strong beats a weak, a date from the text beats one from the KB. */
function rank(c: Candidate): number {
  const d = c.event.date;
  return (d ? 8 : 0) + (c.weak ? 0 : 4) + (d && d.source !== 'kb' ? 2 : 0) + (c.event.type !== 'other' ? 1 : 0);
}

/** A generator that yields after each candidate: grouping compares it with every group so far, which on a long
 *  article is tens of milliseconds in all, and the content script gives the page its thread back in between. */
export function* dedupe(cands: Candidate[]): Generator<void, ArticleEvent[], void> {
  const groups: Candidate[][] = [];
  for (const c of cands) {
    // Every member must agree, so two strong reports never meet through a weak one in between.
    const g = groups.find(g => g.some(x => same(x, c)) && g.every(x => same(x, c) || compatible(x, c)));
    if (g) g.push(c); else groups.push([c]);
    yield;
  }
  // A report dated only by the knowledge base joins the text-dated report of the same KB event wherever it stands.
  const best = (g: Candidate[]) => [...g].sort((a, b) => rank(b) - rank(a))[0]!.event;
  for (let i = groups.length - 1; i >= 0; i--) {
    const b = best(groups[i]!);
    if (b.date?.source !== 'kb' || !b.kb) continue;
    // … or the text-dated report of its own sentence that falls within its dates ("launched … in February 2018").
    const within = (e: ArticleEvent) => e.sentence === b.sentence && family(e.type) === family(b.type) && !!e.date && overlaps(e.date.value, b.date!.value);
    const home = groups.findIndex((g, j) => j !== i && best(g).date?.source !== 'kb' && (g.some(c => c.event.kb?.id === b.kb!.id) || within(best(g))));
    if (home >= 0) { groups[home]!.push(...groups[i]!); groups.splice(i, 1); }
  }
  return groups.map(g => {
    const [best, ...others] = [...g].sort((a, b) => rank(b) - rank(a) || a.event.evidence.start - b.event.evidence.start);
    const e = best!.event;
    for (const o of others) {
      for (const p of o.event.participants) if (!e.participants.some(x => x.id === p.id)) e.participants.push(p);
      for (const p of o.event.places) if (!e.places.some(x => x.id === p.id)) e.places.push(p);
      if (!e.kb && o.event.kb) { e.kb = o.event.kb; e.tags.push(`kb/${o.event.kb.id}`); }
      e.tags.push(`dedupe/also-sentence-${o.event.sentence}`);
    }
    return e;
  });
}
