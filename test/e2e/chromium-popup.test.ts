// Chromium through puppeteer-core, for what playwright cannot do:
// - the real toolbar popup (not a tab with ?tabId=), opened with action.openPopup(), finds its tab as the active
//   one. openPopup() is not a user gesture, so activeTab is not granted here: on a site the gate does not cover the
//   popup must say it has no access and offer to analyse the page anyway;
// - installing the extension while an article is already open (Chrome does not inject manifest content scripts
//   into open tabs; the background runs the gate there on runtime.onInstalled).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';
import { extDir, serve, tempDir, type Site } from './helpers.js';

let browser: Browser;
let sw: WebWorker;
const sites: Site[] = [];

async function realPopup(): Promise<Page> {
  await sw.evaluate('chrome.action.openPopup()');
  const target = await browser.waitForTarget(t => t.url().endsWith('/popup.html'), { timeout: 10_000 });
  const popup = (await target.asPage())!;
  await popup.waitForSelector('[data-status]');
  return popup;
}
const status = (p: Page) => p.$eval('[data-status]', e => e.getAttribute('data-status'));

beforeAll(async () => {
  sites.push(await serve(), await serve('127.0.0.2'));
  browser = await puppeteer.launch({
    browser: 'chrome', executablePath: '/usr/lib/chromium/chromium', headless: true, pipe: true,
    userDataDir: tempDir('snt-chromium-popup-'), enableExtensions: [extDir('chrome')],
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  sw = (await (await browser.waitForTarget(t => t.type() === 'service_worker')).worker())!;
});

afterAll(async () => {
  await browser?.close();
  for (const s of sites) await s.close();
});

describe('Chromium, the real toolbar popup', () => {
  it('on the demo article (active tab): a Syria-conflict article, with a "Hide timeline" button', async () => {
    const page = await browser.newPage();
    await page.goto(sites[0]!.demo);
    await page.waitForFunction(`[...document.documentElement.children].some(e => e.tagName.startsWith('SNT-PANEL-'))`, { timeout: 30_000 });
    const popup = await realPopup();
    expect(await status(popup)).toBe('popupSyria');
    expect(await popup.$('[data-action="hide"]')).not.toBeNull();
    await popup.close();
    await page.close();
  });

  it('on a site the gate does not cover: no access without the toolbar click, and "Analyse this page anyway"', async () => {
    const page = await browser.newPage();
    await page.goto(sites[1]!.demo);
    const popup = await realPopup();
    expect(await status(popup)).toBe('popupNoAccess');
    expect(await popup.$('[data-action="analyse"]')).not.toBeNull();
    expect(await page.evaluate(`[...document.documentElement.children].filter(e => e.tagName.startsWith('SNT-PANEL-')).length`)).toBe(0);
    await popup.close();
    await page.close();
  });
});

describe('Chromium, installing the extension with the article already open', () => {
  it('runs the gate in the open tab: the panel appears without a reload', async () => {
    const late = await puppeteer.launch({
      browser: 'chrome', executablePath: '/usr/lib/chromium/chromium', headless: true, pipe: true, enableExtensions: true,
      userDataDir: tempDir('snt-chromium-install-'), args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
    });
    try {
      const page = await late.newPage();
      await page.goto(sites[0]!.demo);
      await late.installExtension(extDir('chrome'));
      await page.waitForFunction(`[...document.documentElement.children].some(e => e.tagName.startsWith('SNT-PANEL-'))`, { timeout: 30_000 });
    } finally {
      await late.close();
    }
  });
});
