// Mounts the timeline panel in its own shadow root, as a fixed overlay that never reflows the page
// (field notes §2.4, §3.2 items 6, 9, 11, 12).
import { render } from 'preact';
import type { PanelHandle, PanelOptions } from './types.js';
import { Panel } from './Panel.js';
import { adoptStyles } from './adopt-styles.js';
import { PANEL_CSS } from './styles.js';
import { createHighlighter } from '../highlight.js';
import { uiDir } from './i18n.js';

export type { PanelHandle, PanelOptions } from './types.js';

// Keys typed in the panel must not reach page shortcuts (Gmail, YouTube): stop them at the host.
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

// The host only anchors the panel: a zero-size fixed box; the panel inside positions itself (position: fixed).
// Not `all` here: an inline !important on text spacing would block users' spacing overrides (WCAG 1.4.12, axe
// avoid-inline-spacing); the shadow sheet's `:host { all: initial }` resets the rest.
const HOST_STYLE: [string, string][] = [
  ['position', 'fixed'], ['top', '0'], ['left', '0'], ['width', '0'], ['height', '0'],
  ['display', 'block'], ['z-index', '2147483647'], ['overflow', 'visible'],
];

// A page that re-renders <html>'s children (hydration) may drop our host: put it back, at most 10 times in
// 10 s so a page fighting us cannot start a loop (Dark Reader's back-off; field notes §3.2 items 6, 8).
const REATTACH_LIMIT = 10;
const REATTACH_WINDOW_MS = 10_000;

function watchRemoval(doc: Document, host: HTMLElement): MutationObserver | null {
  const Observer = doc.defaultView?.MutationObserver;
  if (!Observer) return null;
  let windowStart = 0;
  let count = 0;
  const observer = new Observer(() => {
    if (host.isConnected) return;
    const now = Date.now();
    if (now - windowStart > REATTACH_WINDOW_MS) { windowStart = now; count = 0; }
    if (count++ < REATTACH_LIMIT) doc.documentElement.appendChild(host);
  });
  observer.observe(doc.documentElement, { childList: true });
  return observer;
}

export function mountPanel(opts: PanelOptions): PanelHandle {
  const doc = opts.doc ?? document;
  const host = doc.createElement(`snt-panel-${Math.random().toString(36).slice(2, 8)}`);
  // CSSOM writes are not governed by the page's style-src CSP, unlike a style="" attribute.
  for (const [k, v] of HOST_STYLE) host.style.setProperty(k, v, 'important');
  const stop = (e: Event) => e.stopPropagation();
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, stop);
  // The UI's own direction, so page `direction` never flips it (field notes §3.2 item 9).
  host.setAttribute('dir', uiDir());
  const root = host.attachShadow({ mode: opts.shadowMode ?? 'closed' });
  // A panel left by an instance whose extension was reloaded: Firefox keeps its DOM but not its script.
  for (const old of Array.from(doc.documentElement.children)) if (old.tagName.toLowerCase().startsWith('snt-panel-')) old.remove();
  // On <html>, not inside article containers whose transform would break position: fixed (§3.2 item 12).
  doc.documentElement.appendChild(host);
  const observer = watchRemoval(doc, host);
  adoptStyles(root, host, PANEL_CSS);
  const highlighter = createHighlighter(doc, host);

  let current: PanelOptions = opts;
  let hidden = false;
  let generation = 0;
  const paint = () => {
    host.style.setProperty('display', hidden ? 'none' : 'block', 'important');
    render(
      <Panel
        key={generation}
        options={current}
        doc={doc}
        root={root}
        highlighter={highlighter}
        onClose={() => {
          highlighter.clear();
          hidden = true;
          paint();
          current.onClose();
        }}
      />,
      root,
    );
  };
  paint();

  return {
    root,
    update(next) {
      // A panel the user closed stays closed through data and settings updates; only the user brings it back
      // (openedByUser), as a fresh instance so focus handling applies again.
      if (hidden && next.openedByUser) {
        generation++;
        hidden = false;
      }
      // The user asks for a panel a page removed after the re-attach budget ran out: put it back (hostile suite).
      if (next.openedByUser && !host.isConnected) doc.documentElement.appendChild(host);
      current = { ...current, ...next };
      paint();
    },
    destroy() {
      highlighter.clear();
      render(null, root);
      observer?.disconnect();
      for (const type of ISOLATED_EVENTS) host.removeEventListener(type, stop);
      host.remove();
    },
  };
}
