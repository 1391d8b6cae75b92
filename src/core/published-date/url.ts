// Dates in the URL path: /2017/07/10/, /2017-07-10-, /20170710/, _2017_07_10. A year and month alone
// (/2017/07/slug) is not a day, but it bounds the answer: the resolver uses it as a consistency check.
import type { Candidate } from './candidate.js';
import { isoDay } from './dates.js';

const FULL = [
  /(?<!\d)((?:19|20)\d{2})[/_.-](0?[1-9]|1[0-2])[/_.-](0?[1-9]|[12]\d|3[01])(?!\d)/,
  /(?<![\d])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\d])/,
];
// Day first with a four-digit year: /29-10-2021, /29.10.2021
const DMY = /(?<![\d])(0?[1-9]|[12]\d|3[01])[_.-](0?[1-9]|1[0-2])[_.-]((?:19|20)\d{2})(?!\d)/;
const MONTH = /\/((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])\//;

function path(url: string): string {
  // The host never holds the date; the query seldom does (and often holds unrelated ids).
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(url);
  return m ? m[1]! : url;
}

export function urlDates(url: string | null): Candidate[] {
  if (!url) return [];
  const p = path(url);
  for (const re of FULL) {
    const m = re.exec(p);
    const date = m ? isoDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    if (m && date) return [{ source: 'url', date, raw: m[0], role: 'published', order: 0 }];
  }
  const m = DMY.exec(p);
  const date = m ? isoDay(Number(m[3]), Number(m[2]), Number(m[1])) : null;
  if (m && date) return [{ source: 'url', date, raw: m[0], role: 'published', order: 0 }];
  return [];
}

/** "YYYY-MM" when the URL states only the year and month. */
export function urlMonth(url: string | null): string | null {
  const m = url ? MONTH.exec(path(url)) : null;
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}` : null;
}
