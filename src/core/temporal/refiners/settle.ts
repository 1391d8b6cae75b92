// Writing a resolved (or unresolvable) value onto a draft, shared by the two resolving refiners.
import type { Draft } from '../draft.js';
import { pointValue, precisionOf, type Point } from '../values.js';

export function settle(d: Draft, p: Point, anchor: Draft['anchor'], tag: string): void {
  d.value = pointValue(p) + (d.tod && p.gran === 'day' ? d.tod : '');
  d.precision = d.tod && p.gran === 'day' ? 'time' : precisionOf(p.gran);
  d.stated = false;
  d.anchor = anchor;
  d.rel = undefined;
  d.tags.push(tag);
}

const UNKNOWN: Record<string, string> = { day: 'XXXX-XX-XX', week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', quarter: 'XXXX-QX', half: 'XXXX-HX', year: 'XXXX', decade: 'XXXX', century: 'XXXX' };

/** No usable anchor: keep what is known (the month, the season, the anchor's year) and mark the rest unknown, never invented. */
export function leaveUnresolved(d: Draft, tag: string, year?: number): void {
  const r = d.rel!;
  const v = r.kind === 'month' ? `XXXX-${String(r.month).padStart(2, '0')}${r.day ? `-${String(r.day).padStart(2, '0')}` : ''}`
    : r.kind === 'season' ? `XXXX-${r.season}`
    : r.kind === 'quarter' ? `XXXX-Q${r.quarter ?? 'X'}`
    : r.kind === 'half' ? `XXXX-H${r.half}`
    : r.kind === 'weekday' || r.kind === 'holiday' ? 'XXXX-XX-XX'
    : UNKNOWN[r.unit] ?? 'XXXX';
  d.value = year === undefined ? v : String(year).padStart(4, '0') + v.slice(4);
  d.precision = year === undefined ? null : 'year';
  d.stated = false;
  d.anchor = year === undefined ? 'none' : 'previous';
  d.rel = undefined;
  d.tags.push(tag);
}
