// Links an article event to a knowledge-base event: by a KB alias in its clause ("Geneva VII"), by an ordinal round
// of a named series ("the seventh round of UN-sponsored talks" → geneva round 7), or, for an undated series mention
// ("In Astana peace talks, …"), by the round the tense points to: the latest before publication for the past,
// the one under way or next for the present and the future.
import type { EventStatus, EventType, KbEvent } from '../types.js';
import { family } from './dedupe.js';
import type { KnowledgeBase } from '../kb/index.js';
import { endDay, startDay } from './dates.js';

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first', 'twenty-second'];
const ORDINAL = /\b([a-z]+(?:-[a-z]+)?|\d{1,2}(?:st|nd|rd|th))\s+(?:round|session|meeting|edition)\b/gi;
const ROUND_NOUN = /\b(?:talks|round|negotiations|meeting|process|conference|summit|format)\b/i;

// An alias links only near the event's trigger ("a meeting … at the G20 summit in Hamburg"), and never when it is
// also an entity's name ("Tahrir al-Sham" names the group, not the day it was formed).
const NEAR = 25;

/** Per knowledge base, computed once: the aliases that may link (lower-cased), each event's first and last day,
 *  the numbered rounds in date order and a test per series name. */
interface Index {
  aliases: { event: KbEvent; alias: string }[];
  /** Alias positions in `aliases` by their first four letters (every alias has more than three). */
  byPrefix: Map<string, number[]>;
  span: Map<KbEvent, { from: string; to: string }>;
  rounds: KbEvent[];
  series: Map<string, RegExp>;
  /** Alias hits per clause text: every trigger of a clause asks about the same text. */
  hits: Map<string, { event: KbEvent; at: number; len: number }[]>;
}
const indexes = new WeakMap<KnowledgeBase, Index>();
function indexOf(kb: KnowledgeBase): Index {
  let ix = indexes.get(kb);
  if (!ix) {
    const names = new Set(kb.entities.flatMap(e => [e.name, ...e.aliases]).map(a => a.toLowerCase()));
    const aliases = kb.events.flatMap(event => event.aliases.map(a => a.toLowerCase()).filter(a => a.length > 3 && !names.has(a)).map(alias => ({ event, alias })));
    const span = new Map(kb.events.map(e => [e, { from: startDay(e.date.from) ?? '', to: endDay(e.date.to ?? e.date.from) ?? '' }]));
    const rounds = kb.events.filter(e => e.series && e.round != null).sort((a, b) => span.get(a)!.from.localeCompare(span.get(b)!.from));
    const series = new Map(rounds.map(e => [e.series!, new RegExp(`\\b${e.series!.split('-').join('[\\s-]+')}\\b`, 'i')]));
    const byPrefix = new Map<string, number[]>();
    aliases.forEach(({ alias }, i) => {
      const key = alias.slice(0, 4);
      byPrefix.set(key, [...byPrefix.get(key) ?? [], i]);
    });
    ix = { aliases, byPrefix, span, rounds, series, hits: new Map() };
    indexes.set(kb, ix);
  }
  return ix;
}

function aliasHits(ix: Index, clause: string): { event: KbEvent; at: number; len: number }[] {
  let hits = ix.hits.get(clause);
  if (!hits) {
    // Each alias's first occurrence, in alias order, as an indexOf per alias would give, found by looking up the
    // four letters at each position: an indexOf of every alias in every clause was a quarter of the events stage.
    const lower = clause.toLowerCase();
    const first = new Map<number, number>();
    for (let at = 0; at + 4 <= lower.length; at++) {
      for (const i of ix.byPrefix.get(lower.slice(at, at + 4)) ?? []) {
        if (!first.has(i) && lower.startsWith(ix.aliases[i]!.alias, at)) first.set(i, at);
      }
    }
    hits = [...first].sort((a, b) => a[0] - b[0]).map(([i, at]) => ({ event: ix.aliases[i]!.event, at, len: ix.aliases[i]!.alias.length }));
    if (ix.hits.size > 500) ix.hits.clear();
    ix.hits.set(clause, hits);
  }
  return hits;
}

export interface KbLink {
  event: KbEvent;
  confidence: number;
  how: 'alias' | 'round' | 'latest';
}

function ordinalIn(text: string): number | null {
  ORDINAL.lastIndex = 0;
  for (let m = ORDINAL.exec(text); m; m = ORDINAL.exec(text)) {
    const w = m[1]!.toLowerCase();
    const n = /^\d/.test(w) ? parseInt(w, 10) : ORDINALS.indexOf(w) + 1;
    if (n > 0) return n;
  }
  return null;
}


const DAY_MS = 86_400_000;
/** Whether a text date (if any) fits the KB event's days, three days either way (rounds slip, reports lag). */
function fits(ix: Index, e: KbEvent, date: string | null): boolean {
  if (!date) return true;
  const a = startDay(date), b = endDay(date), { from, to } = ix.span.get(e)!;
  if (!a || !b || !from || !to) return true;
  return Date.parse(a) <= Date.parse(to) + 3 * DAY_MS && Date.parse(b) >= Date.parse(from) - 3 * DAY_MS;
}

/**
 * clause: the text reporting the event; sentence and article: wider context naming the series.
 * date: the event's date from the text, if any; published: the reference date; tense of the event's verb.
 */
export function linkKbEvent(kb: KnowledgeBase, clause: string, sentence: string, article: string, date: string | null,
  published: string | null, status: EventStatus, past: boolean, trigger?: { start: number; end: number; type?: EventType }): KbLink | null {
  const ix = indexOf(kb);
  const seriesNamed = (series: string, text: string) => ix.series.get(series)?.test(text) ?? false;
  for (const { event: e, at: i, len } of aliasHits(ix, clause)) {
    // Near the trigger, and either naming it ("the fall of the Assad regime") or of its kind: "interim president"
    // near "visits the White House" is not the day he was named.
    const covers = !!trigger && i <= trigger.start && i + len >= trigger.end;
    const near = !trigger || i <= trigger.end + NEAR && i + len >= trigger.start - NEAR && (covers || !trigger.type || family(trigger.type) === family(e.type));
    if (near && fits(ix, e, date)) return { event: e, confidence: 0.9, how: 'alias' };
  }
  if (!ROUND_NOUN.test(clause)) return null;
  const n = ordinalIn(clause);
  if (n != null) {
    const same = ix.rounds.filter(e => e.round === n && fits(ix, e, date));
    const pick = (text: string) => same.filter(e => seriesNamed(e.series!, text));
    const here = pick(sentence), there = pick(article);
    if (here.length === 1) return { event: here[0]!, confidence: 0.9, how: 'round' };
    if (there.length === 1) return { event: there[0]!, confidence: 0.75, how: 'round' };
    if (same.length === 1 && date) return { event: same[0]!, confidence: 0.6, how: 'round' };
    return null;
  }
  // A named series without an ordinal: only from the clause itself, and only with a publication date to pick a round.
  const named = ix.rounds.filter(e => seriesNamed(e.series!, clause));
  if (!named.length || !published) return null;
  const ref = published;
  if (date) {
    const hit = named.filter(e => fits(ix, e, date));
    return hit.length === 1 ? { event: hit[0]!, confidence: 0.7, how: 'latest' } : null;
  }
  const span = (e: KbEvent) => ix.span.get(e)!;
  const current = named.find(e => span(e).from <= ref && span(e).to >= ref);
  if (current) return { event: current, confidence: 0.7, how: 'latest' };
  if (past && status === 'happened') {
    const last = named.filter(e => span(e).to < ref).pop();
    return last ? { event: last, confidence: 0.6, how: 'latest' } : null;
  }
  const next = named.find(e => span(e).from > ref);
  return next ? { event: next, confidence: 0.5, how: 'latest' } : null;
}

/**
 * A month and day without a year: the tagger reads the latest one before publication for a past event, but a clause
 * naming a knowledge-base event of that month and day in an earlier year means that one ("Israel has intensified its
 * raids since the Gaza war erupted on October 7", in November 2024, is 7 October 2023). Returns the KB day, or null.
 */
export function kbYear(kb: KnowledgeBase, clause: string, date: string, published: string | null): string | null {
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const ix = indexOf(kb);
  const hit = aliasHits(ix, clause).map(h => ix.span.get(h.event)!.from)
    .find(from => from.length === 10 && from.slice(4) === date.slice(4) && from < date && from <= published);
  return hit ?? null;
}
