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
let names: { kb: KnowledgeBase; set: Set<string> } | null = null;
function entityNames(kb: KnowledgeBase): Set<string> {
  if (names?.kb !== kb) names = { kb, set: new Set(kb.entities.flatMap(e => [e.name, ...e.aliases]).map(a => a.toLowerCase())) };
  return names.set;
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

const seriesNamed = (series: string, text: string) => new RegExp(`\\b${series.replace(/[^a-z0-9]/gi, '')}\\b`, 'i').test(text);

/** Whether a text date (if any) fits the KB event's dates, a few days either way (rounds slip, reports lag). */
function fits(e: KbEvent, date: string | null): boolean {
  if (!date) return true;
  const a = startDay(date), b = endDay(date), from = startDay(e.date.from), to = endDay(e.date.to ?? e.date.from);
  if (!a || !b || !from || !to) return true;
  const slack = 3 * 86_400_000;
  return Date.parse(a) <= Date.parse(to) + slack && Date.parse(b) >= Date.parse(from) - slack;
}

/**
 * clause: the text reporting the event; sentence and article: wider context naming the series.
 * date: the event's date from the text, if any; published: the reference date; tense of the event's verb.
 */
export function linkKbEvent(kb: KnowledgeBase, clause: string, sentence: string, article: string, date: string | null,
  published: string | null, status: EventStatus, past: boolean, trigger?: { start: number; end: number; type?: EventType }): KbLink | null {
  const lower = clause.toLowerCase();
  const names = entityNames(kb);
  for (const e of kb.events) {
    // Near the trigger, and either naming it ("the fall of the Assad regime") or of its kind: "interim president"
    // near "visits the White House" is not the day he was named.
    const near = e.aliases.some(a => {
      if (a.length <= 3 || names.has(a.toLowerCase())) return false;
      const i = lower.indexOf(a.toLowerCase());
      if (i < 0 || !trigger) return i >= 0;
      const covers = i <= trigger.start && i + a.length >= trigger.end;
      return i <= trigger.end + NEAR && i + a.length >= trigger.start - NEAR && (covers || !trigger.type || family(trigger.type) === family(e.type));
    });
    if (near && fits(e, date)) return { event: e, confidence: 0.9, how: 'alias' };
  }
  if (!ROUND_NOUN.test(clause)) return null;
  const rounds = kb.events.filter(e => e.series && e.round != null && fits(e, date));
  const n = ordinalIn(clause);
  if (n != null) {
    const same = rounds.filter(e => e.round === n);
    const pick = (text: string) => same.filter(e => seriesNamed(e.series!, text));
    const here = pick(sentence), there = pick(article);
    if (here.length === 1) return { event: here[0]!, confidence: 0.9, how: 'round' };
    if (there.length === 1) return { event: there[0]!, confidence: 0.75, how: 'round' };
    if (same.length === 1 && date) return { event: same[0]!, confidence: 0.6, how: 'round' };
    return null;
  }
  // A named series without an ordinal: only from the clause itself, and only with a publication date to pick a round.
  const named = rounds.filter(e => seriesNamed(e.series!, clause));
  if (!named.length || !published) return null;
  const sorted = [...named].sort((a, b) => (startDay(a.date.from) ?? '').localeCompare(startDay(b.date.from) ?? ''));
  const ref = published;
  if (date) {
    const hit = sorted.filter(e => fits(e, date));
    return hit.length === 1 ? { event: hit[0]!, confidence: 0.7, how: 'latest' } : null;
  }
  const current = sorted.find(e => (startDay(e.date.from) ?? '') <= ref && (endDay(e.date.to ?? e.date.from) ?? '') >= ref);
  if (current) return { event: current, confidence: 0.7, how: 'latest' };
  if (past && status === 'happened') {
    const before = sorted.filter(e => (endDay(e.date.to ?? e.date.from) ?? '') < ref);
    const last = before[before.length - 1];
    return last ? { event: last, confidence: 0.6, how: 'latest' } : null;
  }
  const next = sorted.find(e => (startDay(e.date.from) ?? '') > ref);
  return next ? { event: next, confidence: 0.5, how: 'latest' } : null;
}
