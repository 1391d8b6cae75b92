// The panel inside the built extension (Chromium content-script world): accessibility (axe-core), keyboard flow,
// highlight on activation, Escape closing and clearing, and no focus stolen when it opens by itself.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { HIGHLIGHT_PROBE, PANEL_PROBE, ROOT, launchChromium, serve, tempDir, until, type Site } from './helpers.js';
import { EXPECTED_STYLES, PANEL_STYLE_PROBE, serveHostile } from './panel-helpers.js';

const SHOTS = tempDir('snt-panel-shots-');
const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** The element focused inside our shadow root (null when focus is in the page). */
const FOCUSED_ROW = `(() => {
  const host = [...document.documentElement.children].find(e => e.tagName.toLowerCase().startsWith('snt-panel-'));
  const a = host && host.shadowRoot.activeElement;
  return a ? { row: a.hasAttribute('data-row'), time: a.querySelector('time')?.getAttribute('datetime') ?? null, text: a.textContent } : null;
})()`;
const ROW_TIMES = `[...[...document.documentElement.children].find(e => e.tagName.toLowerCase().startsWith('snt-panel-'))
  .shadowRoot.querySelectorAll('[data-row] time')].map(t => t.getAttribute('datetime'))`;

let site: Site;
let ctx: BrowserContext;
let page: Page;

beforeAll(async () => {
  site = await serve();
  ctx = await launchChromium('snt-panel-chromium-');
  page = await ctx.newPage();
  await page.goto(site.demo);
  await until(() => page.evaluate(PANEL_PROBE) as Promise<{ rows: number } | null>, v => !!v && v.rows > 0, 30_000, 'the panel');
});

afterAll(async () => {
  await ctx?.close();
  await site?.close();
});

describe('panel in Chromium', () => {
  it('opened by itself, it does not take focus from the page', async () => {
    expect(await page.evaluate(FOCUSED_ROW)).toBeNull();
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  });

  it('has no axe-core violations', async () => {
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const host = [...document.documentElement.children].find(e => e.tagName.toLowerCase().startsWith('snt-panel-'))!;
      const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const res = await axe.run({ include: [[host.tagName.toLowerCase()]] }, { resultTypes: ['violations'] });
      return res.violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'open.png') });
  });

  it('moves through events with arrow keys, Home and End', async () => {
    const times = (await page.evaluate(ROW_TIMES)) as (string | null)[];
    expect(times.length).toBeGreaterThan(2);
    await page.locator('[data-row]').first().focus();
    expect((await page.evaluate(FOCUSED_ROW) as { time: string | null }).time).toBe(times[0]);
    await page.keyboard.press('ArrowDown');
    expect((await page.evaluate(FOCUSED_ROW) as { time: string | null }).time).toBe(times[1]);
    await page.keyboard.press('End');
    expect((await page.evaluate(FOCUSED_ROW) as { time: string | null }).time).toBe(times[times.length - 1]);
    await page.keyboard.press('Home');
    expect((await page.evaluate(FOCUSED_ROW) as { time: string | null }).time).toBe(times[0]);
  });

  it('Enter on an event highlights its sentence in the page; Escape closes the panel and clears it', async () => {
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const text = await until(() => page.evaluate(HIGHLIGHT_PROBE) as Promise<string | null>, t => !!t, 5_000, 'the highlight');
    expect(text!.length).toBeGreaterThan(20);
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(SHOTS, 'highlight.png') });
    await page.keyboard.press('Escape');
    await until(() => page.evaluate(PANEL_PROBE), v => v === null, 5_000, 'the panel to close');
    expect(await page.evaluate(HIGHLIGHT_PROBE)).toBeNull();
    console.log(`panel screenshots: ${SHOTS}`);
  });

  it('keeps its styles under a strict page CSP and hostile page CSS', async () => {
    const hostile = await serveHostile();
    const p = await ctx.newPage();
    try {
      await p.goto(hostile.url);
      await until(() => p.evaluate(PANEL_PROBE) as Promise<{ rows: number } | null>, v => !!v && v.rows > 0, 30_000, 'the panel');
      expect(await p.evaluate(PANEL_STYLE_PROBE)).toEqual(EXPECTED_STYLES);
      await p.screenshot({ path: path.join(SHOTS, 'strict-csp.png') });
    } finally {
      await p.close();
      await hostile.close();
    }
  });
});
