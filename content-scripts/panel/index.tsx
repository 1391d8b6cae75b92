// Mounts the timeline panel in its own shadow root, as a fixed overlay that never reflows the page
// (field notes §2.4, §3.2 items 6, 9, 11, 12).
import { render } from 'preact';
import type { PanelHandle, PanelOptions } from './types.js';
import { Panel } from './Panel.js';
import { adoptStyles } from './adopt-styles.js';
import { PANEL_CSS } from './styles.js';
import { createHighlighter } from '../highlight.js';

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

export function mountPanel(opts: PanelOptions): PanelHandle {
  const doc = opts.doc ?? document;
  const host = doc.createElement(`snt-panel-${Math.random().toString(36).slice(2, 8)}`);
  // CSSOM writes are not governed by the page's style-src CSP, unlike a style="" attribute.
  for (const [k, v] of HOST_STYLE) host.style.setProperty(k, v, 'important');
  const stop = (e: Event) => e.stopPropagation();
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, stop);
  const root = host.attachShadow({ mode: opts.shadowMode ?? 'closed' });
  doc.documentElement.appendChild(host);
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
      // A panel the user closed comes back as a fresh instance: focus handling and "openedByUser" apply again.
      if (hidden) generation++;
      hidden = false;
      current = { ...current, ...next };
      paint();
    },
    destroy() {
      highlighter.clear();
      render(null, root);
      for (const type of ISOLATED_EVENTS) host.removeEventListener(type, stop);
      host.remove();
    },
  };
}
