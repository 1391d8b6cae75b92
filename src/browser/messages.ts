// Typed messages between the parts, prefixed with their direction (cs = content script, ui = popup, bg = background).
// The background validates every message's shape and sender before acting on it.
import type { Verdict } from '../core/types.js';

/** The gate's decision; when it passed, the background injects the analysis bundle into the sender's tab. */
export interface GateResult { type: 'cs-bg-gate'; pass: boolean; score: number }
/** What the analysis found (badge, popup). */
export interface AnalysisDone { type: 'cs-bg-verdict'; verdict: Pick<Verdict, 'syriaConflict' | 'reasons' | 'score'>; events: number; panelOpen: boolean }
export interface AnalysisFailed { type: 'cs-bg-error'; message: string }
export interface PanelShown { type: 'cs-bg-panel'; open: boolean }
/** The popup asks what is known about a tab. */
export interface TabStateQuery { type: 'ui-bg-state'; tabId: number }
/** The popup asks to analyse a tab (opening the panel) or to open/close its panel. */
export interface PanelRequest { type: 'ui-bg-panel'; tabId: number; panel: 'open' | 'close' }
/** The popup granted or revoked the all-sites permission: (un)register the gate accordingly. */
export interface SyncGate { type: 'ui-bg-sync-gate' }

export type ContentMessage = GateResult | AnalysisDone | AnalysisFailed | PanelShown;
export type UiMessage = TabStateQuery | PanelRequest | SyncGate;

/** What the background knows about a tab, kept in storage.session so a restarted service worker still knows. */
export interface TabState {
  url: string | null;
  /** 'silenced': the gate passed on a site the user silenced, so nothing ran. */
  gate: 'passed' | 'skipped' | 'silenced' | null;
  analysis: { syriaConflict: boolean; reasons: string[]; score: number; events: number } | null;
  panelOpen: boolean;
  error: string | null;
}

/** What the popup shows: the tab's state plus what the background can tell about the page itself. */
export interface TabReport {
  state: TabState | null;
  /** Why the extension cannot run here, if it cannot. */
  restricted: 'scheme' | 'store' | 'pdf' | null;
  /** The page's origin is covered by a granted host permission (or activeTab) — false in Firefox until the user grants it. */
  granted: boolean;
  /** The origin is one the gate covers (curated list or all-sites). */
  gateCovers: boolean;
  allSites: boolean;
  url: string | null;
}

/** Sent into the page (as an executeScript argument) to ask the analysis bundle for something. */
export interface AnalyseRequest {
  openedByUser: boolean;
  panel: 'auto' | 'open' | 'close';
}

const isObj = (m: unknown): m is Record<string, unknown> => typeof m === 'object' && m !== null;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function asContentMessage(m: unknown): ContentMessage | null {
  if (!isObj(m)) return null;
  switch (m.type) {
    case 'cs-bg-gate':
      return isNum(m.score) && typeof m.pass === 'boolean' ? { type: m.type, pass: m.pass, score: m.score } : null;
    case 'cs-bg-verdict': {
      const v = m.verdict;
      if (!isObj(v) || typeof v.syriaConflict !== 'boolean' || !Array.isArray(v.reasons) || !isNum(v.score) || !isNum(m.events)) return null;
      // Only what the badge and popup use, bounded: a compromised page context must not fill session storage.
      const reasons = v.reasons.slice(0, 12).map(r => String(r).slice(0, 200));
      return { type: m.type, verdict: { syriaConflict: v.syriaConflict, reasons, score: v.score }, events: m.events, panelOpen: m.panelOpen === true };
    }
    case 'cs-bg-error':
      return typeof m.message === 'string' ? { type: m.type, message: m.message.slice(0, 300) } : null;
    case 'cs-bg-panel':
      return typeof m.open === 'boolean' ? { type: m.type, open: m.open } : null;
    default:
      return null;
  }
}

export function asUiMessage(m: unknown): UiMessage | null {
  if (!isObj(m)) return null;
  switch (m.type) {
    case 'ui-bg-state':
      return isNum(m.tabId) ? { type: m.type, tabId: m.tabId } : null;
    case 'ui-bg-panel':
      return isNum(m.tabId) && (m.panel === 'open' || m.panel === 'close') ? { type: m.type, tabId: m.tabId, panel: m.panel } : null;
    case 'ui-bg-sync-gate':
      return { type: m.type };
    default:
      return null;
  }
}
