// The page's own watchman, inlined first in every hostile page (main world, before any page script runs). It keeps
// private copies of what it needs, so the page's overrides of Array, JSON, addEventListener… do not blind it, and
// window.__hostile.check() reports what changed that the page did not change itself.
(() => {
  const script = document.currentScript;
  const dynamic = script && script.getAttribute('data-dynamic') === '1';
  const now = performance.now.bind(performance);
  const listen = EventTarget.prototype.addEventListener;
  const push = (list, x) => { list[list.length] = x; };
  const errors = [];
  const invariants = [];
  const xss = [];
  listen.call(window, 'error', e => push(errors, `page error: ${e.message}`));
  listen.call(window, 'unhandledrejection', e => push(errors, `page rejection: ${e.reason}`));
  // Event-loop stalls while the page is visible: a 100 ms ticker's late arrivals (Firefox has no longtask entries).
  let last = now();
  let maxGap = 0;
  setInterval(() => {
    const t = now();
    if (visibility() === 'visible') maxGap = Math.max(maxGap, t - last - 100);
    last = t;
  }, 100);
  let longest = 0;
  try {
    new PerformanceObserver(l => { const es = l.getEntries(); for (let i = 0; i < es.length; i++) longest = Math.max(longest, es[i].duration); }).observe({ type: 'longtask', buffered: true });
  } catch { /* Firefox: the ticker alone */ }
  // Native getters: a page may clobber document.body & co. with named elements (<img name="body">).
  const docGet = name => { const g = Object.getOwnPropertyDescriptor(Document.prototype, name).get; return () => g.call(document); };
  const html = docGet('documentElement');
  const body = docGet('body');
  const head = docGet('head');
  const title = docGet('title');
  const active = docGet('activeElement');
  const sheets = docGet('adoptedStyleSheets');
  const visibility = docGet('visibilityState');
  const attrs = el => {
    let s = '';
    if (el) for (let i = 0; i < el.attributes.length; i++) s += `${el.attributes[i].name}=${el.attributes[i].value};`;
    return s;
  };
  const snapshot = () => ({
    html: attrs(html()), body: attrs(body()), title: title(),
    elements: body() ? body().getElementsByTagName('*').length : 0,
    text: body() ? body().textContent.length : 0,
    head: head() ? head().childNodes.length : 0,
    scroll: Math.round(scrollY), focus: active(), sheets: sheets().length,
  });
  let snap = null;
  listen.call(document, 'DOMContentLoaded', () => { snap = snapshot(); });
  window.__xssHit = what => push(xss, what);
  window.__hostile = {
    invariant(f) { push(invariants, f); },
    responsiveness: () => ({ maxGap: Math.round(maxGap), longest: Math.round(longest), visible: visibility() }),
    /** Problems found, as strings; [] when the page is as it left itself. */
    check() {
      const p = [];
      for (let i = 0; i < errors.length; i++) push(p, errors[i]);
      for (let i = 0; i < xss.length; i++) push(p, `markup executed: ${xss[i]}`);
      for (let i = 0; i < invariants.length; i++) { const r = invariants[i](); if (r) push(p, r); }
      // Only ever our one host beside <head> and <body>, whatever the page.
      const kids = html().children;
      for (let i = 0; i < kids.length; i++) {
        const tag = kids[i].tagName.toLowerCase();
        if (tag !== 'head' && tag !== 'body' && !tag.startsWith('snt-panel-') && !kids[i].hasAttribute('data-page-own')) push(p, `foreign <${tag}> on <html>`);
      }
      const names = Object.getOwnPropertyNames(window);
      for (let i = 0; i < names.length; i++) if (/^_*snt/i.test(names[i])) push(p, `extension global in the page: ${names[i]}`);
      if (snap && !dynamic) {
        const s = snapshot();
        const keys = ['html', 'body', 'title', 'elements', 'text', 'head', 'scroll', 'focus', 'sheets'];
        for (let i = 0; i < keys.length; i++) {
          const k = keys[i];
          if (s[k] !== snap[k]) push(p, `${k} changed: ${String(snap[k]).slice(0, 80)} → ${String(s[k]).slice(0, 80)}`);
        }
      }
      if (!snap) push(p, 'DOMContentLoaded never seen');
      return p;
    },
  };
})();
