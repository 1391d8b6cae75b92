// The on-demand analysis bundle (Readability + core + Preact panel), injected by the background into one tab
// when the gate passed or the user asked. It reads the clock (the core never does), runs the pipeline on the live
// page, reports the verdict for the badge and popup, and shows the panel. Injected at most once per document:
// later requests reach it through globalThis.__sntAnalyse (src/browser/inject.ts).
import { documentSteps } from '../src/core/pipeline.js';
import type { Timeline } from '../src/core/types.js';
import { contextValid, ext } from '../src/browser/ext.js';
import type { AnalyseRequest, ContentMessage } from '../src/browser/messages.js';
import { loadSettings, onSettingsChanged, saveSettings, type Settings } from '../src/browser/settings.js';
import { t } from '../src/browser/i18n.js';
import { mountPanel, type PanelHandle, type PanelOptions } from './panel/index.js';
import { readableDocument, unclobberedDocument } from './page-document.js';
import { runInSlices, SLICE_MS, yieldToPage } from './run-in-slices.js';

/** 'closed' in store builds; the e2e build sets 'open' so test selectors can reach the panel (docs/panel.md). */
declare const __SNT_SHADOW__: 'open' | 'closed';

interface Result { timeline: Timeline | null; error: string | null }

const g = globalThis as { __sntAnalyse?: (r: AnalyseRequest) => boolean; __sntRequest?: AnalyseRequest };

let settings: Settings;
let result: Result | null = null;
let panel: PanelHandle | null = null;
let stopSettings: () => void = () => undefined;
let gone = false;
/** The live page as the panel and listeners use it, immune to named elements shadowing document's members. */
const pageDoc = unclobberedDocument(document);
/** The user opened the panel (popup): it then stays across a single-page navigation. */
let userOpened = false;

function send(m: ContentMessage): void {
  if (!contextValid()) return teardown();
  // A failed message means nothing by itself (the worker may be restarting); a lost runtime id does.
  ext!.runtime.sendMessage(m).catch(checkContext);
}

/** The extension was updated, disabled or reloaded: leave the page as we found it. */
function teardown(): void {
  if (gone) return;
  gone = true;
  panel?.destroy();
  panel = null;
  clearInterval(watchTimer);
  stopSettings();
  pageDoc.removeEventListener('visibilitychange', checkContext);
  delete g.__sntAnalyse;
}

function checkContext(): void {
  if (!contextValid()) teardown();
}

function panelOptions(openedByUser: boolean): PanelOptions {
  const timeline = result?.timeline ?? null;
  const status: PanelOptions['status'] = !result ? 'analysing' : result.error ? 'error' : timeline?.verdict.syriaConflict ? 'done' : 'not-syria';
  return {
    timeline,
    status,
    ...(result?.error ? { message: result.error } : status === 'not-syria' ? { message: t('panelNotSyria') } : {}),
    openedByUser,
    onClose: () => {
      // The panel has hidden itself; drop it after its own close handling (focus return), so nothing re-shows it.
      setTimeout(() => {
        panel?.destroy();
        panel = null;
        userOpened = false;
      }, 0);
      send({ type: 'cs-bg-panel', open: false });
    },
    settings: {
      theme: settings.theme,
      side: settings.side,
      context: settings.context,
      ...(settings.width ? { width: settings.width } : {}),
      onChange: p => void saveSettings(p).catch(() => undefined),
    },
    shadowMode: __SNT_SHADOW__,
    doc: pageDoc,
  };
}

function showPanel(openedByUser: boolean): void {
  if (openedByUser) userOpened = true;
  if (panel) panel.update(panelOptions(openedByUser));
  else panel = mountPanel(panelOptions(openedByUser));
}

/** A later request for this document; false when this instance outlived its extension (then it tears down). */
function onRequest(req: AnalyseRequest): boolean {
  checkContext();
  if (gone) return false;
  if (req.panel === 'close') {
    panel?.destroy();
    panel = null;
    userOpened = false;
  } else if (req.panel === 'open') {
    showPanel(req.openedByUser);
  }
  send({ type: 'cs-bg-panel', open: !!panel && req.panel !== 'close' });
  return true;
}

/** Lets the "Analysing…" state paint before the pipeline takes the main thread. */
const nextFrame = () => new Promise<void>(r => requestAnimationFrame(() => setTimeout(r, 0)));

/** Runs the pipeline in slices; the User Timing entry 'snt:analysis' (DevTools, the bench) spans the whole of it. */
async function analyse(): Promise<void> {
  const start = performance.now();
  try {
    const steps = documentSteps(readableDocument(document), location.href, { now: new Date().toISOString() });
    result = { timeline: await runInSlices(steps, { sliceMs: SLICE_MS, measure: 'snt:slice' }), error: null };
  } catch (e) {
    result = { timeline: null, error: t('panelError', String((e as Error)?.message ?? e).slice(0, 200)) };
    send({ type: 'cs-bg-error', message: result.error ?? '' });
  }
  performance.measure('snt:analysis', { start });
  // The panel renders in a task of its own, not on top of the last slice.
  await yieldToPage();
}

/** Shows what the analysis found: `wanted` = the user asked for the panel, or it may open by itself. */
function report(wanted: boolean, openedByUser: boolean): void {
  const tl = result?.timeline;
  const autoOpen = wanted && settings.open === 'auto' && !!tl?.verdict.syriaConflict;
  if (panel || autoOpen) showPanel(openedByUser);
  if (tl) send({ type: 'cs-bg-verdict', verdict: tl.verdict, events: tl.events.length, panelOpen: !!panel });
}

// Single-page sites swap the article without a page load: poll the address as WXT's location watcher does
// (field notes §2.5), and once the new page has settled, analyse it again. Hash changes are the same article.
const POLL_MS = 1000;
const SETTLE_MS = 800;
let watchTimer: ReturnType<typeof setInterval> | undefined;

function watchLocation(): void {
  const page = () => location.href.split('#')[0];
  let last = page();
  watchTimer = setInterval(() => {
    // Also how a page learns its extension is gone without any page event (reloaded under an open panel).
    checkContext();
    if (gone || page() === last) return;
    last = page();
    if (panel) panel.update({ status: 'analysing', timeline: null });
    setTimeout(async () => {
      if (gone || page() !== last) return;
      await analyse();
      if (gone || page() !== last) return;
      // The previous article's panel follows the new one: kept if the user opened it, else only for a Syria article.
      if (panel && !userOpened && !result?.timeline?.verdict.syriaConflict) {
        panel.destroy();
        panel = null;
      }
      report(true, false);
    }, SETTLE_MS);
  }, POLL_MS);
}

async function start(req: AnalyseRequest): Promise<void> {
  g.__sntAnalyse = onRequest;
  pageDoc.addEventListener('visibilitychange', checkContext);
  settings = await loadSettings();
  stopSettings = onSettingsChanged(s => {
    settings = s;
    panel?.update(panelOptions(false));
  });
  if (req.panel === 'open') {
    showPanel(req.openedByUser);
    await nextFrame();
  }
  await analyse();
  if (gone) return;
  report(req.panel === 'auto', req.openedByUser);
  watchLocation();
}

if (!g.__sntAnalyse && ext) {
  const req = g.__sntRequest ?? { openedByUser: false, panel: 'auto' };
  delete g.__sntRequest;
  void start(req);
}
