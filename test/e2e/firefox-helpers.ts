// Firefox e2e plumbing shared by firefox.test.ts and panel-firefox.test.ts: launching with the extension, and
// extension pages (popup) driven over raw WebDriver BiDi (browser-testing.md).
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { ROOT, extDir, tempDir, until } from './helpers.js';

export interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
  on(event: string, listener: (params: { request: { url: string } }) => void): void;
}

const GECKO_ID = (JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } }).browser_specific_settings.gecko.id;
const UUID = '5e7d2c1a-0b7e-4c53-9d1e-2f6a8b9c0d11';
const EXT_ORIGIN = `moz-extension://${UUID}`;


/** Firefox ESR with the built extension as a temporary add-on, at a fixed moz-extension:// origin. */
export async function launchFirefox(grantByDefault: boolean, prefs: Record<string, unknown> = {}): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true,
    userDataDir: tempDir('snt-firefox-'),
    // Needed only to open moz-extension:// pages (browser-testing.md).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Firefox MV3 host permissions are the user's: set the install-time default explicitly, both ways.
      'extensions.originControls.grantByDefault': grantByDefault,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      ...prefs,
    },
  });
  await browser.installExtension(extDir('firefox'));
  return browser;
}

/** An extension page (page.goto hangs on moz-extension://): raw BiDi, polled with script.evaluate. */
export class ExtensionPage {
  private constructor(private bidi: BidiConnection, private context: string) {}
  static async open(browser: Browser, pathAndQuery: string): Promise<ExtensionPage> {
    const bidi = (browser as unknown as { connection: BidiConnection }).connection;
    const { result } = await bidi.send('browsingContext.create', { type: 'tab' });
    const page = new ExtensionPage(bidi, result.context as string);
    await bidi.send('browsingContext.navigate', { context: page.context, url: `${EXT_ORIGIN}/${pathAndQuery}`, wait: 'none' });
    return page;
  }
  async eval<T>(expression: string): Promise<T> {
    const { result } = await this.bidi.send('script.evaluate', { expression, target: { context: this.context }, awaitPromise: true, resultOwnership: 'none' });
    const r = result as { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } };
    if (r.type === 'exception') throw new Error(r.exceptionDetails?.text ?? 'evaluate failed');
    return deserialize(r.result) as T;
  }
  async screenshot(file: string): Promise<void> {
    const { result } = await this.bidi.send('browsingContext.captureScreenshot', { context: this.context });
    fs.writeFileSync(file, Buffer.from(result.data as string, 'base64'));
  }
  close(): Promise<unknown> {
    return this.bidi.send('browsingContext.close', { context: this.context });
  }
}

/** BiDi remote values → JS (only the shapes our probes return). */
function deserialize(v: unknown): unknown {
  const r = v as { type?: string; value?: unknown } | undefined;
  if (!r) return undefined;
  if (r.type === 'array') return (r.value as unknown[]).map(deserialize);
  if (r.type === 'object') return Object.fromEntries((r.value as [unknown, unknown][]).map(([k, x]) => [typeof k === 'string' ? k : deserialize(k), deserialize(x)]));
  if (r.type === 'null' || r.type === 'undefined') return null;
  return r.value;
}

/** An extension page evaluating `browser.*` for us (the popup page, aimed at no tab). */
export async function extensionProbe(browser: Browser): Promise<ExtensionPage> {
  const p = await ExtensionPage.open(browser, 'popup.html?tabId=0');
  await until(() => p.eval<boolean>('typeof browser !== "undefined" && !!browser.runtime').catch(() => false), ok => ok, 10_000, 'an extension page');
  return p;
}
// tabs.query({url}) does not match 127.0.0.1:PORT patterns in Firefox: filter on tab.url (browser-testing.md).
export const tabIdOf = (probe: ExtensionPage, url: string) =>
  until(() => probe.eval<number>(`browser.tabs.query({}).then(ts => (ts.find(t => t.url === ${JSON.stringify(url)}) || {}).id || 0)`), id => id > 0, 10_000, `tab of ${url}`);
export const badge = (probe: ExtensionPage, tabId: number) => probe.eval<string>(`browser.action.getBadgeText({ tabId: ${tabId} })`);

export async function popupStatus(browser: Browser, tabId: number): Promise<{ page: ExtensionPage; status: string }> {
  const page = await ExtensionPage.open(browser, `popup.html?tabId=${tabId}`);
  const status = await until(() => page.eval<string | null>(`document.querySelector('[data-status]')?.dataset.status ?? null`).catch(() => null), s => !!s, 10_000, 'the popup');
  return { page, status: status! };
}
