// TE3 extents include position modifiers: "the end of 1994", "early 1990s", "mid-2016"; the value stays the period's.
import type { TemporalRefiner } from '../draft.js';

const BEFORE = /(?:(?:the\s+)?(?:beginning|start|middle|end|close|turn|first\s+half|second\s+half|last\s+half)\s+of\s+(?:the\s+)?|(?:early|late|mid|the\s+early|the\s+late|the\s+mid)(?:\s+|-))$/i;

export const extendModifiers: TemporalRefiner = {
  name: 'extend-modifiers',
  refine(drafts, ctx) {
    for (const d of drafts) {
      if (d.type !== 'DATE' && d.type !== 'TIME') continue;
      const from = Math.max(d.sentence.start, d.start - 30);
      const m = BEFORE.exec(ctx.text.slice(from, d.start));
      if (!m) continue;
      d.start -= m[0].length;
      d.tags.push('refiner/extend-modifiers');
    }
    return drafts;
  },
};
