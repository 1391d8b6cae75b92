// "at about 10:35 a.m. (0735 GMT) Friday": a clock time not merged with a day takes the nearest day named in its
// sentence, not the publication date.
import type { Draft, TemporalRefiner } from '../draft.js';

const DAY_VALUE = /^\d{4}-\d\d-\d\d/;
const NEAR = 30;

export const anchorClockTime: TemporalRefiner = {
  name: 'anchor-clock-time',
  refine(drafts) {
    for (const d of drafts) {
      if (!d.tags.includes('parser/time-of-day') || d.tags.includes('refiner/merge-date-time') || !d.tod) continue;
      let best: Draft | null = null;
      for (const o of drafts) {
        if (o === d || o.precision !== 'day' || !DAY_VALUE.test(o.value)) continue;
        // Same sentence, or just across a break a splitter put after "a.m.".
        if (o.sentence !== d.sentence && (o.sentence.paragraph !== d.sentence.paragraph || Math.max(o.start - d.end, d.start - o.end) > NEAR)) continue;
        if (!best || Math.abs(o.start - d.start) < Math.abs(best.start - d.start)) best = o;
      }
      if (!best) continue;
      d.value = best.value.slice(0, 10) + d.tod;
      d.anchor = best.anchor === 'none' ? 'previous' : best.anchor;
      d.tags.push('refiner/anchor-clock-time');
    }
    return drafts;
  },
};
