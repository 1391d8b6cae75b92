// Relative values anchored on the publication date: "on Friday" after "said" is the Friday before it, after
// "will" or "is scheduled to" the one after it (HeidelTime's news mode; chrono takes the nearest day).
import type { Draft, TemporalRefiner } from '../draft.js';
import { parseIso, toDays } from '../calendar.js';
import { detectTense } from '../tense.js';
import { resolve } from '../values.js';
import { leaveUnresolved, settle } from './settle.js';

const TAG = 'refiner/resolve-tense';
// Signals that point forward whatever the verb: "could come as early as Tuesday", "his upcoming meeting … on Monday",
// "postponed until Tuesday morning".
const FUTURE_SIGNAL = /\bas\s+(?:early|soon|late)\s+as\s+$|\b(?:upcoming|forthcoming)\b[^,;:.]*$|\b(?:postponed|delayed|deferred|adjourned|rescheduled|put\s+off|pushed\s+back)\b[^,;:.]*\b(?:until|till|to)\s+$/i;
// "Thursday's closing price": a possessive weekday names a day already past in news.
// "a deadline beginning on Wednesday" (published on Tuesday), "a ceasefire … starting on Sunday" (published on Monday):
// the start of a period is announced close to it, on either side: the nearest such day, whatever the verb.
const STARTING = /\b(?:beginning|starting|effective)\s+(?:on\s+|at\s+|from\s+)?$/i;
const POSSESSIVE = /^['\u2019]s\b/;
const SINCE = /\bsince\s+(?:the\s+(?:start|beginning|middle|end)\s+of\s+)?$/i;

function tenseOf(d: Draft, text: string) {
  if (d.rel?.kind === 'weekday' && POSSESSIVE.test(text.slice(d.end, d.end + 3))) return 'past';
  if (FUTURE_SIGNAL.test(text.slice(Math.max(d.sentence.start, d.start - 80), d.start))) return 'future';
  if (STARTING.test(text.slice(Math.max(d.sentence.start, d.start - 20), d.start))) return 'present';
  return detectTense(d.sentence.text, d.start - d.sentence.start);
}
/** Anaphoric drafts (and "a year ago", which may follow the period just named) wait for refiner/resolve-anaphora. */
export const isAnaphoric = (d: Draft): boolean =>
  !!d.rel && ((d.rel.kind === 'offset' && (d.rel.from === 'previous' || !!d.rel.follow)) || (d.rel.kind === 'quarter' && d.rel.quarter === null && d.rel.shift === null) || (d.rel.kind === 'weekday' && !!d.rel.previous));

export const resolveTense: TemporalRefiner = {
  name: 'resolve-tense',
  refine(drafts, ctx) {
    const ref = ctx.reference ? parseIso(ctx.reference) : null;
    for (const d of drafts) {
      if (!d.rel || isAnaphoric(d)) continue;
      if (!ref) { leaveUnresolved(d, TAG); continue; }
      const tense = tenseOf(d, ctx.text);
      let p = resolve(d.rel, ref, tense);
      // "since early July" in March is last July: what "since" starts cannot lie ahead of the publication date.
      if (p && 'shift' in d.rel && SINCE.test(ctx.text.slice(Math.max(d.sentence.start, d.start - 24), d.start)) && toDays(p.at) > toDays(ref)) p = resolve({ ...d.rel, shift: -1 }, ref, 'past');
      if (p) settle(d, p, 'document', TAG);
      else leaveUnresolved(d, TAG);
    }
    return drafts;
  },
};
