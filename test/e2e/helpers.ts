// Shared by the Chromium and Firefox e2e files: the local server, the pages, what we expect of them.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { hostileResponse } from './hostile/cases.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const extDir = (browser: 'chrome' | 'firefox') => path.join(ROOT, 'dist/e2e', browser);
/** Where the e2e saves screenshots: a temp folder, or docs/screenshots when refreshing them
 *  (`SNT_SCREENSHOTS=docs/screenshots npm run test:e2e`), so an ordinary run leaves the tree clean. */
export const SCREENSHOTS = path.resolve(ROOT, process.env.SNT_SCREENSHOTS ?? path.join(os.tmpdir(), 'snt-screenshots'));
fs.mkdirSync(SCREENSHOTS, { recursive: true });

/** The seed article's gold dates (../shared/seed/gold-timeline.json), in the order the timeline must show them. */
export const GOLD_DATES = ['2011-03', '2017-05', '2017-07-07', '2017-07-09', '2017-07-10'];

const PAGES: Record<string, string> = {
  '/demo/iran-syria-ceasefire.html': 'demo/iran-syria-ceasefire.html',
  '/news/lebanon-strike.html': 'test/e2e/fixtures/lebanon-strike.html',
  '/news/arabic-ceasefire.html': 'test/e2e/fixtures/arabic-ceasefire.html',
};

export interface Site {
  origin: string;
  /** Every path the server was asked for, in order (the no-network checks read it). */
  log: string[];
  demo: string;
  other: string;
  /** An Arabic article (lang="ar" dir="rtl") about the Syrian conflict. */
  arabic: string;
  close(): Promise<void>;
}

/** Serves the test pages; `host` 127.0.0.2 gives an origin the gate does not cover (the loopback is a /8). */
export async function serve(host = '127.0.0.1'): Promise<Site> {
  const log: string[] = [];
  const server = http.createServer((req, res) => {
    const route = (req.url ?? '').split('?')[0]!;
    log.push(req.url ?? '');
    const hostile = route.startsWith('/hostile/') ? hostileResponse(route.slice('/hostile/'.length)) : null;
    if (hostile) return void res.writeHead(200, { 'content-type': hostile.type, ...hostile.headers }).end(hostile.body);
    const file = PAGES[route];
    if (!file) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fs.readFileSync(path.join(ROOT, file)));
  });
  await new Promise<void>(r => server.listen(0, host, r));
  const origin = `http://${host}:${(server.address() as { port: number }).port}`;
  return {
    origin,
    log,
    demo: `${origin}/demo/iran-syria-ceasefire.html`,
    other: `${origin}/news/lebanon-strike.html`,
    arabic: `${origin}/news/arabic-ceasefire.html`,
    close: () => new Promise(r => server.close(() => r())),
  };
}

/** Browser profiles and HOME stay out of the real home (browser-testing.md). */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Headless Chromium with the built extension loaded (browser-testing.md), in a throwaway profile. */
export function launchChromium(profilePrefix: string): Promise<BrowserContext> {
  const ext = extDir('chrome');
  return chromium.launchPersistentContext(tempDir(profilePrefix), {
    executablePath: '/usr/lib/chromium/chromium',
    headless: false,
    viewport: { width: 1280, height: 800 },
    args: ['--headless=new', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu',
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Requests that left the machine: anything not to our local server or the browser's own/extension schemes. */
export function remoteRequests(urls: string[]): string[] {
  return urls.filter(u => /^(?:https?|wss?):/i.test(u) && !/^(?:https?|wss?):\/\/(?:127\.0\.0\.1|localhost)(?::\d+)?\//i.test(u));
}

/** Indexes of each gold date in the panel's list, -1 when missing. */
export function goldPositions(datetimes: string[]): number[] {
  return GOLD_DATES.map(d => datetimes.indexOf(d));
}

export interface PanelView { status: string; datetimes: string[]; rows: number }

/** Evaluated in the page: what a single-page site does — swap the article in place for `url`'s, push its address. */
export const spaNavigateProbe = (url: string, newPath: string) => `(async () => {
  const next = new DOMParser().parseFromString(await (await fetch(${JSON.stringify(url)})).text(), 'text/html');
  document.head.replaceChildren(...Array.from(next.head.childNodes, n => document.importNode(n, true)));
  document.body.replaceChildren(...Array.from(next.body.childNodes, n => document.importNode(n, true)));
  history.pushState(null, '', ${JSON.stringify(newPath)});
})()`;

/** Evaluated in the page: the panel host (random tag name), its open root, the event rows' <time datetime>. */
export const PANEL_PROBE = `(() => {
  const host = [...document.documentElement.children].find(e => e.tagName.toLowerCase().startsWith('snt-panel-'));
  const root = host && host.shadowRoot;
  if (!root || getComputedStyle(host).display === 'none') return null;
  return {
    status: root.querySelector('aside') ? 'shown' : 'empty',
    datetimes: [...root.querySelectorAll('[data-kind="event"] time')].map(t => t.getAttribute('datetime') || ''),
    rows: root.querySelectorAll('[data-kind="event"]').length,
  };
})()`;

/** Clicks the row of the first event whose date is `date`; returns that event's evidence text if found. */
export const clickEventProbe = (date: string) => `(() => {
  const host = [...document.documentElement.children].find(e => e.tagName.toLowerCase().startsWith('snt-panel-'));
  const row = [...host.shadowRoot.querySelectorAll('[data-kind="event"]')].find(r => r.querySelector('time')?.getAttribute('datetime') === ${JSON.stringify(date)});
  if (!row) return null;
  row.querySelector('.row-main').click();
  return row.querySelector('.label')?.textContent ?? '';
})()`;

/** The page's current evidence highlight (CSS Custom Highlight API, else the selection), as text. */
export const HIGHLIGHT_PROBE = `(() => {
  const reg = globalThis.CSS && CSS.highlights;
  if (reg) for (const [name, h] of reg) if (name.startsWith('snt-evidence-')) { const r = [...h][0]; if (r) return r.toString(); }
  return getSelection()?.toString() || null;
})()`;

export const HOST_COUNT = `[...document.documentElement.children].filter(e => e.tagName.toLowerCase().startsWith('snt-panel-')).length`;

export async function until<T>(f: () => Promise<T>, ok: (v: T) => boolean, ms = 20_000, what = 'condition'): Promise<T> {
  const end = Date.now() + ms;
  let v = await f();
  while (!ok(v)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(v)}`);
    await new Promise(r => setTimeout(r, 150));
    v = await f();
  }
  return v;
}
