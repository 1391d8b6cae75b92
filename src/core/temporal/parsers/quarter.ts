// "the third quarter", "third-quarter", "the fourth quarter of 1989", "Q3 2017", "the first half", "the quarter".
import type { Proposal, TemporalParser } from '../draft.js';
import { ORDINALS, wordPattern } from '../lexicon.js';

const ORD = 'first|second|third|fourth|1st|2nd|3rd|4th|final|last';
const PATTERN = wordPattern(
  `(?:(the|this|last|next|this\\s+year's|last\\s+year's|next\\s+year's|the\\s+current|the\\s+latest|the\\s+year-earlier|the\\s+year-ago|the\\s+same)\\s+)?(?:(fiscal)[\\s-]+)?(?:(\\d{4})\\s+)?(?:(${ORD})[\\s-]+(quarter|half)|(quarter|half|period))(?:\\s+of\\s+(?:fiscal\\s+)?(?:the\\s+year\\s+)?(\\d{4})|,?\\s+(\\d{4}))?|\\bQ([1-4])(?:\\s+|-)?(\\d{4})`);

const COMPARISON = new Set(['the year-earlier', 'the year-ago', "last year's"]);
const yearAgo = (precision: 'quarter' | 'half'): Proposal =>
  ({ type: 'DATE', precision, rel: { kind: 'offset', unit: 'year', n: -1, from: 'previous', follow: true } });

export const quarter: TemporalParser = {
  name: 'quarter',
  gate: /quarter|half|period|Q[1-4]/i,
  pattern: PATTERN,
  extract(m) {
    if (m[9]) return { type: 'DATE', precision: 'quarter', value: `${m[10]}-Q${m[9]}`, stated: true };
    const det = m[1]?.toLowerCase().replace(/\s+/g, ' ');
    const noun = (m[5] ?? m[6])!.toLowerCase();
    // "the year-earlier period", "the 1988 period": the period under comparison.
    if (noun === 'period') {
      if (det && COMPARISON.has(det)) return yearAgo('quarter');
      if (det === 'the latest') return { type: 'DATE', precision: 'quarter', rel: { kind: 'quarter', quarter: null, shift: -1 } };
      return det === 'the' && m[3] ? { type: 'DATE', precision: 'year', value: m[3], stated: true } : null;
    }
    const unit = noun as 'quarter' | 'half';
    const ord = m[4] ? ORDINALS[m[4].toLowerCase()] ?? null : null;
    const year = m[3] ?? m[7] ?? m[8];
    // A bare "quarter" needs a determiner: "a quarter of the vote" is a fraction.
    if (!m[4] && !det) return null;
    const index = ord === -1 ? (unit === 'half' ? 2 : 4) : ord;
    if (index !== null && index > (unit === 'half' ? 2 : 4)) return null;
    const code = unit === 'half' ? 'H' : 'Q';
    // "the third-quarter loss": the hyphenated form is an adjective; the determiner belongs to the noun.
    const adjective = det === 'the' && /-(?:quarter|half)$/i.test(m[0]);
    const span: [number, number] | undefined = adjective ? [m[0].indexOf(m[4]!), m[0].length - m[0].indexOf(m[4]!)] : undefined;
    if (year && index) return { type: 'DATE', precision: unit, value: `${year}-${code}${index}`, stated: true };
    const yearShift = det === "last year's" ? -1 : det === "next year's" ? 1 : det === "this year's" ? 0 : null;
    // "the year-ago quarter", "last year's quarter": the period under discussion, a year before.
    if (det && COMPARISON.has(det) && !(det === "last year's" && index)) return yearAgo(unit);
    if (unit === 'half') return index ? { type: 'DATE', precision: 'half', rel: { kind: 'half', half: index, shift: yearShift === 0 ? 0 : null } } : null;
    if (!index) {
      if (det === 'last') return { type: 'DATE', precision: 'quarter', rel: { kind: 'offset', unit: 'quarter', n: -1, from: 'document' } };
      if (det === 'next') return { type: 'DATE', precision: 'quarter', rel: { kind: 'offset', unit: 'quarter', n: 1, from: 'document' } };
      if (det === 'this' || det === 'the current') return { type: 'DATE', precision: 'quarter', rel: { kind: 'offset', unit: 'quarter', n: 0, from: 'document' } };
      // "the latest quarter": the last completed one; "the quarter": the one under discussion (refiner/resolve-anaphora).
      return { type: 'DATE', precision: 'quarter', rel: { kind: 'quarter', quarter: null, shift: det === 'the latest' ? -1 : null } };
    }
    return { type: 'DATE', precision: 'quarter', rel: { kind: 'quarter', quarter: index, shift: null, ...(yearShift !== null ? { yearOffset: yearShift } : {}) }, ...(span ? { span } : {}) };
  },
};
