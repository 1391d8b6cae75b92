// "at about 10:35 a.m. (0735 GMT) Friday": a clock time not merged with a day takes the nearest day named next to it
// (in its sentence, or just across a break a splitter put after "a.m."), not the publication date.
import type { Draft, TemporalRefiner } from '../draft.js';

const DAY_VALUE = /^\d{4}-\d\d-\d\d/;
const NEAR = 30;

// A day, or a time that names its day ("4 a.m. EDT Thursday", "Friday morning"), not another bare clock time.
const isDay = (o: Draft): boolean => DAY_VALUE.test(o.value) && (o.precision === 'day' ||
  (o.precision === 'time' && (!o.tags.includes('parser/time-of-day') || o.tags.includes('refiner/merge-date-time'))));
const close = (o: Draft, d: Draft): boolean =>
  o.sentence === d.sentence || (o.sentence.paragraph === d.sentence.paragraph && Math.max(o.start - d.end, d.start - o.end) <= NEAR);

export const anchorClockTime: TemporalRefiner = {
  name: 'anchor-clock-time',
  refine(drafts) {
    drafts.forEach((d, i) => {
      if (!d.tags.includes('parser/time-of-day') || d.tags.includes('refiner/merge-date-time') || !d.tod) return;
      // Drafts are in text order: walk outwards while still close, so a long page costs no more than its sentences.
      let best: Draft | null = null;
      for (let j = i - 1; j >= 0 && close(drafts[j]!, d); j--) if (isDay(drafts[j]!)) { best = drafts[j]!; break; }
      for (let j = i + 1; j < drafts.length && close(drafts[j]!, d); j++) {
        const o = drafts[j]!;
        if (isDay(o)) { if (!best || o.start - d.end < d.start - best.end) best = o; break; }
      }
      if (!best) return;
      d.value = best.value.slice(0, 10) + d.tod;
      d.anchor = best.anchor === 'none' ? 'previous' : best.anchor;
      d.tags.push('refiner/anchor-clock-time');
    });
    return drafts;
  },
};
