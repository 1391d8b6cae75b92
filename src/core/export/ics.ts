// "Download calendar": one all-day VEVENT per dated event (RFC 5545). A month or a year becomes an all-day
// event spanning it, and the description says so; undated and unplaceable events are left out.
import type { Timeline } from '../types.js';
import { dateSpan, formatDate } from '../format-date.js';
import { dateSourceText } from './describe.js';

const MAX_OCTETS = 75;
const DAY_MS = 86_400_000;

/** RFC 5545 §3.3.11 TEXT escaping. */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** §3.1: lines longer than 75 octets are folded with CRLF + space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const enc = new TextEncoder();
  const out: string[] = [];
  let cur = '';
  let octets = 0;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    // Continuation lines start with a space, which counts toward their 75 octets.
    if (octets + n > MAX_OCTETS) {
      out.push(cur);
      cur = ' ';
      octets = 1;
    }
    cur += ch;
    octets += n;
  }
  out.push(cur);
  return out.join('\r\n');
}

const basic = (day: string) => day.replace(/-/g, '');
const nextDay = (day: string) => new Date(Date.parse(day) + DAY_MS).toISOString().slice(0, 10);

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** `now`: the clock (ISO date-time) for DTSTAMP; core code never reads it itself. */
export function timelineToIcs(t: Timeline, now: string): string {
  const stamp = `${new Date(now).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
  const doc = fnv1a(`${t.url ?? ''}\n${t.title}`);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Syria News Timeline//EN', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${escapeText(t.title)}`];
  for (const e of t.events) {
    const span = e.date && dateSpan(e.date.value);
    if (!e.date || !span) continue;
    const description = [
      e.evidence.text,
      `Date: ${formatDate(e.date)} (${e.date.precision}; ${dateSourceText(e.date)})`,
      ...(t.url ? [`Source: ${t.url}`] : []),
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.id}-${doc}@syria-news-timeline`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basic(span.start)}`,
      // DTEND is exclusive; an open-ended range ("since March 2011") is shown on its first day only.
      `DTEND;VALUE=DATE:${basic(nextDay(span.end ?? span.start))}`,
      `SUMMARY:${escapeText(e.label)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `CATEGORIES:${escapeText(e.type)}`,
      ...(t.url && /^https?:\/\//.test(t.url) ? [`URL:${t.url}`] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
