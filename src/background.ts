// Background (Chrome service worker / Firefox event page). Every listener is registered synchronously at the top
// level, so a restarted worker still hears the event that woke it; async start-up sits behind one promise
// (uBO Lite's background.js). onMessage listeners answer through sendResponse and `return true`, never a Promise
// (Chrome ignores Promise returns without the polyfill; field notes §2.3).
import type { Runtime } from 'webextension-polyfill';
import { ext } from './browser/ext.js';
import { showBadge } from './browser/badge.js';
import { hasAllSites, injectGateInOpenTabs, syncGateRegistration } from './browser/gate-registration.js';
import { injectAnalysis } from './browser/inject.js';
import { asContentMessage, asUiMessage, type ContentMessage, type TabReport, type UiMessage } from './browser/messages.js';
import { matchesPattern, originPattern, restriction } from './browser/page-access.js';
import { isSilenced, loadSettings } from './browser/settings.js';
import { clearTabState, getTabState, updateTabState } from './browser/tab-state.js';

const api = ext!;
// Runs on every start of the worker / event page (install, browser start, wake-up): cheap, and idempotent.
const ready: Promise<void> = syncGateRegistration().catch(e => console.warn('gate registration:', e));

api.runtime.onInstalled.addListener(() => void ready.then(injectGateInOpenTabs).catch(() => undefined));
// A site granted from the popup: run the gate in its open tabs now (the popup may be gone by the time the prompt is
// answered), rather than after a reload.
api.permissions.onAdded.addListener(() => void ready.then(syncGateRegistration).then(injectGateInOpenTabs).catch(() => undefined));
api.permissions.onRemoved.addListener(() => void ready.then(syncGateRegistration).catch(() => undefined));

// A new document in the tab: what we knew about the old one no longer holds (the badge is per document too).
api.tabs.onUpdated.addListener((tabId, info) => {
  if (info.status === 'loading') void clearTabState(tabId).then(() => api.action.setBadgeText({ tabId, text: '' })).catch(() => undefined);
});
api.tabs.onRemoved.addListener(tabId => void clearTabState(tabId).catch(() => undefined));

api.runtime.onMessage.addListener(((raw: unknown, sender: Runtime.MessageSender, sendResponse: (r: unknown) => void): true | undefined => {
  if (sender.id !== api.runtime.id) return undefined;
  const fromPage = asContentMessage(raw);
  const tabId = sender.tab?.id;
  // Content messages only from our scripts in a tab's top frame; UI messages only from our own pages.
  if (fromPage && tabId !== undefined && sender.frameId === 0) {
    ready.then(() => onContentMessage(fromPage, tabId, sender.url ?? null)).then(() => sendResponse({ ok: true }), e => sendResponse({ ok: false, error: String(e) }));
    return true;
  }
  const fromUi = asUiMessage(raw);
  if (fromUi && sender.url?.startsWith(api.runtime.getURL(''))) {
    ready.then(() => onUiMessage(fromUi)).then(r => sendResponse({ ok: true, result: r }), e => sendResponse({ ok: false, error: String((e as Error)?.message ?? e) }));
    return true;
  }
  return undefined;
}) as Runtime.OnMessageListenerCallback);

async function onContentMessage(m: ContentMessage, tabId: number, url: string | null): Promise<void> {
  switch (m.type) {
    case 'cs-bg-gate': {
      // A site the user silenced gets no automatic analysis (so no panel, no badge); the popup can still analyse it.
      const silenced = m.pass && isSilenced(url, (await loadSettings()).silenced);
      await updateTabState(tabId, { url, gate: silenced ? 'silenced' : m.pass ? 'passed' : 'skipped' });
      if (m.pass && !silenced) await injectAnalysis(tabId, { openedByUser: false, panel: 'auto' });
      return;
    }
    case 'cs-bg-verdict': {
      const { syriaConflict, reasons, score } = m.verdict;
      const state = await updateTabState(tabId, { url, analysis: { syriaConflict, reasons, score, events: m.events }, panelOpen: m.panelOpen, error: null });
      await showBadge(tabId, state);
      return;
    }
    case 'cs-bg-error':
      await updateTabState(tabId, { url, error: m.message });
      return;
    case 'cs-bg-panel':
      await updateTabState(tabId, { panelOpen: m.open });
      return;
  }
}

async function onUiMessage(m: UiMessage): Promise<TabReport | null> {
  switch (m.type) {
    case 'ui-bg-state':
      return tabReport(m.tabId);
    case 'ui-bg-panel':
      await injectAnalysis(m.tabId, { openedByUser: true, panel: m.panel });
      return null;
    case 'ui-bg-sync-gate':
      await syncGateRegistration();
      return null;
  }
}

async function tabReport(tabId: number): Promise<TabReport> {
  const [tab, state, allSites] = await Promise.all([api.tabs.get(tabId), getTabState(tabId), hasAllSites()]);
  // tab.url is there only with a host permission or activeTab for the tab (we ask for no "tabs" permission).
  const url = tab.url ?? state?.url ?? null;
  const origin = url ? originPattern(url) : null;
  const curated = api.runtime.getManifest().content_scripts?.[0]?.matches ?? [];
  const granted = origin ? await api.permissions.contains({ origins: [origin] }).catch(() => false) : false;
  return {
    state,
    restricted: restriction(url),
    granted,
    gateCovers: !!url && (allSites || curated.some(p => matchesPattern(p, url))),
    allSites,
    url,
  };
}
