// The calendar export parsed back: unfold, split properties, unescape, and compare with the timeline.
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, timelineToIcs } from '../../../src/core/export/ics.js';
import { fixtureTimeline } from '../../panel/fixture.js';

interface Prop { name: string; params: string; value: string }

function unescape(s: string): string {
  return s.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function parseIcs(ics: string): Prop[][] {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  const events: Prop[][] = [];
  let cur: Prop[] | null = null;
  for (const line of lines) {
    const m = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    if (!m) throw new Error(`bad line: ${line}`);
    const prop = { name: m[1]!, params: m[2]!, value: m[3]! };
    if (prop.name === 'BEGIN' && prop.value === 'VEVENT') cur = [];
    else if (prop.name === 'END' && prop.value === 'VEVENT') { events.push(cur!); cur = null; }
    else cur?.push(prop);
  }
  return events;
}

const get = (ev: Prop[], name: string) => ev.find(p => p.name === name);

describe('timelineToIcs', () => {
  const t = fixtureTimeline();
  const ics = timelineToIcs(t, '2026-01-02T03:04:05Z');

  it('is a VCALENDAR with CRLF lines of at most 75 octets', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('has one all-day event per dated event, at its precision', () => {
    const events = parseIcs(ics);
    expect(events).toHaveLength(t.events.filter(e => e.date).length);
    const byStart = Object.fromEntries(events.map(e => [get(e, 'DTSTART')!.value, get(e, 'DTEND')!.value]));
    expect(byStart['20170707']).toBe('20170708');
    // "May 2017" spans the month; DTEND is exclusive.
    expect(byStart['20170501']).toBe('20170601');
    for (const e of events) {
      expect(get(e, 'DTSTART')!.params).toBe(';VALUE=DATE');
      expect(get(e, 'DTSTAMP')!.value).toBe('20260102T030405Z');
      expect(get(e, 'UID')!.value).toMatch(/^e\d+-[0-9a-f]{8}@syria-news-timeline$/);
    }
  });

  it('round-trips summaries and descriptions through escaping and folding', () => {
    const events = parseIcs(ics);
    const labels = events.map(e => unescape(get(e, 'SUMMARY')!.value));
    expect(labels).toContain('Ceasefire announced for the southwest');
    const talks = events.find(e => unescape(get(e, 'SUMMARY')!.value) === 'Talks resume in Geneva')!;
    const description = unescape(get(talks, 'DESCRIPTION')!.value);
    expect(description).toContain('Date: Mon 10 Jul 2017 (day; date inferred from “on Monday”)');
    expect(description).toContain('Source: https://example.org/news/iran-syria');
  });

  it('escapes TEXT and folds without splitting a character', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const long = `SUMMARY:${'دمشق '.repeat(30)}`;
    const folded = foldLine(long);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    for (const l of folded.split('\r\n')) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
  });
});
