// The events one sentence reports, each tied to the temporal mention that governs it:
// 1. every usable date mention dates the nearest trigger of its clause (a verb before a noun, before the date
//    rather than after: news writes "lifted on Friday", "said on Monday"); a mention with no trigger still dates
//    its clause, since a dated clause in news reports something;
// 2. "a day after X", "five months after X", "hours after X" date X from the event they are measured from (the
//    tagger counts from the previous date instead); when X has a date of its own, the event before is measured from X;
// 3. a nominal event in an "after …" clause of a dated event inherits its day ("announced … on Friday after a meeting");
// 4. the other triggers are returned as `rest`, for events/undated.ts.
import { detectTense } from '../temporal/index.js';
import type { EventStatus, EventType, Sentence, TemporalMention } from '../types.js';
import { clauseAt, clauses, type Clause } from './clauses.js';
import { findTriggers, type Trigger } from './triggers.js';
import { eventStatus } from './status.js';
import { shiftValue, type Unit } from './dates.js';

export interface FoundDate {
  value: string;
  precision: NonNullable<TemporalMention['precision']>;
  how: 'governing-mention' | 'relative-anchor' | 'clause-anchor';
  /** The publication day standing in for a date the text does not give. */
  publication?: true;
  mention?: TemporalMention;
}

export interface FoundEvent {
  trigger: Trigger | null;
  type: EventType;
  status: EventStatus;
  /** Clause index of the trigger (or of the mention when there is no trigger). */
  clause: number;
  /** Offsets into the sentence. */
  at: number;
  date: FoundDate | null;
  /** Reported speech: the clause holding what was said. */
  content?: Clause;
  /** For "“…,” X said": the speaker's words after the quotation. */
  speaker?: { start: number; end: number };
  /** A weaker report of its event (participle, noun, inherited date): loses to a stronger one in dedupe. */
  weak: boolean;
}

export interface SentenceAnalysis {
  cs: Clause[];
  triggers: Trigger[];
  events: FoundEvent[];
  /** Triggers no date governs: candidates for knowledge-base and discourse dating. */
  rest: Trigger[];
  /** Date phrases to leave out of labels (sentence offsets). */
  datePhrases: { start: number; end: number }[];
}

const MAX_DATES = 40;
const NUM: Record<string, number> = { a: 1, an: 1, the: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
// "a day after X", "five months after X", "the day before X"; "(a few) hours after X" is X's day.
const CONNECTOR = /\b(?:(a few|several|a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+)?(hour|minute|day|week|month|year)s?\s+(after|before)\s/gi;

/** The place of a dateline: capitalised words, maybe a country after a comma ("AMMAN, Jordan, "), then a comma. */
const DATELINE_PLACE = /^[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}(?:,\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})?,\s*$/;

/** "-30" after "January 29": the end of a day range. */
const DAY_RANGE_END = /^-\d{1,2}\b(?![-/.]\d)/;

/** A mention that can date an event: a resolved calendar DATE/TIME, not a duration or a vague reference. */
export function usable(m: TemporalMention, sentence: string, offset: number): boolean {
  if ((m.type !== 'DATE' && m.type !== 'TIME') || !m.precision || !/^\d{4}/.test(m.value)) return false;
  // A piece of a longer numeric date the tagger did not read ("12-8-2024" tagged as "2024") dates nothing; a named
  // month's day range ("January 29-30") is dated by its first day.
  const after = sentence.slice(m.end - offset);
  const dayRange = /\p{L}/u.test(m.text) && DAY_RANGE_END.test(after);
  if (/[\d/.-]$/.test(sentence.slice(0, m.start - offset)) && /^\d/.test(m.text) || /^[-/]\d/.test(after) && !dayRange) return false;
  // "BEIRUT, Aug 20 (Reuters) –", "Damascus, May 18, (dpa/GNA) -", "AMMAN, Jordan, March 3 (UPI) --", "Riyadh, May 14:",
  // "TASS, October 27.", "ANKARA (UrduPoint News / Sputnik - 23rd October, 2019)": a dateline dates the report, not an event.
  if (DATELINE_PLACE.test(sentence.slice(0, m.start - offset)) && /^,?\s*(?:\([^)]{1,40}\))?\s*(?:--|[\u2013\u2014:-]|\.?\s*$)/.test(sentence.slice(m.end - offset))) return false;
  if (/^[A-Z][A-Za-z .'-]{2,40}\s*\([^()]{1,60}$/.test(sentence.slice(0, m.start - offset)) && /^[^()]{0,20}\)/.test(sentence.slice(m.end - offset))) return false;
  // "© 2020 Reuters", "Updated 13 March 2025": page furniture, not events.
  if (/(?:©|\(c\)|\bcopyright|\b(?:updated|published|posted|last modified)(?:\s+(?:on|at))?:?)\s*$/i.test(sentence.slice(0, m.start - offset))) return false;
  // "the National Defense Authorization Act (NDAA) for 2026", "Fiscal Year 2026": a year that names a law or a budget.
  const before = sentence.slice(0, m.start - offset);
  if (m.precision === 'year' && (/(?:\b[A-Z][\w.'-]*|\))\s+for\s+$/.test(before) || /\b(?:fiscal|financial)\s+year\s+$|\bFY\s?$/i.test(before) ||
    /^(?:(?:fiscal|financial)\s+year|FY)\b/i.test(m.text))) return false;
  // "the fall of the Assad regime" is an event noun, not autumn.
  if (/^the fall$/i.test(m.text) && /^\s+of\b/i.test(sentence.slice(m.end - offset))) return false;
  return true;
}

/** A clock time with no day of its own ("12:00") right before a mention that names one ("noon on October 23"). */
function clockBeforeDay(m: TemporalMention, next: TemporalMention | undefined, after: string): boolean {
  return !!next && m.type === 'TIME' && !m.stated && m.tags.every(t => !/^parser\/(?:weekday|month-name|numeric-date|relative-day)/.test(t)) &&
    next.start - m.end <= 4 && /^[\s,]*$/.test(after.slice(0, next.start - m.end)) && next.tags.some(t => /^parser\/(?:weekday|month-name|numeric-date)/.test(t));
}

/** Type of a light verb's event from the event noun it governs (after it first, else before it in the clause). */
export function typeOf(t: Trigger, inClause: Trigger[]): EventType {
  if (!t.light && t.type !== 'other') return t.type;
  const nouns = inClause.filter(x => x.form === 'nominal');
  const noun = nouns.find(x => x.start > t.start) ?? [...nouns].reverse().find(x => x.start < t.start);
  return noun?.type ?? t.type;
}

export function analyseSentence(s: Sentence, mentions: TemporalMention[], anchor: FoundDate | null): SentenceAnalysis {
  const text = s.text;
  // Prose has a handful of dates a sentence; a "sentence" with hundreds is a table or an attack: read the first few dozen.
  const inside = mentions.filter(m => m.start >= s.start && m.end <= s.end);
  // "at 12:00 noon on October 23": a clock time the tagger read apart from the day right after it is part of that day
  // (and of its date phrase).
  const clocks = new Map<TemporalMention, number>();
  inside.forEach((m, i) => { if (clockBeforeDay(m, inside[i + 1], text.slice(m.end - s.start))) clocks.set(inside[i + 1]!, m.start); });
  const local = inside.filter((m, i) => usable(m, text, s.start) && !clockBeforeDay(m, inside[i + 1], text.slice(m.end - s.start))).slice(0, MAX_DATES);
  const cs = clauses(text, local.map(m => ({ start: (clocks.get(m) ?? m.start) - s.start, end: m.end - s.start })));
  const triggers = findTriggers(text);
  const clauseIndex = (at: number) => cs.indexOf(clauseAt(cs, at)!);
  const inClause = (i: number) => triggers.filter(t => t.start >= cs[i]!.start && t.start < cs[i]!.end);
  const events: FoundEvent[] = [];
  const used = new Set<Trigger>();
  const datePhrases: { start: number; end: number }[] = [];

  const make = (t: Trigger | null, ci: number, at: number, date: FoundDate | null, weak: boolean): FoundEvent => {
    const before = t ? text.slice(cs[ci]!.start, t.start) : '';
    // A relative clause's light verb takes its type from the antecedent: "the talks, which are set to begin".
    const scope = /^(?:which|who|that)$/.test(cs[ci]!.opener) && ci > 0 ? [...inClause(ci - 1), ...inClause(ci)] : inClause(ci);
    const type = t ? typeOf(t, scope) : 'other';
    const status = t ? eventStatus(t, before, text) : 'happened';
    const e: FoundEvent = { trigger: t, type, status, clause: ci, at, date, weak: weak || !!t && (t.form === 'ing' || t.form === 'nominal') };
    if (t?.speech) {
      // "X, Iran's spokesman said" reports the clauses before; "X said (that) Y" the one after.
      // When the speaker's clause itself goes on ("said on Saturday it would attend the talks"), it is its own content.
      const rest = text.slice(t.end, cs[ci]!.end).replace(/\b(?:on|in|at|late|early|last|this|next)\b|[A-Z][a-z]+day|\d+/g, '').trim();
      const content = ci > 0 ? { start: cs[0]!.start, end: cs[ci - 1]!.end, opener: '' } : rest.split(/\s+/).length < 3 ? cs[ci + 1] : undefined;
      if (content) e.content = content;
      // “…,” X said: the quotation is what was said, the words after it the speaker, whatever clauses the quote holds.
      const close = /^\s*[\u201c"]/.test(text) ? Math.max(text.lastIndexOf('\u201d', t.start), text.lastIndexOf('"', t.start)) : -1;
      if (close > 0) {
        e.content = { start: text.search(/[\u201c"]/) + 1, end: close, opener: '' };
        e.speaker = { start: close + 1, end: Math.max(t.end, cs[ci]!.end) };
      }
    }
    return e;
  };

  // 2. Connectors first: the tagger's "a day after" is not a date of its own.
  const connectors: { start: number; end: number; n: number | null; unit: Unit; sign: number }[] = [];
  CONNECTOR.lastIndex = 0;
  for (let m = CONNECTOR.exec(text); m && connectors.length < MAX_DATES; m = CONNECTOR.exec(text)) {
    const w = (m[1] ?? '').toLowerCase(), unit = m[2]!.toLowerCase();
    const within = unit === 'hour' || unit === 'minute';
    // Without a count only hours and minutes say when ("days after" does not).
    if (!w && !within) continue;
    const n = within ? 0 : NUM[w] ?? (/^\d/.test(w) ? Number(w) : null);
    connectors.push({ start: m.index, end: m.index + m[0].length, n, unit: (within ? 'day' : unit) as Unit, sign: m[3]!.toLowerCase() === 'after' ? -1 : 1 });
  }
  const dating = local.filter(m => !connectors.some(c => m.start - s.start < c.end && m.end - s.start > c.start));

  // 1. Governing mentions. Closest pairs first, a trigger taken by one date is left to the others when they have
  // another: "announced … on Friday and starting on Sunday" gives Sunday "starting" and Friday "announced".
  const mentionClauses = new Set(dating.map(m => clauseIndex(m.start - s.start)));
  const options = dating.map(m => {
    const a = (clocks.get(m) ?? m.start) - s.start, tail = /\p{L}/u.test(m.text) ? DAY_RANGE_END.exec(text.slice(m.end - s.start)) : null;
    const b = m.end - s.start + (tail?.[0].length ?? 0);
    const ci = clauseIndex(a);
    // Its own clause first; neighbouring clauses without a date of their own at a cost ("have held four rounds …
    // since January": the date's clause starts at "since").
    const own = new Set(inClause(ci));
    let cands = [...own, ...[ci - 1, ci + 1].filter(j => j >= 0 && j < cs.length && !mentionClauses.has(j)).flatMap(inClause)];
    if (!cands.length) cands = triggers.filter(t => t.end <= a);
    // A verb before a noun: "arrived for the talks on Monday" dates the arrival.
    const cost = (t: Trigger) => (t.end <= a ? a - t.end : t.start - b + 15) + (t.form === 'nominal' ? 60 : 0) + (t.quoted ? 50 : 0) + (own.has(t) ? 0 : 30);
    return { m, a, b, ci, ranked: cands.map(t => ({ t, c: cost(t) })).sort((x, y) => x.c - y.c) };
  });
  const chosen = new Map<TemporalMention, Trigger | null>();
  const pairs = options.flatMap(o => o.ranked.map(r => ({ o, ...r }))).sort((x, y) => x.c - y.c);
  for (const p of pairs) if (!chosen.has(p.o.m) && !used.has(p.t)) { chosen.set(p.o.m, p.t); used.add(p.t); }
  for (const o of options) {
    const best = chosen.get(o.m) ?? o.ranked[0]?.t ?? null;
    datePhrases.push({ start: o.a, end: o.b });
    events.push(make(best, best ? clauseIndex(best.start) : o.ci, best?.start ?? o.a,
      { value: o.m.value, precision: o.m.precision!, how: 'governing-mention', mention: o.m }, false));
  }

  // 2. Events measured from another: "a day after the Council made a similar decision".
  for (const c of connectors) {
    datePhrases.push({ start: c.start, end: c.end });
    const ci = cs.findIndex(x => x.start >= c.end - 1);
    if (ci < 0 || c.n == null) continue;
    const dated = events.find(e => e.date && e.clause === ci);
    if (dated?.date) {
      // "The strike came the day after the talks collapsed on Tuesday": X has its date, the event before is measured from it.
      const t = [...triggers].reverse().find(x => x.start < c.start && !used.has(x));
      const shifted = shiftValue(dated.date.value, c.unit, -c.sign * c.n);
      if (!t || !shifted) continue;
      used.add(t);
      events.push(make(t, clauseIndex(t.start), t.start, { value: shifted.value, precision: shifted.precision, how: 'relative-anchor' }, false));
      continue;
    }
    const t = inClause(ci).find(x => x.form !== 'nominal') ?? inClause(ci)[0];
    // The publication day measures only from what the sentence tells in the present ("The announcement comes five months
    // after X"): "said in a statement issued the day before the vote" happened on some earlier day.
    const from = [...events].reverse().find(e => e.date && e.at < c.start)?.date ??
      (anchor?.publication && detectTense(text, c.start) === 'past' ? null : anchor);
    const shifted = from ? shiftValue(from.value, c.unit, c.sign * c.n) : null;
    if (!shifted) continue;
    // "two days after Christmas": no trigger, but the phrase still dates what follows it.
    if (t) used.add(t);
    events.push(make(t ?? null, ci, t?.start ?? cs[ci]!.start, { value: shifted.value, precision: shifted.precision, how: 'relative-anchor' }, false));
  }

  // 3. "… on Friday after a meeting between …": the meeting shares the day.
  for (let ci = 1; ci < cs.length; ci++) {
    if (!/^(?:after|following)$/.test(cs[ci]!.opener) || mentionClauses.has(ci)) continue;
    const t = inClause(ci).find(x => !used.has(x) && x.form === 'nominal');
    const host = events.find(e => e.clause === ci - 1 && e.date?.precision === 'day');
    if (!t || !host?.date) continue;
    used.add(t);
    events.push(make(t, ci, t.start, { ...host.date, how: 'clause-anchor' }, true));
  }
  const rest = triggers.filter(t => !used.has(t));
  return { cs, triggers, events, rest, datePhrases };
}

