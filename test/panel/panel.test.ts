// The panel rendered into a linkedom document: structure, keyboard, close/reopen, and that page text stays text.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountPanel, type PanelHandle, type PanelOptions } from '../../content-scripts/panel/index.js';
import { analyzeDocument } from '../../src/core/pipeline.js';
import { parseDocument } from '../../scripts/cli/read-html.js';
import { datetimeAttr, formatDate } from '../../src/core/format-date.js';
import { timelineRows } from '../../src/core/export/rows.js';
import { fixtureTimeline } from './fixture.js';
import { click, key, settle, testDom, type TestDom } from './dom.js';

const root = path.resolve(import.meta.dirname, '../..');
const demoHtml = fs.readFileSync(path.join(root, 'demo/iran-syria-ceasefire.html'), 'utf8');

let handle: PanelHandle | null = null;
afterEach(() => { handle?.destroy(); handle = null; });

function mount(dom: TestDom, opts: Partial<PanelOptions> = {}) {
  const onClose = vi.fn();
  handle = mountPanel({ doc: dom.doc, timeline: fixtureTimeline(), status: 'done', openedByUser: true, onClose, shadowMode: 'open', ...opts });
  return { handle, root: handle.root, onClose };
}

const rows = (r: ShadowRoot) => Array.from(r.querySelectorAll<HTMLElement>('[data-row]'));

describe('panel for the demo article (via the pipeline)', () => {
  it('renders an <aside> landmark with one <li><time datetime> per event, in date order', async () => {
    const page = parseDocument(demoHtml);
    const timeline = analyzeDocument(page, 'http://localhost/demo', { now: '2026-01-01T00:00:00Z' });
    const dom = testDom(demoHtml);
    const { root: r } = mount(dom, { timeline });
    await settle();
    const aside = r.querySelector('aside')!;
    expect(aside.getAttribute('aria-label')).toBe('Syria news timeline');
    const items = Array.from(r.querySelectorAll('ol.rows > li[data-kind="event"]'));
    expect(items).toHaveLength(timeline.events.length);
    const shown = items.map(li => li.querySelector('time')!).map(tm => [tm.getAttribute('datetime'), tm.textContent]);
    expect(shown).toEqual(timelineRows(timeline, false).map(row => [datetimeAttr(row.date), formatDate(row.date)]));
    const datetimes = shown.map(([d]) => d).filter((d): d is string => !!d);
    expect(datetimes).toEqual([...datetimes].sort());
    expect(datetimes).toEqual(expect.arrayContaining(['2017-05', '2017-07-07']));
    expect(aside.textContent).toMatch(/published 10 July 2017 \(from [^)]+\)/);
  });
});

describe('panel structure', () => {
  it('groups by year with human dates, hints and honest date sources', async () => {
    const { root: r } = mount(testDom());
    await settle();
    expect(Array.from(r.querySelectorAll('h3.year')).map(h => h.textContent)).toEqual(['2011', '2017', 'Undated']);
    const times = Array.from(r.querySelectorAll('time'));
    expect(times.map(t => [t.getAttribute('datetime'), t.textContent])).toEqual([
      ['2011-03', 'March 2011'], ['2017-05', 'May 2017'], ['2017-07-07', 'Fri 7 Jul 2017'], ['2017-07-10', 'Mon 10 Jul 2017'], [null, 'undated — before publication'],
    ]);
    const talks = rows(r)[3]!;
    expect(talks.textContent).toContain('day of publication · scheduled · date inferred from “on Monday”');
    expect(rows(r)[2]!.textContent).toContain('3 days before publication · date stated in the article');
    expect(r.querySelector('.meta')!.textContent).toBe('published 10 July 2017 (from the page\'s metadata) · 5 events');
    expect(talks.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('renders page text as text, never as markup', async () => {
    const { root: r } = mount(testDom());
    await settle();
    expect(r.querySelector('b')).toBeNull();
    expect(r.querySelector('.title')!.textContent).toBe('Iran makes pitch for <b>expansion</b> of Syria ceasefire');
    // Non-web sources are shown as text, not links.
    click(r.querySelector('.chip')!);
    await settle();
    expect(Array.from(r.querySelectorAll('.sources a')).map(a => a.getAttribute('href'))).toEqual(['https://www.un.org/']);
  });

  it('says so when the publication date is unknown', async () => {
    const t = fixtureTimeline({ published: { date: null, source: 'none', confidence: 'none', evidence: [] } });
    t.events[0]!.date = { value: 'XXXX-XX-XX', precision: 'day', source: 'inferred', mention: { start: 0, end: 9, text: 'on Monday' } };
    const { root: r } = mount(testDom(), { timeline: t });
    await settle();
    expect(r.querySelector('.meta')!.textContent).toContain('publication date unknown — dates shown relative');
    const undated = Array.from(r.querySelectorAll('.group')).at(-1)!;
    expect(Array.from(undated.querySelectorAll('time')).map(x => x.textContent)).toEqual(['“on Monday”', 'undated']);
    expect(r.querySelector('.hint')!.textContent).not.toContain('publication');
  });

  it('shows progress and a polite live region while analysing', async () => {
    const { root: r, handle: h } = mount(testDom(), { timeline: null, status: 'analysing', openedByUser: false });
    await settle();
    expect(r.querySelector('[role="progressbar"]')).not.toBeNull();
    // Shown only once the analysis has run ~200 ms (a delayed CSS animation), so quick ones don't flash.
    expect(r.querySelector('[role="progressbar"]')!.closest('.working')).not.toBeNull();
    const live = r.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe('Analysing this article…');
    h.update({ status: 'done', timeline: fixtureTimeline() });
    await settle();
    expect(r.querySelector('[role="progressbar"]')).toBeNull();
    expect(live.textContent).toBe('Timeline ready: 5 events');
  });

  it('shows context events from the knowledge base only when toggled, marked differently', async () => {
    const { root: r } = mount(testDom());
    await settle();
    expect(r.querySelector('li.context')).toBeNull();
    const box = r.querySelector<HTMLInputElement>('.toggle input')!;
    box.checked = true;
    box.dispatchEvent(new (box.ownerDocument.defaultView!.Event)('change', { bubbles: true }));
    await settle();
    const ctx = r.querySelector('li.context')!;
    expect(ctx.textContent).toContain('G20 summit in Hamburg');
    expect(ctx.textContent).toContain('background (knowledge base)');
    expect(ctx.querySelector('time')!.getAttribute('datetime')).toBe('2017-07-07');
  });

  it('remembers the context toggle, and starts from the remembered state', async () => {
    const onChange = vi.fn();
    const { root: r } = mount(testDom(), { settings: { context: true, onChange } });
    await settle();
    expect(r.querySelector('li.context')).not.toBeNull();
    const box = r.querySelector<HTMLInputElement>('.toggle input')!;
    box.checked = false;
    box.dispatchEvent(new (box.ownerDocument.defaultView!.Event)('change', { bubbles: true }));
    await settle();
    expect(r.querySelector('li.context')).toBeNull();
    expect(onChange).toHaveBeenCalledWith({ context: false });
  });

  it('says an undated event told in the past happened before publication, unless the publication date is unknown', async () => {
    const { root: r } = mount(testDom(), {
      timeline: fixtureTimeline({ published: { date: null, source: 'none', confidence: 'low', evidence: [] } }),
    });
    await settle();
    expect(Array.from(r.querySelectorAll('time')).at(-1)!.textContent).toBe('undated');
  });

  it('exports: says so when the page blocks the clipboard, starts downloads from inside the shadow root', async () => {
    const { root: r } = mount(testDom());
    await settle();
    const buttons = Array.from(r.querySelectorAll<HTMLElement>('.exports button'));
    expect(buttons.map(b => b.textContent)).toEqual(['Copy Markdown', 'Download JSON', 'Download calendar (.ics)']);
    click(buttons[0]!);
    await settle();
    expect(r.querySelector('[aria-live]')!.textContent).toBe("Couldn't copy: this page blocks the clipboard.");
    click(buttons[2]!);
    await settle();
    expect(r.querySelector('[aria-live]')!.textContent).toBe('Download started.');
    expect(r.querySelector('a[download]')).toBeNull();
  });

  it('falls back to a <style> element when constructable sheets are unavailable', () => {
    const { root: r } = mount(testDom());
    expect(r.querySelector('style')!.textContent).toContain(':host { all: initial;');
  });
});

describe('panel keyboard and focus', () => {
  it('moves through events with arrow keys, Home and End (one Tab stop)', async () => {
    const dom = testDom();
    const { root: r } = mount(dom);
    await settle();
    const items = rows(r);
    expect(items.map(b => b.getAttribute('tabIndex'))).toEqual(['0', '-1', '-1', '-1', '-1']);
    key(items[0]!, 'ArrowDown');
    await settle();
    expect(dom.focused()).toBe(items[1]);
    key(items[1]!, 'End');
    await settle();
    expect(dom.focused()).toBe(items[4]);
    expect(rows(r).map(b => b.getAttribute('tabIndex'))).toEqual(['-1', '-1', '-1', '-1', '0']);
    key(items[4]!, 'ArrowDown');
    expect(dom.focused()).toBe(items[4]);
    key(items[4]!, 'Home');
    expect(dom.focused()).toBe(items[0]);
    key(items[0]!, 'ArrowUp');
    expect(dom.focused()).toBe(items[0]);
  });

  it('takes focus when opened by the user, and Escape closes and gives it back', async () => {
    const dom = testDom();
    const pageButton = dom.doc.getElementById('page-button')!;
    pageButton.focus();
    const { root: r, onClose, handle: h } = mount(dom);
    await settle();
    expect(dom.focused()).toBe(r.querySelector('h2'));
    key(rows(r)[0]!, 'Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(dom.focused()).toBe(pageButton);
    const host = r.host as HTMLElement;
    expect(host.style.getPropertyValue('display')).toBe('none');
    // Data or settings updates keep a user-closed panel closed; the user's request brings it back.
    h.update({ openedByUser: false, settings: { theme: 'dark' } });
    await settle();
    expect(host.style.getPropertyValue('display')).toBe('none');
    h.update({ openedByUser: true });
    await settle();
    expect(host.style.getPropertyValue('display')).toBe('block');
    expect(dom.focused()).toBe(r.querySelector('h2'));
  });

  it('does not steal focus when opened automatically', async () => {
    const dom = testDom();
    const pageButton = dom.doc.getElementById('page-button')!;
    pageButton.focus();
    mount(dom, { openedByUser: false });
    await settle();
    expect(dom.focused()).toBe(pageButton);
  });

  it('opens an explainer card from a chip; Escape closes it and returns focus to the chip', async () => {
    const dom = testDom();
    // Not opened by the user: its focus-the-heading effect would race the card's on a loaded machine.
    const { root: r, onClose } = mount(dom, { openedByUser: false });
    await settle();
    const chip = Array.from(r.querySelectorAll<HTMLElement>('.chip')).find(c => c.textContent === 'Staffan de Mistura')!;
    click(chip);
    await settle();
    const card = r.querySelector('[role="dialog"]')!;
    expect(card.textContent).toContain('UN special envoy for Syria');
    expect(card.textContent).toContain('Later developments (after this article)');
    expect(card.querySelector('.later-date')!.textContent).toBe('Wed 17 Oct 2018');
    expect(dom.focused()).toBe(card.querySelector('button'));
    key(card.querySelector('button')!, 'Escape');
    await settle();
    expect(r.querySelector('[role="dialog"]')).toBeNull();
    expect(dom.focused()).toBe(chip);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('underlines the names in the evidence; each opens its card, and Escape returns focus to it', async () => {
    const sentence = 'Staffan de Mistura arrived in Geneva on Monday.';
    const at = 100;
    const mention = (id: string, name: string, text: string, kind: 'person' | 'place') =>
      ({ id, name, kind, text, start: at + sentence.indexOf(text), end: at + sentence.indexOf(text) + text.length, confidence: 1 });
    const base = fixtureTimeline();
    const event = { ...base.events[0]!, evidence: { start: at, end: at + sentence.length, text: sentence },
      participants: [mention('staffan-de-mistura', 'Staffan de Mistura', 'Staffan de Mistura', 'person'),
        // Carried over from another sentence: its offsets do not point at its text here, so it is not underlined.
        { ...mention('russia', 'Russia', 'Staffan', 'place'), text: 'Russia' }],
      places: [mention('geneva', 'Geneva', 'Geneva', 'place')] };
    const dom = testDom();
    const { root: r } = mount(dom, { timeline: { ...base, events: [event] }, openedByUser: false });
    await settle();
    click(rows(r)[0]!);
    await settle();
    const terms = Array.from(r.querySelectorAll<HTMLElement>('.evidence .term'));
    expect(terms.map(b => b.textContent)).toEqual(['Staffan de Mistura', 'Geneva']);
    expect(r.querySelector('.evidence')!.textContent).toBe(sentence);
    click(terms[1]!);
    await settle();
    expect(r.querySelector('[role="dialog"] h3')!.textContent).toBe('Geneva');
    key(r.querySelector('[role="dialog"] button')!, 'Escape');
    await settle();
    expect(r.querySelector('[role="dialog"]')).toBeNull();
    expect(dom.focused()).toBe(terms[1]);
  });

  it('expands an event to its evidence and reports whether the sentence was found', async () => {
    const { root: r } = mount(testDom());
    await settle();
    const first = rows(r)[0]!;
    click(first);
    await settle();
    expect(first.getAttribute('aria-expanded')).toBe('true');
    expect(r.querySelector('.evidence')!.textContent).toBe('War began.');
    const live = r.querySelector('[aria-live]')!;
    expect(live.textContent).toBe("Couldn't find this sentence on the page.");
    handle!.update({ status: 'error', message: 'Page changed.' });
    await settle();
    expect(live.textContent).toBe('Page changed.');
  });

  it('collapses to a small tab and remembers side and width', async () => {
    const onChange = vi.fn();
    const { root: r } = mount(testDom(), { settings: { side: 'right', width: 400, onChange } });
    await settle();
    expect((r.querySelector('aside') as HTMLElement).style.width).toBe('400px');
    click(r.querySelector('[aria-label="Move panel to the left"]')!);
    expect(onChange).toHaveBeenLastCalledWith({ side: 'left' });
    await settle();
    key(r.querySelector('[role="separator"]')!, 'ArrowRight');
    expect(onChange).toHaveBeenLastCalledWith({ width: 424 });
    click(r.querySelector('[aria-label="Collapse timeline"]')!);
    await settle();
    expect(r.querySelector('ol')).toBeNull();
    const tab = r.querySelector('.tab')!;
    expect(tab.textContent).toBe('Timeline (5)');
    click(tab);
    await settle();
    expect(r.querySelector('ol')).not.toBeNull();
  });

  it('resizes by dragging its inner edge, within bounds, and remembers the width when the drag ends', async () => {
    const dom = testDom();
    Object.assign(dom.win, { innerWidth: 1200 });
    const onChange = vi.fn();
    const { root: r } = mount(dom, { settings: { onChange } });
    await settle();
    const handle = r.querySelector('[role="separator"]')!;
    const pointer = (type: string, clientX: number) => {
      const e = new dom.win.Event(type, { bubbles: true, cancelable: true });
      Object.assign(e, { clientX, pointerId: 1 });
      handle.dispatchEvent(e);
    };
    pointer('pointerdown', 820);
    pointer('pointermove', 700);
    await settle();
    expect((r.querySelector('aside') as HTMLElement).style.width).toBe('500px');
    expect(onChange).not.toHaveBeenCalled();
    pointer('pointermove', 10);
    pointer('pointerup', 10);
    expect(onChange).toHaveBeenCalledWith({ width: 720 });
    await settle();
    expect(handle.getAttribute('aria-valuenow')).toBe('720');
  });

  it('puts its host back when the page removes it (hydration), but not after destroy', async () => {
    const dom = testDom();
    const { root: r } = mount(dom);
    const host = r.host;
    host.remove();
    await settle();
    expect(host.parentNode).toBe(dom.doc.documentElement);
  });

  it('destroy removes the host from the page for good', async () => {
    const dom = testDom();
    const { handle: h, root: r } = mount(dom);
    const host = r.host;
    expect(host.parentNode).toBe(dom.doc.documentElement);
    h.destroy();
    handle = null;
    expect(host.parentNode).toBeNull();
    await settle();
    expect(host.parentNode).toBeNull();
  });
});

describe('panel i18n and direction', () => {
  afterEach(() => { delete (globalThis as { chrome?: unknown }).chrome; });

  it('uses the extension\'s messages and UI direction when present, English otherwise', async () => {
    (globalThis as { chrome?: unknown }).chrome = {
      i18n: { getMessage: (k: string) => (k === '@@bidi_dir' ? 'rtl' : k === 'panel_heading' ? 'الخط الزمني' : '') },
    };
    const { root: r } = mount(testDom(), { settings: {} });
    await settle();
    expect((r.host as HTMLElement).getAttribute('dir')).toBe('rtl');
    const aside = r.querySelector('aside')!;
    expect(aside.getAttribute('dir')).toBe('rtl');
    expect(aside.getAttribute('class')).toContain('side-left');
    expect(r.querySelector('h2')!.textContent).toBe('الخط الزمني');
    expect(r.querySelector('[aria-label="Close timeline"]')).not.toBeNull();
  });

  it('sits at the line ends of a right-to-left page unless the user chose a side', async () => {
    const rtlPage = '<!doctype html><html lang="ar" dir="rtl"><head></head><body><p>نص</p></body></html>';
    const { root: r } = mount(testDom(rtlPage), { settings: { side: 'auto' } });
    await settle();
    expect(r.querySelector('aside')!.getAttribute('class')).toContain('side-left');
    handle!.destroy();
    const { root: chosen } = mount(testDom(rtlPage), { settings: { side: 'right' } });
    await settle();
    expect(chosen.querySelector('aside')!.getAttribute('class')).toContain('side-right');
  });

  it('marks article text with the article\'s language and direction, names with <bdi>', async () => {
    const { root: r } = mount(testDom(), { timeline: fixtureTimeline({ lang: 'ar', dir: 'rtl' }) });
    await settle();
    expect(r.querySelector('.title')!.getAttribute('dir')).toBe('rtl');
    expect(r.querySelector('.title')!.getAttribute('lang')).toBe('ar');
    expect(r.querySelector('.chip bdi')!.textContent).toBe('Staffan de Mistura');
  });
});
