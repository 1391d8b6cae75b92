// "two days later", "the previous day", "the quarter", "a year earlier": resolved against the last date the text
// mentioned (HeidelTime's narrative anchoring); with none before it, against the publication date.
import type { Draft, TemporalRefiner } from '../draft.js';
import { parseIso } from '../calendar.js';
import { detectTense } from '../tense.js';
import { parsePoint, resolve, shift, type Point } from '../values.js';
import { isAnaphoric } from './resolve-tense.js';
import { leaveUnresolved, settle } from './settle.js';

const TAG = 'refiner/resolve-anaphora';
const PERIODS = new Set(['quarter', 'half', 'month']);
const RANK: Record<string, number> = { day: 0, week: 1, weekend: 1, month: 2, quarter: 3, half: 4, season: 4, year: 5, decade: 6, century: 7 };
/** "The next day" cannot count from "2011": the anchor must be at least as fine as the unit counted. */
const fine = (p: Point, unit: string): boolean => (RANK[p.gran] ?? 9) <= (RANK[unit] ?? 5);

export const resolveAnaphora: TemporalRefiner = {
  name: 'resolve-anaphora',
  refine(drafts, ctx) {
    const ref = ctx.reference ? parseIso(ctx.reference) : null;
    let last: { p: Point; d: Draft } | null = null;
    let lastQuarter: Point | null = null;
    for (const d of drafts) {
      const r = d.rel;
      if (r && isAnaphoric(d)) {
        let p: Point | null = null;
        if (r.kind === 'quarter') p = lastQuarter;
        else if (r.kind === 'offset' && last && fine(last.p, r.unit) && (r.from === 'previous' || PERIODS.has(last.p.gran))) {
          // "profit fell from $5 million a year ago" after "the third quarter": the same quarter a year before.
          p = shift(last.p, r.unit, r.n, !!r.follow && PERIODS.has(last.p.gran));
        }
        else if (r.kind === 'weekday' && last && fine(last.p, 'day')) p = resolve({ ...r, previous: false }, last.p.at, 'present');
        const counted = (r.kind === 'offset' && r.from === 'previous') || (r.kind === 'weekday' && !!r.previous);
        if (p) settle(d, p, 'previous', TAG);
        // "The war began in 2011. The next day …": the year is known, the day is not; never borrow today's.
        else if (counted && last) leaveUnresolved(d, TAG, last.p.at.y);
        else if (!ref) leaveUnresolved(d, TAG);
        else {
          const q = resolve(r.kind === 'offset' ? { ...r, from: 'document' } : r, ref, detectTense(d.sentence.text, d.start - d.sentence.start));
          if (q) settle(d, q, 'document', TAG); else leaveUnresolved(d, TAG);
        }
      }
      // A comparison ("a year earlier") does not move the discourse to its date.
      if ((d.type === 'DATE' || d.type === 'TIME') && !(r?.kind === 'offset' && r.follow)) {
        const p = parsePoint(d.value.replace(/T.*$/, ''));
        if (p) {
          last = { p, d };
          if (p.gran === 'quarter') lastQuarter = p;
        }
      }
    }
    return drafts;
  },
};
