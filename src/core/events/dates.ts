// Small calendar helpers for event dates: TIMEX-like values (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, ranges a/b).
import type { Precision } from '../types.js';

const DAY_MS = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** First day a value covers, for ordering ("2017-05" → 2017-05-01, "2025-W46" → its Monday); null if not placeable. */
export function startDay(value: string): string | null {
  const v = value.split('/')[0] ?? '';
  let m = /^(\d{4})-W(\d{2})/.exec(v);
  if (m) {
    const jan4 = Date.UTC(Number(m[1]), 0, 4);
    const dow = (new Date(jan4).getUTCDay() + 6) % 7;
    return iso(jan4 - dow * DAY_MS + (Number(m[2]) - 1) * 7 * DAY_MS);
  }
  m = /^(\d{4})-(SP|SU|FA|WI)/.exec(v);
  if (m) return `${m[1]}-${{ SP: '03', SU: '06', FA: '09', WI: '12' }[m[2] as 'SP']}-01`;
  m = /^(\d{4})-Q([1-4])/.exec(v);
  if (m) return `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(v);
  if (!m) return null;
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

/** Last day a value covers (for "before/after the publication date" tests). */
export function endDay(value: string): string | null {
  const parts = value.split('/');
  const v = parts[parts.length - 1] ?? '';
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) return v.slice(0, 10);
  if (/^\d{4}-\d{2}$/.test(v)) return iso(Date.UTC(Number(v.slice(0, 4)), Number(v.slice(5, 7)), 1) - DAY_MS);
  if (/^\d{4}$/.test(v)) return `${v}-12-31`;
  const s = startDay(v);
  return s && /W/.test(v) ? iso(Date.parse(s) + 6 * DAY_MS) : s;
}

export type Unit = 'day' | 'week' | 'month' | 'year';

/** value shifted by n units, at the coarser of the value's precision and the unit's ("2025-05-13" − 5 months → "2024-12"). */
export function shiftValue(value: string, unit: Unit, n: number): { value: string; precision: Precision } | null {
  const start = startDay(value);
  if (!start) return null;
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const dayPrecise = /^\d{4}-\d{2}-\d{2}/.test(value);
  if (unit === 'day' || unit === 'week') {
    if (!dayPrecise) return null;
    return { value: iso(Date.UTC(y, m - 1, d + n * (unit === 'week' ? 7 : 1))), precision: 'day' };
  }
  if (unit === 'month') {
    if (!/^\d{4}-\d{2}/.test(value)) return null;
    return { value: iso(Date.UTC(y, m - 1 + n, 1)).slice(0, 7), precision: 'month' };
  }
  return { value: String(y + n), precision: 'year' };
}
