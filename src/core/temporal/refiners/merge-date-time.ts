// "5 p.m. EST Nov. 9", "10 p.m. Wednesday", "Thursday, April 6": a time or weekday joined to the day it names.
import type { Draft, TemporalRefiner } from '../draft.js';

const GAP = /^\s*,?\s*(?:on\s+)?$/;
const MAX_GAP = 8;
const isClock = (d: Draft): boolean => d.tags.includes('parser/time-of-day');
const isWeekday = (d: Draft): boolean => d.rel?.kind === 'weekday' && !d.tod;
const isDay = (d: Draft): boolean => d.precision === 'day' && !isClock(d);

function merge(a: Draft, b: Draft, clock: Draft | null, day: Draft): Draft {
  return {
    ...day, start: a.start, end: b.end, tags: [...a.tags, ...b.tags, 'refiner/merge-date-time'],
    // A stated day ("5 p.m. EST, Nov. 6, 1989") is final already: the clock is appended here, not by a resolver.
    ...(clock ? { type: 'TIME', precision: 'time', tod: clock.tod, ...(day.rel ? {} : { value: day.value + clock.tod }) } : {}),
  } as Draft;
}

export const mergeDateTime: TemporalRefiner = {
  name: 'merge-date-time',
  refine(drafts, ctx) {
    const out: Draft[] = [];
    for (const d of drafts) {
      const prev = out[out.length - 1];
      if (prev && prev.end <= d.start && d.start - prev.end <= MAX_GAP && GAP.test(ctx.text.slice(prev.end, d.start))) {
        if (isClock(prev) && isDay(d)) { out[out.length - 1] = merge(prev, d, prev, d); continue; }
        if (isDay(prev) && isClock(d)) { out[out.length - 1] = merge(prev, d, d, prev); continue; }
        // "Thursday, April 6" names one day twice; "Wednesday, the same day …" is an apposition of two mentions.
        if (isWeekday(prev) && isDay(d) && (!d.rel || d.rel.kind === 'month')) {
          const merged = merge(prev, d, null, d);
          if (merged.rel?.kind === 'month' && prev.rel?.kind === 'weekday') merged.rel = { ...merged.rel, weekday: prev.rel.weekday };
          out[out.length - 1] = merged;
          continue;
        }
      }
      out.push(d);
    }
    return out;
  },
};
