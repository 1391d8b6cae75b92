// "between 2012 and 2016", "from May to July", "since March 2011": the span is recorded on each end point;
// TIMEX3 tags the points separately, so extents do not change.
import type { Draft, TemporalRefiner } from '../draft.js';

const OPEN = /\b(?:between|from)\s+$/i;
const JOIN = /^\s*(?:and|to|until|till|through|-|\u2013)\s*$/i;
const SINCE = /\bsince\s+$/i;

export const markRange: TemporalRefiner = {
  name: 'mark-range',
  refine(drafts, ctx) {
    const before = (d: Draft): string => ctx.text.slice(Math.max(d.sentence.start, d.start - 12), d.start);
    drafts.forEach((d, i) => {
      if (d.type !== 'DATE') return;
      const next = drafts[i + 1];
      if (next && next.type === 'DATE' && next.start - d.end <= 12 && OPEN.test(before(d)) && JOIN.test(ctx.text.slice(d.end, next.start))) {
        d.range = next.range = { from: d.value, to: next.value };
        d.tags.push('refiner/mark-range');
        next.tags.push('refiner/mark-range');
      } else if (SINCE.test(before(d))) {
        d.range = { from: d.value, to: null };
        d.tags.push('refiner/mark-range');
      }
    });
    return drafts;
  },
};
