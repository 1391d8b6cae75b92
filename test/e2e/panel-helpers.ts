// The demo article behind a strict page CSP and with CSS that would wreck an unisolated panel (field notes §2.4,
// §3.2 items 9–10): the panel's styles must survive both, in each browser's content-script world.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './helpers.js';

const CSP = "default-src 'none'; style-src 'self'";
const HOSTILE = 'html{font-size:10px} body{color:red;line-height:3;letter-spacing:2px;direction:rtl} *{font-family:serif!important} button{background:lime!important}';

export interface HostileSite {
  url: string;
  close(): Promise<void>;
}

export async function serveHostile(): Promise<HostileSite> {
  const html = fs.readFileSync(path.join(ROOT, 'demo/iran-syria-ceasefire.html'), 'utf8')
    .replace('<head>', '<head><link rel="stylesheet" href="/hostile.css">');
  const server = http.createServer((req, res) => {
    if (req.url === '/hostile.css') return void res.writeHead(200, { 'content-type': 'text/css' }).end(HOSTILE);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP }).end(html);
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}/news/strict-csp.html`,
    // Browsers keep idle connections open; without this, close() waits for their keep-alive to time out.
    close: () => new Promise(r => { server.close(() => r()); server.closeAllConnections(); }),
  };
}

/** Evaluated in the page: computed styles of the panel that page CSS or a blocked sheet would change. */
export const PANEL_STYLE_PROBE = `(() => {
  const host = [...document.documentElement.children].find(e => e.tagName.toLowerCase().startsWith('snt-panel-'));
  const root = host && host.shadowRoot;
  const aside = root && root.querySelector('aside');
  if (!aside) return null;
  const cs = getComputedStyle(aside);
  const row = getComputedStyle(root.querySelector('.row-main') || aside);
  return { position: cs.position, fontSize: cs.fontSize, width: cs.width, direction: cs.direction,
    serif: /serif/.test(cs.fontFamily) && !/sans-serif/.test(cs.fontFamily), rowBackground: row.backgroundColor };
})()`;

export const EXPECTED_STYLES = { position: 'fixed', fontSize: '14px', width: '380px', direction: 'ltr', serif: false, rowBackground: 'rgba(0, 0, 0, 0)' };

/** The panel's host element, as an expression evaluated in the page. */
export const HOST = `[...document.documentElement.children].find(e => e.tagName.toLowerCase().startsWith('snt-panel-'))`;

/** The focused element inside the panel's root (null when focus is in the page). */
export const PANEL_FOCUS = `(() => {
  const a = ${HOST}?.shadowRoot.activeElement;
  return a ? { tag: a.tagName.toLowerCase(), cls: a.getAttribute('class') || '', row: a.hasAttribute('data-row'),
    time: a.querySelector('time')?.getAttribute('datetime') ?? null, text: a.textContent } : null;
})()`;
export interface PanelFocus { tag: string; cls: string; row: boolean; time: string | null; text: string }

export const ROW_TIMES = `[...${HOST}.shadowRoot.querySelectorAll('[data-row] time')].map(t => t.getAttribute('datetime'))`;

/** Colours, side and direction of the open panel, and how the RTL article's text is marked. */
export const PANEL_LOOK = `(() => {
  const root = ${HOST}.shadowRoot;
  const aside = root.querySelector('aside');
  const cs = getComputedStyle(aside);
  const label = root.querySelector('[data-kind="event"] .label');
  return { background: cs.backgroundColor, color: cs.color, side: aside.classList.contains('side-left') ? 'left' : 'right',
    dir: cs.direction, labelDir: label && getComputedStyle(label).direction, labelLang: label && label.getAttribute('lang'),
    chipsInBdi: [...root.querySelectorAll('.chip')].every(c => c.querySelector('bdi')) };
})()`;
export interface PanelLook { background: string; color: string; side: string; dir: string; labelDir: string | null; labelLang: string | null; chipsInBdi: boolean }
export const LIGHT_BACKGROUND = 'rgb(255, 255, 255)';
export const DARK_BACKGROUND = 'rgb(31, 31, 35)';

/** axe-core on the panel's host (needs axe.min.js in the page first); violations as "id: targets". */
export const AXE_PANEL = `(async () => {
  const res = await axe.run({ include: [[${HOST}.tagName.toLowerCase()]] }, { resultTypes: ['violations'] });
  return res.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '));
})()`;

/** A textarea in the page to paste the copied Markdown into: the one way to read the clipboard in both browsers. */
export const PASTE_TARGET = `(() => {
  const t = document.createElement('textarea');
  t.id = 'snt-test-paste';
  t.style.cssText = 'position:fixed;left:0;top:0;width:300px;height:100px';
  document.body.append(t);
  t.focus();
})()`;
export const PASTED = `(() => { const t = document.getElementById('snt-test-paste'); const v = t.value; t.remove(); return v; })()`;

/** RFC 5545 §3.1: content lines are CRLF-terminated, at most 75 octets, folded with CRLF + one space or tab. */
export function unfoldIcs(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const l of physical) expect(new TextEncoder().encode(l).length, l).toBeLessThanOrEqual(75);
  expect(physical.some(l => l.includes('\n'))).toBe(false);
  const lines: string[] = [];
  for (const l of physical) {
    if (/^[ \t]/.test(l)) lines[lines.length - 1] += l.slice(1);
    else lines.push(l);
  }
  return lines;
}

export interface IcsEvent { [property: string]: string }

/** The calendar's VEVENTs as name(;params) → value, checking BEGIN/END nesting on the way. */
export function parseIcs(text: string): { calendar: IcsEvent; events: IcsEvent[] } {
  const lines = unfoldIcs(text);
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  const calendar: IcsEvent = {};
  const events: IcsEvent[] = [];
  let current: IcsEvent | null = null;
  for (const line of lines.slice(1, -1)) {
    const colon = line.indexOf(':');
    expect(colon, line).toBeGreaterThan(0);
    const name = line.slice(0, colon);
    const value = line.slice(colon + 1);
    if (line === 'BEGIN:VEVENT') { expect(current).toBeNull(); current = {}; continue; }
    if (line === 'END:VEVENT') { expect(current).not.toBeNull(); events.push(current!); current = null; continue; }
    (current ?? calendar)[name] = value;
  }
  expect(current).toBeNull();
  return { calendar, events };
}

const unescapeText = (s: string) => s.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
const basicDay = (iso: string) => iso.replace(/-/g, '');

interface JsonExport {
  format: string;
  generatedAt: string;
  timeline: { title: string; url: string | null; published: { date: string | null }; events: { id: string; label: string; date: { value: string; precision: string; source: string } | null; evidence: { text: string } }[] };
}

/**
 * The three exports of the demo article's panel agree with each other and with the panel: Markdown with the source
 * link, JSON in the documented shape (docs/panel.md, "syria-news-timeline/timeline@1"), an .ics whose all-day
 * events start and end on the events' dates.
 */
export function checkExports(md: string, jsonText: string, ics: string, panelDatetimes: string[]): void {
  const json = JSON.parse(jsonText) as JsonExport;
  expect(json.format).toBe('syria-news-timeline/timeline@1');
  expect(Number.isNaN(Date.parse(json.generatedAt))).toBe(false);
  const tl = json.timeline;
  expect(tl.url).toMatch(/^https?:\/\//);
  expect(tl.published.date).toBe('2017-07-10');
  expect(tl.events.length).toBe(panelDatetimes.length);
  for (const e of tl.events) {
    expect(typeof e.id).toBe('string');
    expect(e.label.length).toBeGreaterThan(0);
    expect(e.evidence.text.length).toBeGreaterThan(0);
    if (e.date) expect(e.date).toEqual(expect.objectContaining({ value: expect.any(String), precision: expect.any(String), source: expect.any(String) }));
  }

  expect(md.startsWith('# ')).toBe(true);
  expect(md).toContain(`Source: <${tl.url}>`);
  expect(md).toContain('Published 10 July 2017');
  expect(md).toMatch(/^## 2017$/m);
  expect(md.match(/^- \*\*/gm)?.length).toBe(tl.events.length);

  const { calendar, events } = parseIcs(ics);
  expect(calendar.VERSION).toBe('2.0');
  expect(calendar.PRODID).toBeTruthy();
  const byUid = new Map(events.map(e => [e.UID, e]));
  expect(byUid.size).toBe(events.length);
  // Each day-, month- and year-precise event is in the calendar over exactly its days.
  const expectSpan = (value: string, start: string, end: string) => {
    const ev = events.find(e => e['DTSTART;VALUE=DATE'] === start && tl.events.some(x => x.date?.value === value && unescapeText(e.SUMMARY ?? '') === x.label));
    expect(ev, `${value} in the calendar`).toBeTruthy();
    expect(ev!['DTEND;VALUE=DATE']).toBe(end);
    expect(unescapeText(ev!.DESCRIPTION ?? '')).toContain(`Source: ${tl.url}`);
  };
  for (const e of tl.events) {
    const v = e.date?.value ?? '';
    if (e.date?.precision === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
      const next = new Date(Date.parse(v) + 86_400_000).toISOString().slice(0, 10);
      expectSpan(v, basicDay(v), basicDay(next));
    } else if (e.date?.precision === 'month' && /^\d{4}-\d{2}$/.test(v)) {
      const [y, m] = v.split('-').map(Number) as [number, number];
      expectSpan(v, `${basicDay(v)}01`, m === 12 ? `${y + 1}0101` : `${y}${String(m + 1).padStart(2, '0')}01`);
    } else if (e.date?.precision === 'year' && /^\d{4}$/.test(v)) {
      expectSpan(v, `${v}0101`, `${Number(v) + 1}0101`);
    }
  }
  // The gold dates of the demo are among them.
  for (const d of ['20170707', '20170501']) expect(events.some(e => e['DTSTART;VALUE=DATE'] === d), d).toBe(true);
}

/** A button in the page, focused: where focus must come back to when the user closes the panel they opened. */
export const PAGE_BUTTON = `(() => {
  const b = document.createElement('button');
  b.id = 'snt-test-focus';
  b.textContent = 'page control';
  document.body.prepend(b);
  b.focus();
  return document.activeElement === b;
})()`;
export const PAGE_BUTTON_FOCUSED = `document.activeElement && document.activeElement.id === 'snt-test-focus'`;
