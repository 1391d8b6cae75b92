// The hostile-page cases (field notes §3.2), one table for both browsers. Each page is a Syria-conflict article
// unless the case needs otherwise, served at /hostile/<name> by the e2e server; guard.js in each page checks the
// page's own state. A case says what the extension must show: the panel with events, nothing ("quiet"), or a
// popup that explains why it cannot run here ("restricted").
import path from 'node:path';
import { expect } from 'vitest';
import { ROOT, spaNavigateProbe, until } from '../helpers.js';
import { CEASEFIRE, OFFENSIVE, page, pdf, script, NONCE } from './pages.js';
import { hostCount, panelView, probe, waitPanel, type CaseContext } from './runner.js';

export interface Served { type: string; body: string | Buffer; headers?: Record<string, string> }

export interface HostileCase {
  name: string;
  /** The page served at /hostile/<name> (built on first request). */
  serve?: () => Served;
  /** Pages not served here (about:, file:). */
  url?: (origin: string) => string;
  expect: 'panel' | 'analysed' | 'quiet' | 'restricted';
  /** Popup statuses that count as an explanation ('restricted'). */
  popup?: string[];
  dates?: { has?: string[] };
  /** Steps after the expectation is met and before the page checks itself. */
  act?: (x: CaseContext) => Promise<void>;
  /** false: the page has no guard (non-HTML, restricted). */
  guarded?: boolean;
  /** Clicking the first event: 'found' = its sentence must be found in the page; false = skip. */
  highlight?: 'found' | false;
}

const html = (body: string, headers?: Record<string, string>): Served => ({ type: 'text/html; charset=utf-8', body, ...(headers ? { headers } : {}) });
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
/** The demo's gold dates that any panel on it shows. */
const CEASEFIRE_DATES = { has: ['2017-07-07', '2017-07-09'] };
const OFFENSIVE_DATES = { has: ['2024-11-27', '2024-12-05'] };

// Markup in every field the extension reads, as text: if anything parsed it as HTML, __xssHit would run.
const XSS = (where: string) => `<img src=x onerror="__xssHit('${where}')"><script>__xssHit('${where}-script')</script><svg onload="__xssHit('${where}-svg')">`;
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const markupArticle = CEASEFIRE.article
  .replace('<h1>', `<h1>${escapeHtml(XSS('h1'))} `)
  .replace('announced a ceasefire', `announced ${escapeHtml(XSS('body'))} a ceasefire`)
  .replace('<p class="byline">', `<p class="byline">${escapeHtml(XSS('byline'))} `);
const jsonString = (s: string) => JSON.stringify(s).replace(/</g, '\\u003c');

/** Text of a big page: varied conflict-news paragraphs after the article (a live blog that never ends). */
function filler(chars: number): string {
  const sentences = ['Government forces shelled rebel positions near Idlib on Tuesday, a war monitor said.', 'The UN envoy for Syria called again for a nationwide ceasefire.',
    'Aid convoys reached eastern Aleppo after weeks of delays, the Red Crescent said.', 'Turkey said its troops would stay in northern Syria until the border was secure.',
    'Russian jets struck targets in Hama province overnight, residents said.', 'Thousands of families fled the fighting in Deraa towards the Jordanian border.'];
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const p = `<p>${sentences[i % sentences.length]} ${sentences[(i * 7 + 3) % sentences.length]} (item ${i})</p>\n`;
    out.push(p);
    n += p.length;
  }
  return out.join('');
}

/** Poisons the page's globals; window.__unpoison() lends the originals back to test probes for one evaluation. */
const POISON = script(`(() => {
  const saved = [];
  const poison = (obj, key, value) => { saved[saved.length] = [obj, key, Object.getOwnPropertyDescriptor(obj, key)]; Object.defineProperty(obj, key, { value, writable: true, configurable: true }); };
  const boom = name => function () { throw new Error('page poisoned ' + name); };
  for (const k of ['map', 'filter', 'forEach', 'push', 'includes', 'indexOf', 'join', 'slice', 'some', 'find', 'reduce', 'sort']) poison(Array.prototype, k, boom('Array.' + String(k)));
  for (const k of ['replace', 'split', 'match', 'trim', 'toLowerCase', 'slice', 'indexOf']) poison(String.prototype, k, boom('String.' + k));
  poison(RegExp.prototype, 'exec', boom('RegExp.exec'));
  poison(RegExp.prototype, 'test', boom('RegExp.test'));
  poison(Object, 'keys', boom('Object.keys'));
  poison(Object, 'assign', boom('Object.assign'));
  poison(window, 'JSON', { parse: boom('JSON.parse'), stringify: boom('JSON.stringify') });
  poison(window, 'Promise', boom('Promise'));
  poison(window, 'fetch', boom('fetch'));
  poison(window, 'MutationObserver', boom('MutationObserver'));
  poison(window, 'requestAnimationFrame', boom('requestAnimationFrame'));
  poison(EventTarget.prototype, 'addEventListener', boom('addEventListener'));
  poison(EventTarget.prototype, 'removeEventListener', boom('removeEventListener'));
  poison(Element.prototype, 'querySelector', boom('querySelector'));
  poison(Element.prototype, 'querySelectorAll', boom('querySelectorAll'));
  poison(Document.prototype, 'querySelector', boom('document.querySelector'));
  poison(Document.prototype, 'querySelectorAll', boom('document.querySelectorAll'));
  poison(Document.prototype, 'createElement', boom('createElement'));
  poison(Node.prototype, 'appendChild', boom('appendChild'));
  poison(Node.prototype, 'cloneNode', boom('cloneNode'));
  poison(Element.prototype, 'attachShadow', boom('attachShadow'));
  // Last: later loops here iterate arrays.
  poison(Array.prototype, Symbol.iterator, boom('Array iterator'));
  const mine = [];
  for (let i = 0; i < saved.length; i++) mine[i] = Object.getOwnPropertyDescriptor(saved[i][0], saved[i][1]);
  // The page checks its own overrides are still in place (as they were before a probe borrowed the originals).
  const intact = () => {
    for (let i = 0; i < saved.length; i++) if (Object.getOwnPropertyDescriptor(saved[i][0], saved[i][1]).value !== mine[i].value) return 'override replaced: ' + String(saved[i][1]);
    return '';
  };
  let lent = false, before = '';
  window.__hostile.invariant(() => lent ? before : intact());
  window.__unpoison = () => {
    before = intact();
    lent = true;
    for (let i = saved.length - 1; i >= 0; i--) { const o = saved[i][0], k = saved[i][1], d = saved[i][2]; if (d) Object.defineProperty(o, k, d); else delete o[k]; }
    return () => { for (let i = 0; i < saved.length; i++) Object.defineProperty(saved[i][0], saved[i][1], mine[i]); lent = false; };
  };
})();`);

// Named elements shadow document's own properties ([LegacyOverrideBuiltIns]) and window globals. Not id="chrome":
// with it, Chromium does not install the extension API in content scripts at all (docs/security.md, limits).
const CLOBBER_NAMES = ['querySelector', 'querySelectorAll', 'getElementById', 'getElementsByTagName', 'createElement', 'createRange',
  'createTreeWalker', 'cloneNode', 'body', 'head', 'title', 'documentElement', 'contentType', 'defaultView', 'adoptedStyleSheets',
  'activeElement', 'implementation', 'characterSet', 'URL', 'baseURI', 'readyState', 'visibilityState', 'addEventListener'];
const CLOBBER = `${CLOBBER_NAMES.map(n => `<form name="${n}"><input name="length"></form>`).join('')}
<form id="browser"><input name="runtime"><input name="id"></form><img id="ext" alt="">
${script(`window.__unpoison = () => {
  const named = Document.prototype.querySelectorAll.call(document, 'form[name], img[id], form[id]');
  const taken = [];
  for (let i = 0; i < named.length; i++) { const a = named[i].hasAttribute('name') ? 'name' : 'id'; taken.push([named[i], a, named[i].getAttribute(a)]); named[i].removeAttribute(a); }
  return () => { for (let i = 0; i < taken.length; i++) taken[i][0].setAttribute(taken[i][1], taken[i][2]); };
};`)}`;

/** A page that drops whatever is not its own from <html>, like a framework re-rendering the root. */
const dropForeign = (times: number, everyMs: number) => script(`(() => {
  let removals = 0, inserted = 0, sweeps = 0;
  new MutationObserver(ms => { for (const m of ms) for (const n of m.addedNodes) if (n.nodeType === 1 && n.tagName.toLowerCase().startsWith('snt-panel-')) inserted++; })
    .observe(document.documentElement, { childList: true });
  const sweep = () => {
    for (const el of [...document.documentElement.children]) if (el !== document.head && el !== document.body) { el.remove(); removals++; }
  };
  const timer = setInterval(() => { sweep(); if (++sweeps >= ${times}) clearInterval(timer); }, ${everyMs});
  window.__fight = () => ({ removals, inserted, sweeps });
  // Re-inserting is fine; fighting without end is not (Dark Reader: at most 10 in 10 s).
  window.__hostile.invariant(() => inserted > 12 ? 'the extension re-inserted its panel ' + inserted + ' times' : '');
})();`);

/** The user brings the panel back from the popup: "Hide" if it still thinks the panel is open, then "Show". */
const reopenFromPopup = async ({ d, page }: CaseContext) => {
  if ((await d.popup(page.tabId, null)).status === 'popupSyria') await d.popup(page.tabId, 'hide');
  await d.popup(page.tabId, 'show');
  await waitPanel(page, 20_000);
};

const pageWithFrames = (top: string, frameSrc: string) => page({
  body: `${top}
<iframe src="${frameSrc}" width="400" height="300" title="same-origin article"></iframe>
<iframe srcdoc="${escapeHtml(OFFENSIVE.article)}" width="400" height="300" title="srcdoc article"></iframe>
<iframe src="about:blank" width="100" height="100" title="blank"></iframe>`,
  dynamic: true,
});
const NO_HOST_IN_FRAMES = `(() => [...document.querySelectorAll('iframe')].map(f => { try { return [...f.contentDocument.documentElement.children].filter(e => e.tagName.toLowerCase().startsWith('snt-panel-')).length; } catch { return 0; } }).reduce((a, b) => a + b, 0))()`;

const NEUTRAL = { title: 'Council approves city budget', meta: '<meta name="description" content="The city council approved next year\'s budget.">' };

export const HOSTILE_CASES: HostileCase[] = [
  {
    name: 'markup-in-fields',
    serve: () => html(page({
      title: `Syria ceasefire ${escapeHtml(XSS('title'))}`,
      meta: `<meta name="description" content="${escapeHtml(`Syria ceasefire talks ${XSS('description')}`)}">
<meta property="og:title" content="${escapeHtml(XSS('og'))}"><meta name="author" content="${escapeHtml(XSS('author'))}">
<meta property="article:published_time" content="2017-07-10T09:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${jsonString(`Syria ${XSS('jsonld')}`)},"author":{"@type":"Person","name":${jsonString(XSS('jsonld-author'))}},"datePublished":"2017-07-10T09:00:00Z"}</script>`,
      body: markupArticle,
    })),
    expect: 'panel',
    dates: CEASEFIRE_DATES,
    act: async ({ page }) => {
      // Shown as text: the panel's title carries the markup literally.
      expect(await probe<string>(page, `[...document.documentElement.children].find(e => e.tagName.toLowerCase().startsWith('snt-panel-')).shadowRoot.textContent`)).toContain('<img src=x');
    },
  },
  {
    name: 'hostile-json-ld',
    serve: () => html(page({
      meta: `<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
<script type="application/ld+json">{"__proto__": {"polluted": "yes", "datePublished": "1999-01-01"}, "constructor": {"prototype": {"polluted": "yes"}}, "@type": ["NewsArticle", {"@type": "x"}, null, 7], "datePublished": ["2017-07-10", {"@value": "2017-07-10"}]}</script>
<script type="application/ld+json">{"@graph": ${'['.repeat(5000)}${']'.repeat(5000)}}</script>
<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', description: 'Syria '.repeat(100_000), keywords: Array.from({ length: 20_000 }, (_, i) => `k${i}`) })}</script>
${CEASEFIRE.meta}<meta name="description" content="${'Syria '.repeat(50_000)}">`,
    })),
    expect: 'panel',
    dates: CEASEFIRE_DATES,
  },
  {
    name: 'csp-default-none',
    serve: () => html(page({}), { 'content-security-policy': `default-src 'none'; script-src 'nonce-${NONCE}'` }),
    expect: 'panel',
    dates: CEASEFIRE_DATES,
  },
  {
    name: 'csp-default-none-style-src',
    serve: () => html(page({ head: `<meta http-equiv="content-security-policy" content="default-src 'none'; style-src 'self'; script-src 'nonce-${NONCE}'">` }),
      { 'content-security-policy': `default-src 'none'; style-src 'self'; img-src 'none'; script-src 'nonce-${NONCE}'; require-trusted-types-for 'script'; trusted-types 'none'` }),
    expect: 'panel',
    dates: CEASEFIRE_DATES,
  },
  {
    name: 'css-all-unset',
    serve: () => html(page({ head: '<style>*, *::before, *::after, :root, :host, [dir] { all: unset !important; } html > * { display: none !important; } head, script, style { display: none !important; } body { display: block !important; }</style>' })),
    expect: 'panel',
    dates: CEASEFIRE_DATES,
  },
  {
    name: 'css-tiny-root-font',
    serve: () => html(page({ head: '<style>html { font-size: 2px !important; line-height: 0 !important; direction: rtl; writing-mode: vertical-rl; letter-spacing: 3em; word-spacing: -1em; } body { font: 2px/1 monospace; color: transparent; text-transform: uppercase; }</style>' })),
    expect: 'panel',
    dates: CEASEFIRE_DATES,
  },
  {
    name: 'css-important-everywhere',
    serve: () => html(page({ head: '<style>* { position: static !important; display: inline !important; z-index: -1 !important; width: 10px !important; height: 10px !important; max-height: 0 !important; overflow: hidden !important; opacity: 0.5 !important; pointer-events: none !important; font-size: 40px !important; box-sizing: content-box !important; visibility: visible !important; } head, script, style, title, meta { display: none !important; }</style>' })),
    expect: 'panel',
    dates: CEASEFIRE_DATES,
  },
  {
    name: 'css-transforms-on-ancestors',
    serve: () => html(page({ head: '<style>html, body, article { transform: translateZ(0) rotate(0.001deg); filter: contrast(1); perspective: 100px; contain: paint; will-change: transform; backdrop-filter: blur(1px); } body { overflow: hidden; height: 100vh; }</style>' })),
    expect: 'panel',
    dates: CEASEFIRE_DATES,
  },
  {
    name: 'overlay-over-everything',
    serve: () => html(page({
      body: `${CEASEFIRE.article}<div id="consent" style="position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.6)">We value your privacy <button>Accept</button></div>`,
    })),
    expect: 'panel',
    dates: CEASEFIRE_DATES,
  },
  {
    name: 'hydration-once',
    // A framework re-rendering the root once after the panel appeared: the panel comes back.
    serve: () => html(page({ dynamic: true, body: `${CEASEFIRE.article}${script(`new MutationObserver((ms, o) => {
      const host = [...document.documentElement.children].find(e => e.tagName.toLowerCase().startsWith('snt-panel-'));
      if (!host) return;
      o.disconnect();
      setTimeout(() => { document.documentElement.replaceChildren(document.head, document.body); window.__hydrated = true; }, 300);
    }).observe(document.documentElement, { childList: true });`)}` })),
    expect: 'panel',
    dates: CEASEFIRE_DATES,
    act: async ({ page }) => {
      await until(() => page.eval<boolean>('window.__hydrated === true'), ok => ok, 10_000, 'the re-render');
      await until(() => hostCount(page), n => n === 1, 10_000, 'the panel to come back');
    },
  },
  {
    name: 'hydration-fight',
    // A page removing every foreign node, 40 times: the extension backs off, and the popup brings the panel back.
    serve: () => html(page({ dynamic: true, body: `${CEASEFIRE.article}${dropForeign(40, 150)}` })),
    expect: 'analysed',
    act: async x => {
      await until(() => x.page.eval<{ sweeps: number }>('window.__fight()'), f => f.sweeps >= 40, 30_000, 'the fight to end');
      await reopenFromPopup(x);
    },
    highlight: false,
  },
  {
    name: 'prototypes-overridden',
    serve: () => html(page({ head: POISON })),
    expect: 'panel',
    dates: CEASEFIRE_DATES,
  },
  {
    name: 'dom-clobbering',
    serve: () => html(page({ body: `${CLOBBER}${CEASEFIRE.article}` })),
    expect: 'panel',
    dates: CEASEFIRE_DATES,
  },
  {
    name: 'huge-dom-200k',
    serve: () => html(page({ body: `${CEASEFIRE.article}<aside id="related">${'<div class="card"><a href="#">Related story</a><span>1 min</span></div>'.repeat(66_667)}</aside>` })),
    expect: 'panel',
    dates: CEASEFIRE_DATES,
  },
  {
    name: 'huge-text-5mb',
    serve: () => html(page({ body: `${CEASEFIRE.article}<section id="more">${filler(5_000_000)}</section>` })),
    expect: 'panel',
  },
  {
    name: 'deep-nesting-10k',
    // By script: parsers flatten deep markup (Chromium at 512 levels). Boxes that deep crash Chromium's layout with
    // no extension at all, so the nested divs are display: contents (and 10,000 more levels of markup before them
    // hang Firefox's page load, again with no extension).
    serve: () => html(page({ head: '<style>#root div { display: contents; }</style>', body: `<main id="root"></main><template id="a">${CEASEFIRE.article}</template>
${script(`let at = document.getElementById('root');
for (let i = 0; i < 10000; i++) { const d = document.createElement('div'); at.appendChild(d); at = d; }
at.appendChild(document.getElementById('a').content.cloneNode(true));`)}` })),
    expect: 'panel',
    dates: CEASEFIRE_DATES,
  },
  {
    name: 'infinite-scroll',
    // New stories stream in forever, and the address follows the story in view (as news sites do).
    serve: () => html(page({ dynamic: true, body: `${CEASEFIRE.article}<div id="feed"></div>${script(`let n = 0;
setInterval(() => { const p = document.createElement('p'); p.textContent = 'Update ' + (++n) + ': the council met again on Tuesday.'; document.getElementById('feed').appendChild(p); if (n % 50 === 0) document.getElementById('feed').replaceChildren(); }, 50);
setInterval(() => history.replaceState(null, '', location.pathname + '?story=' + n), 1500);`)}` })),
    expect: 'panel',
    dates: CEASEFIRE_DATES,
    // The timeline is re-read after each address change: a click may land while it is being re-read.
    highlight: false,
    act: async ({ page }) => {
      // The address keeps changing, so the timeline is re-read now and then; it must keep coming back.
      await sleep(6000);
      await waitPanel(page, 15_000);
    },
  },
  {
    name: 'spa-two-articles',
    serve: () => html(page({ dynamic: true })),
    expect: 'panel',
    dates: CEASEFIRE_DATES,
    act: async ({ page, origin }) => {
      await page.eval(spaNavigateProbe(`${origin}/hostile/offensive-article`, '/hostile/spa-second-article'));
      const view = await until(() => panelView(page), v => !!v && v.datetimes.includes('2024-11-27'), 30_000, 'the second article\'s timeline');
      // The old timeline is gone, not merged.
      expect(view!.datetimes).not.toContain('2017-07-07');
    },
  },
  {
    name: 'offensive-article',
    serve: () => html(page({}, OFFENSIVE)),
    expect: 'panel',
    dates: OFFENSIVE_DATES,
  },
  {
    name: 'iframes-top-only',
    serve: () => html(pageWithFrames(CEASEFIRE.article, '/hostile/offensive-article')),
    expect: 'panel',
    dates: CEASEFIRE_DATES,
    act: async ({ page }) => {
      expect(await page.eval<number>(NO_HOST_IN_FRAMES)).toBe(0);
      expect((await panelView(page))!.datetimes).not.toContain('2024-11-27');
    },
  },
  {
    name: 'iframe-syria-in-neutral-page',
    serve: () => html(pageWithFrames('<article><h1>Council approves city budget</h1><p>The city council approved next year\'s budget on Tuesday after a long debate about road repairs and school buildings.</p></article>', '/hostile/offensive-article')
      .replace(/<title>[^<]*<\/title>[\s\S]*?<\/head>/, `<title>${NEUTRAL.title}</title>${NEUTRAL.meta}</head>`)),
    expect: 'quiet',
    act: async ({ page }) => { expect(await page.eval<number>(NO_HOST_IN_FRAMES)).toBe(0); },
  },
  {
    name: 'synthetic-events',
    serve: () => html(page({})),
    expect: 'panel',
    dates: CEASEFIRE_DATES,
    act: async ({ page }) => {
      const before = (await panelView(page))!;
      // Untrusted events at everything the page can reach: the host, document, window.
      await page.eval(`(() => {
        const host = [...document.documentElement.children].find(e => e.tagName.toLowerCase().startsWith('snt-panel-'));
        for (const target of [host, document, window, document.body]) {
          for (const type of ['keydown', 'keyup', 'keypress']) for (const key of ['Escape', 'Enter', ' ', 'ArrowLeft', 'Tab']) target.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, composed: true, cancelable: true }));
          for (const type of ['click', 'dblclick', 'mousedown', 'mouseup', 'mouseover', 'contextmenu']) target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: innerWidth - 100, clientY: 100 }));
          for (const type of ['pointerdown', 'pointermove', 'pointerup']) target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, clientX: 10, clientY: 10, pointerId: 1 }));
          for (const type of ['focus', 'blur', 'focusin', 'scroll', 'resize', 'visibilitychange', 'popstate', 'hashchange', 'pageshow', 'pagehide', 'message', 'storage']) target.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
        }
        host.focus && host.focus();
      })()`);
      await sleep(1500);
      expect(await panelView(page)).toEqual(before);
    },
  },
  {
    name: 'postmessage-at-extension',
    serve: () => html(page({})),
    expect: 'panel',
    dates: CEASEFIRE_DATES,
    act: async ({ d, page }) => {
      const before = (await panelView(page))!;
      await page.eval(`(() => {
        const forged = [{ type: 'cs-bg-panel', open: false }, { type: 'ui-bg-panel', tabId: 1, panel: 'close' }, { type: 'cs-bg-verdict', verdict: { syriaConflict: false, reasons: [] }, events: 0 },
          { panel: 'close', openedByUser: true }, 'close', null, { __proto__: { panel: 'close' } }, { type: 'x'.repeat(1e6) }];
        for (const m of forged) { window.postMessage(m, '*'); window.top.postMessage(m, location.origin); document.dispatchEvent(new CustomEvent('snt', { detail: m })); }
        window.__sntAnalyse = () => true; window.__sntRequest = { panel: 'close', openedByUser: true };
        window.__unpoison = () => { delete window.__sntAnalyse; delete window.__sntRequest; return null; };
      })()`);
      await sleep(1500);
      expect(await panelView(page)).toEqual(before);
      expect((await d.tabState(page.tabId))?.analysis?.syriaConflict).toBe(true);
    },
  },
  {
    name: 'bidi-zero-width-names',
    serve: () => html(page({}, {
      ...CEASEFIRE,
      article: CEASEFIRE.article
        .replace(/Bashar Al Assad/g, 'Bashar\u200B Al\u00AD As\u200Dsad')
        .replace('Bahram Qasemi', '\u202EBahram\u202C Qa\u2060semi\uFEFF')
        .replace(/Staffan de Mistura/g, 'Staffan de\u200C Mistura\u2066\u2069')
        .replace('Geneva', 'Gen\u00ADeva\u200F'),
    })),
    expect: 'panel',
    dates: CEASEFIRE_DATES,
    highlight: 'found',
  },
  {
    name: 'future-date-published',
    serve: () => html(page({
      meta: `<meta property="article:published_time" content="2031-07-10T09:00:00Z"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2031-07-10T09:00:00Z","dateModified":"2099-01-01"}</script>`,
    })),
    expect: 'panel',
    act: async ({ page }) => {
      // No date after the clock can be a publication date: the header does not claim 2031.
      const header = await probe<string>(page, `[...document.documentElement.children].find(e => e.tagName.toLowerCase().startsWith('snt-panel-')).shadowRoot.querySelector('.article .meta').textContent`);
      expect(header).not.toMatch(/2031|2099/);
    },
  },
  {
    name: 'dateline-contradicts-metadata',
    serve: () => html(page({
      meta: `<meta property="article:published_time" content="2024-12-08T10:00:00Z"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2003-03-20"}</script>`,
      body: CEASEFIRE.article.replace('<p>A partial', '<p>GENEVA, July 10, 2017 (Reuters) — A partial'),
    })),
    expect: 'panel',
    dates: CEASEFIRE_DATES,
  },
  {
    name: 'lazy-images-and-base-href',
    // Readability rewrites lazy images and <noscript> ones: on its detached copy this must load nothing.
    serve: () => html(page({
      head: '<base href="http://192.0.2.1/spoofed/">',
      body: CEASEFIRE.article.replace('<p>In Astana', '<figure><img data-src="/hostile/beacon-lazy.png" alt="" width="10" height="10"><noscript><img src="/hostile/beacon-noscript.png" alt=""></noscript></figure><p>In Astana'),
    })),
    expect: 'panel',
    dates: CEASEFIRE_DATES,
  },
  {
    name: 'plain-text-document',
    serve: () => ({ type: 'text/plain; charset=utf-8', body: `${CEASEFIRE.title}\n\nSyria ceasefire talks in Geneva, Assad, rebels, Aleppo, Damascus.\n<img src=x onerror=alert(1)>` }),
    expect: 'quiet',
    guarded: false,
  },
  {
    name: 'report.pdf',
    serve: () => ({ type: 'application/pdf', body: pdf() }),
    expect: 'restricted',
    popup: ['popupRestricted_pdf'],
    guarded: false,
  },
  {
    name: 'about-blank',
    url: () => 'about:blank',
    expect: 'restricted',
    popup: ['popupRestricted_scheme', 'popupNoAccess'],
    guarded: false,
  },
  {
    name: 'file-url',
    url: () => `file://${path.join(ROOT, 'test/e2e/hostile/rebel-offensive.html')}`,
    expect: 'restricted',
    popup: ['popupRestricted_scheme', 'popupNoAccess'],
    guarded: false,
  },
  {
    // Last: the extension does not come back from a reload when loaded from the command line.
    name: 'extension-reloaded-under-panel',
    serve: () => html(page({})),
    expect: 'panel',
    dates: CEASEFIRE_DATES,
    highlight: false,
    act: async ({ d, page }) => {
      const old = await probe<string>(page, `[...document.documentElement.children].find(e => e.tagName.toLowerCase().startsWith('snt-panel-')).tagName`);
      await d.reloadExtension();
      // The old panel goes without any page event (Chromium: the content script notices its context is gone;
      // Firefox: the reloaded extension runs again and replaces the dead panel with a working one).
      await until(() => page.eval<boolean>(`![...document.documentElement.children].some(e => e.tagName === ${JSON.stringify(old)})`), gone => gone, 15_000, 'the old panel to go');
      if (d.browser === 'firefox') await waitPanel(page, 30_000);
      expect(await hostCount(page)).toBeLessThanOrEqual(1);
    },
  },
];

/** What the server answers for /hostile/<name>; pages are built once. */
const built = new Map<string, Served>();
export function hostileResponse(name: string): Served | null {
  const c = HOSTILE_CASES.find(x => x.name === name && x.serve);
  if (!c) return null;
  if (!built.has(name)) built.set(name, c.serve!());
  return built.get(name)!;
}

/** What the browser may ask our server for during the suite: the pages and their frames, the favicon. Anything
 *  else (a lazy image Readability woke up, a beacon) would be a request the extension caused. */
export function expectedRequest(origin: string, url: string): boolean {
  if (url === 'about:blank' || url.startsWith('file:')) return true;
  if (!url.startsWith(`${origin}/`)) return false;
  const route = url.slice(origin.length).split('?')[0]!;
  return route === '/favicon.ico' || route === '/hostile/spa-second-article' || HOSTILE_CASES.some(c => c.serve && route === `/hostile/${c.name}`);
}
