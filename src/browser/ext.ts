// The one door to extension APIs (uBO Lite's ext-compat pattern). Firefox has `browser` with promises; Chrome has
// `chrome`, whose MV3 APIs return promises too (and `browser` from Chrome 148). No polyfill (only its types): every
// API we call returns a promise in both, and onMessage listeners answer through sendResponse + `return true`, which
// both accept (Chrome does not take a Promise returned from an onMessage listener; field notes §2.3).
import type { Browser } from 'webextension-polyfill';

const g = globalThis as unknown as { browser?: Browser; chrome?: Browser };

/** The real API, not a page element of that name: `<form id="browser"><input name="runtime">` becomes
 *  globalThis.browser in Chromium's isolated world (test/e2e/hostile dom-clobbering). */
const isApi = (o: Browser | undefined): o is Browser => typeof o?.runtime?.sendMessage === 'function' && typeof o.runtime.getURL === 'function';

/** The extension API object, or undefined outside an extension (unit tests, a page that lost its extension). */
export const ext: Browser | undefined = isApi(g.browser) ? g.browser : isApi(g.chrome) ? g.chrome : undefined;

/** After the extension is updated, disabled or reloaded, a running content script loses its runtime id. */
export function contextValid(): boolean {
  try {
    return !!ext?.runtime?.id;
  } catch {
    return false;
  }
}
