// What the popup asks of the browser, in one place: the tab it is about, the background's report, permissions.
import { ext } from './ext.js';
import { ALL_SITES } from './gate-registration.js';
import type { TabReport, UiMessage } from './messages.js';

async function ask<T>(m: UiMessage): Promise<T> {
  const r = (await ext!.runtime.sendMessage(m)) as { ok: boolean; result?: T; error?: string } | undefined;
  if (!r?.ok) throw new Error(r?.error ?? 'no answer from the background');
  return r.result as T;
}

/** The tab the popup is about: ?tabId=N when opened as a tab (tests), else the active tab. */
export async function popupTabId(search: string): Promise<number | null> {
  const n = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(n) && n > 0) return n;
  const [tab] = await ext!.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export const getReport = (tabId: number) => ask<TabReport>({ type: 'ui-bg-state', tabId });
export const requestPanel = (tabId: number, panel: 'open' | 'close') => ask<null>({ type: 'ui-bg-panel', tabId, panel });

// permissions.request must run inside the click's user gesture (Firefox): call these first in a handler, no await before.
export function grantOrigin(pattern: string): Promise<boolean> {
  return ext!.permissions.request({ origins: [pattern] });
}

export async function setAllSites(on: boolean): Promise<boolean> {
  const done = on ? await ext!.permissions.request({ origins: ALL_SITES }) : await ext!.permissions.remove({ origins: ALL_SITES });
  await ask<null>({ type: 'ui-bg-sync-gate' });
  return done;
}
