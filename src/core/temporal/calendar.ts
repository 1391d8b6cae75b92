// Calendar arithmetic on UTC day numbers; no clock is read here.
const DAY = 86_400_000;

export interface Ymd { y: number; m: number; d: number }

export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
export const dayValue = ({ y, m, d }: Ymd): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

export function parseIso(s: string): Ymd | null {
  const m = /^(\d{4})-(\d\d)-(\d\d)/.exec(s);
  return m ? { y: +m[1]!, m: +m[2]!, d: +m[3]! } : null;
}

export const toDays = ({ y, m, d }: Ymd): number => Math.floor(Date.UTC(y, m - 1, d) / DAY);
export function fromDays(n: number): Ymd {
  const t = new Date(n * DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
/** 0 = Sunday. */
export const weekdayOf = (x: Ymd): number => (((toDays(x) + 4) % 7) + 7) % 7;
export const addDays = (x: Ymd, n: number): Ymd => fromDays(toDays(x) + n);

export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return fromDays(toDays({ y, m, d })).d === d;
}

/** ISO 8601 week: "2017-W28". */
export function weekValue(x: Ymd): string {
  const days = toDays(x);
  const thursday = fromDays(days - ((weekdayOf(x) + 6) % 7) + 3);
  const dayOfYear = toDays(thursday) - toDays({ y: thursday.y, m: 1, d: 1 });
  return `${pad(thursday.y, 4)}-W${pad(Math.floor(dayOfYear / 7) + 1)}`;
}

/** Month index since year 0, for month arithmetic. */
export const monthIndex = (y: number, m: number): number => y * 12 + (m - 1);

/** Day number of a date of the tabular (arithmetic) Islamic calendar: within a day or two of the sighted or
 * Umm al-Qura calendars that news follows. 1 Muharram 1 AH = 16 July 622 (Julian). */
export const hijriToDays = (y: number, m: number, d: number): number =>
  d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) - 492149;
