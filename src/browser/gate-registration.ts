// The optional all-sites gate: when the user grants http(s)://*/* from the popup, the same gate.js is registered
// for every site (minus the curated origins the manifest already covers); when the grant goes, so does the script.
import { ext } from './ext.js';

const ID = 'gate-all-sites';
export const ALL_SITES = ['http://*/*', 'https://*/*'];

export async function hasAllSites(): Promise<boolean> {
  return ext!.permissions.contains({ origins: ALL_SITES });
}

export async function syncGateRegistration(): Promise<void> {
  const want = await hasAllSites();
  const have = (await ext!.scripting.getRegisteredContentScripts({ ids: [ID] })).length > 0;
  if (want === have) return;
  if (!want) {
    await ext!.scripting.unregisterContentScripts({ ids: [ID] });
    return;
  }
  const curated = ext!.runtime.getManifest().content_scripts?.[0]?.matches ?? [];
  await ext!.scripting.registerContentScripts([
    { id: ID, matches: ALL_SITES, excludeMatches: curated, js: ['gate.js'], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

/** Chrome runs manifest content scripts only in pages loaded after an install or update: run the gate in the
 *  curated tabs already open (its global guard makes a second run a no-op where the browser did inject it). */
export async function injectGateInOpenTabs(): Promise<void> {
  const curated = ext!.runtime.getManifest().content_scripts?.[0]?.matches ?? [];
  const tabs = await ext!.tabs.query({ url: curated });
  await Promise.all(tabs.map(t => (t.id === undefined ? null : ext!.scripting.executeScript({ target: { tabId: t.id }, files: ['gate.js'] }).catch(() => null))));
}
