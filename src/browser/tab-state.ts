// Per-tab state in storage.session: a Chrome service worker (or Firefox event page) may stop between two
// messages, and memory would forget which tab was detected. Keys: `tab:<id>`.
import { ext } from './ext.js';
import type { TabState } from './messages.js';

const EMPTY: TabState = { url: null, gate: null, analysis: null, panelOpen: false, error: null };
const key = (tabId: number) => `tab:${tabId}`;

export async function getTabState(tabId: number): Promise<TabState | null> {
  const got = await ext!.storage.session.get(key(tabId));
  return (got[key(tabId)] as TabState | undefined) ?? null;
}

export async function updateTabState(tabId: number, patch: Partial<TabState>): Promise<TabState> {
  const next = { ...EMPTY, ...(await getTabState(tabId)), ...patch };
  await ext!.storage.session.set({ [key(tabId)]: next });
  return next;
}

export async function clearTabState(tabId: number): Promise<void> {
  await ext!.storage.session.remove(key(tabId));
}
