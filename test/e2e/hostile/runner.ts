// One runner for the hostile-page cases, driven by a small per-browser Driver (Chromium: playwright-core,
// Firefox: puppeteer-core over WebDriver BiDi). For every case: what the extension must show, the page's own
// invariants (guard.js), no error from the extension, and the longest stall of the page's event loop.
import { expect } from 'vitest';
import { HOST_COUNT, PANEL_PROBE, until, type PanelView } from '../helpers.js';
import type { HostileCase } from './cases.js';

export interface OpenPage {
  tabId: number;
  /** Evaluates in the page's main world; a page that poisoned its globals gets them back for the probe only. */
  eval<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

export interface TabState { gate: 'passed' | 'skipped' | null; analysis: { syriaConflict: boolean; events: number } | null; panelOpen: boolean }

export interface Driver {
  browser: 'chromium' | 'firefox';
  open(url: string): Promise<OpenPage>;
  tabState(tabId: number): Promise<TabState | null>;
  /** The popup aimed at a tab: its status key; presses a button if it is there (after 'analyse': the alert, if any). */
  popup(tabId: number, press: 'analyse' | 'show' | 'hide' | null): Promise<{ status: string; alert: string | null }>;
  /** Errors the extension raised since the last call (page-side content scripts and background). */
  drainErrors(): Promise<string[]>;
  reloadExtension(): Promise<void>;
}

/** Longest the page's event loop may stall (ms). Generous: a shared 2-core machine, and Readability reads a 5 MB
 *  page in one task (about 10 s in Firefox); the hangs this caught ran 30 s to minutes. */
export const STALL_LIMIT_MS = 15_000;

/** Evaluates a probe in the page; a page that poisoned its globals (cases 'prototypes-overridden', 'dom-clobbering')
 *  lends back the originals for it, and the value crosses as JSON made while they are back (Firefox's BiDi
 *  serialiser itself trips over a poisoned Array iterator). */
export async function probe<T>(page: OpenPage, expr: string): Promise<T> {
  const json = await page.eval<string | undefined>(`(() => { const again = window.__unpoison ? window.__unpoison() : null; try { return JSON.stringify((${expr})); } finally { if (again) again(); } })()`);
  return (json === undefined ? null : JSON.parse(json)) as T;
}

const STYLE_PROBE = `(() => {
  const host = [...document.documentElement.children].find(e => e.tagName.toLowerCase().startsWith('snt-panel-'));
  const aside = host && host.shadowRoot && host.shadowRoot.querySelector('aside');
  if (!aside) return null;
  const r = aside.getBoundingClientRect();
  const top = document.elementFromPoint(Math.min(innerWidth - 1, Math.max(0, r.left + r.width / 2)), Math.min(innerHeight - 1, Math.max(0, r.top + 60)));
  const bad = [...host.shadowRoot.querySelectorAll('*')].filter(e => /^(?:script|img|iframe|object|embed|svg\\/?script)$/i.test(e.tagName) || [...e.attributes].some(a => /^on/i.test(a.name)));
  return { position: getComputedStyle(aside).position, width: Math.round(r.width), height: Math.round(r.height), left: Math.round(r.left),
    onTop: top === host, text: host.shadowRoot.textContent, unsafe: bad.map(e => e.tagName) };
})()`;

/** Clicks the first event row; the live region then says whether its sentence was found in the page. */
const CLICK_FIRST = `(() => {
  const host = [...document.documentElement.children].find(e => e.tagName.toLowerCase().startsWith('snt-panel-'));
  const row = host && host.shadowRoot.querySelector('[data-kind="event"] .row-main');
  if (!row) return false;
  row.click();
  return true;
})()`;
const NOTICE = `(() => {
  const host = [...document.documentElement.children].find(e => e.tagName.toLowerCase().startsWith('snt-panel-'));
  return host ? host.shadowRoot.querySelector('[role="status"]').textContent : null;
})()`;

export const panelView = (p: OpenPage) => probe<PanelView | null>(p, PANEL_PROBE);
export const hostCount = (p: OpenPage) => probe<number>(p, HOST_COUNT);
export const waitPanel = (p: OpenPage, ms = 60_000) => until(() => panelView(p), v => !!v && v.rows > 0, ms, 'the panel with events');

export interface CaseContext { d: Driver; page: OpenPage; origin: string }

export async function runCase(d: Driver, c: HostileCase, origin: string): Promise<void> {
  await d.drainErrors();
  const page = await d.open(c.url ? c.url(origin) : `${origin}/hostile/${c.name}`);
  try {
    if (c.expect === 'panel') {
      const view = await waitPanel(page);
      for (const date of c.dates?.has ?? []) expect(view!.datetimes, `panel dates should include ${date}`).toContain(date);
      const style = await probe<{ position: string; width: number; height: number; onTop: boolean; unsafe: string[] } | null>(page, STYLE_PROBE);
      // The panel works: styled (fixed, full height), on screen, above the page, and holding no live markup.
      expect(style).not.toBeNull();
      expect(style!.position).toBe('fixed');
      expect(style!.width).toBeGreaterThanOrEqual(250);
      expect(style!.height).toBeGreaterThanOrEqual(300);
      expect(style!.onTop, 'the panel is the topmost element where it sits').toBe(true);
      expect(style!.unsafe).toEqual([]);
    } else if (c.expect === 'analysed') {
      await until(() => d.tabState(page.tabId), s => !!s?.analysis, 60_000, 'the analysis');
    } else if (c.expect === 'quiet') {
      // Whatever the gate decided (or nothing, on a non-HTML page): give the extension time, then no panel.
      await until(() => d.tabState(page.tabId), s => !!s?.gate && (s.gate === 'skipped' || !!s.analysis), 5_000, 'the gate').catch(() => null);
      await new Promise(r => setTimeout(r, 500));
      expect(await hostCount(page).catch(() => 0)).toBe(0);
    } else {
      const { status, alert } = await d.popup(page.tabId, 'analyse');
      expect(c.popup, `popup status ${status}`).toContain(status);
      // A restricted page is explained up front (no button), or pressing "Analyse" says why it failed.
      if (!status.startsWith('popupRestricted')) expect(alert ?? '').toMatch(/could not be analysed|cannot|not available/i);
    }
    if (c.act) await c.act({ d, page, origin });
    if (c.guarded !== false) {
      expect(await probe<string[]>(page, 'window.__hostile.check()')).toEqual([]);
    }
    if (c.expect === 'panel' && c.highlight !== false) {
      // A status change clears the live region (Panel.tsx): a click landing on one is repeated.
      const said = (n: string | null) => !!n && /Highlighted|find this sentence/.test(n);
      let notice: string | null = null;
      for (let i = 0; i < 4 && !said(notice); i++) {
        expect(await probe<boolean>(page, CLICK_FIRST)).toBe(true);
        notice = await until(() => probe<string | null>(page, NOTICE), said, 5_000, 'the highlight notice').catch(() => null);
      }
      expect(notice, 'the highlight notice').toMatch(/Highlighted|find this sentence/);
      if (c.highlight === 'found') expect(notice).toMatch(/Highlighted/);
    }
    if (c.guarded !== false) {
      const r = await probe<{ maxGap: number; longest: number; visible: string }>(page, 'window.__hostile.responsiveness()');
      expect(Math.max(r.maxGap, r.longest), `longest stall (${JSON.stringify(r)})`).toBeLessThan(STALL_LIMIT_MS);
    }
    expect(await d.drainErrors()).toEqual([]);
  } finally {
    await page.close().catch(() => undefined);
  }
}
