// Of two overlapping proposals keep the longer ("the third quarter of 1989" over "1989"); ties go to the earlier parser.
import type { Draft, TemporalRefiner } from '../draft.js';

export const removeOverlaps: TemporalRefiner = {
  name: 'remove-overlaps',
  refine(drafts) {
    const sorted = drafts.map((d, i) => ({ d, i })).sort((a, b) => a.d.start - b.d.start || (b.d.end - b.d.start) - (a.d.end - a.d.start) || a.i - b.i);
    const out: Draft[] = [];
    for (const { d } of sorted) {
      const last = out[out.length - 1];
      if (last && d.start < last.end) {
        if (d.end - d.start > last.end - last.start) out[out.length - 1] = d;
        continue;
      }
      out.push(d);
    }
    return out;
  },
};
