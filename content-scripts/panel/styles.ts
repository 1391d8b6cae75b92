// The panel's only stylesheet. px only: rem follows the page's <html> font size (field notes §2.4);
// `all: initial` on the host stops inherited page styles (font, color, direction). Colours are variables so
// dark mode (prefers-color-scheme or settings.theme) and forced colours swap them in one place.
const DARK = `--bg: #1f1f23; --fg: #ececf1; --muted: #a9a9b3; --line: #3d3d45; --accent: #8ab4f8; --chip: #2b3342;
  --ctx-bg: #2a2824; --focus: #8ab4f8; --sel: #4a4220;`;

export const PANEL_CSS = `
:host { all: initial; color-scheme: light dark; }
.panel {
  --bg: #ffffff; --fg: #1d1d1f; --muted: #5b5b63; --line: #d0d0d7; --accent: #0b57d0; --chip: #eef2fb;
  --ctx-bg: #f6f4ee; --focus: #0b57d0; --sel: #fff4c2;
  position: fixed; top: 0; bottom: 0; width: 380px; max-width: 100vw; box-sizing: border-box;
  display: flex; flex-direction: column; background: var(--bg); color: var(--fg);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: start;
  box-shadow: 0 0 16px rgba(0, 0, 0, 0.18); pointer-events: auto;
}
.panel.side-right { right: 0; border-left: 1px solid var(--line); }
.panel.side-left { left: 0; border-right: 1px solid var(--line); }
.panel[data-theme="dark"] { ${DARK} }
@media (prefers-color-scheme: dark) {
  .panel[data-theme="auto"] { ${DARK} }
}
.panel *, .panel *::before, .panel *::after { box-sizing: border-box; }
.panel.collapsed { top: 40%; bottom: auto; width: auto; background: none; box-shadow: none; border: 0; }
.tab {
  writing-mode: vertical-rl; padding: 12px 6px; font: inherit; font-weight: 600; cursor: pointer;
  background: var(--accent); color: var(--bg); border: 0; border-radius: 6px 0 0 6px;
}
.side-left .tab { border-radius: 0 6px 6px 0; }
.sr-only {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.bar { display: flex; align-items: center; gap: 4px; padding: 8px 8px 8px 16px; border-bottom: 1px solid var(--line); }
h2 { flex: 1; margin: 0; font-size: 16px; font-weight: 700; }
h3, h4 { margin: 12px 0 4px; font-size: 13px; }
p { margin: 4px 0; }
button { font: inherit; color: inherit; }
.icon-button {
  display: inline-flex; align-items: center; justify-content: center; width: 32px; height: 32px; padding: 0;
  border: 1px solid transparent; border-radius: 6px; background: none; cursor: pointer; font-size: 18px;
}
.icon-button:hover { border-color: var(--line); }
.tool-icon { fill: none; stroke: currentColor; stroke-width: 1.6; }
.side-left .tool-icon { transform: scaleX(-1); }
.body { flex: 1; overflow: auto; padding: 8px 16px 24px; overscroll-behavior: contain; }
.article .title { font-weight: 600; font-size: 15px; }
.meta, .hint, .kind, .asof { color: var(--muted); font-size: 12px; }
.message { padding: 12px 0; }
/* Working indicator: shown only once the analysis has taken ~200 ms, so a quick one does not flash it. */
.working { animation: appear 0s 200ms both; }
@keyframes appear { from { visibility: hidden; } to { visibility: visible; } }
.progress { height: 4px; margin: 12px 0; overflow: hidden; background: var(--line); border-radius: 2px; }
.progress span { display: block; width: 40%; height: 100%; background: var(--accent); animation: slide 1.2s ease-in-out infinite; }
@keyframes slide { from { transform: translateX(-100%); } to { transform: translateX(250%); } }
.toggle { display: block; margin: 8px 0; font-size: 13px; cursor: pointer; }
.year { margin: 16px 0 4px; padding-bottom: 2px; font-size: 13px; color: var(--muted); border-bottom: 1px solid var(--line); }
.rows { list-style: none; margin: 0; padding: 0; }
.row { margin: 2px 0; border-radius: 6px; }
/* In a long list, rows after the first screenful skip style and layout until scrolled near (first render of 100
   events: 21-31 ms -> ~14 ms; docs/performance.md). Not the first 12 of a year, whose boxes tools and tests expect
   (Playwright waits for a box before it scrolls), nor while focused: the containment would clip the focus ring. */
.row:nth-child(n+13):not(:focus-within) { content-visibility: auto; contain-intrinsic-size: auto 96px; }
.row-main {
  display: grid; grid-template-columns: 20px 1fr; column-gap: 6px; width: 100%; padding: 6px; text-align: start;
  background: none; border: 1px solid transparent; border-radius: 6px; cursor: pointer;
}
.row-main:hover { border-color: var(--line); }
.row-main[aria-expanded="true"] { background: var(--sel); }
.row-main .icon { grid-row: span 3; margin-top: 2px; fill: none; stroke: var(--accent); stroke-width: 1.4; }
.when { font-weight: 600; }
.label { display: block; }
.hint { display: block; }
.row.context { background: var(--ctx-bg); border: 1px dashed var(--line); }
.row.context .label { font-style: italic; }
.row[data-source="inferred"] .when, .row[data-source="discourse"] .when { font-style: italic; }
.status-scheduled .when::after, .status-expected .when::after { content: " →"; }
.chips { display: flex; flex-wrap: wrap; gap: 4px; list-style: none; margin: 0 0 4px; margin-inline-start: 32px; padding: 0; }
.chip {
  padding: 1px 8px; font-size: 12px; border: 1px solid var(--line); border-radius: 10px; background: var(--chip); cursor: pointer;
}
.chip-place { border-style: dashed; }
.more { margin: 0 0 8px; margin-inline-start: 32px; font-size: 13px; }
.more-title { color: var(--muted); font-size: 12px; }
.evidence { margin: 2px 0; padding: 4px 8px; border-inline-start: 3px solid var(--accent); }
/* Names in the evidence open their explainer card: underlined text, not a button's look. */
.term { padding: 0; border: 0; background: none; font: inherit; color: inherit; text-decoration: underline dotted;
  text-underline-offset: 2px; cursor: pointer; }
.term:hover { text-decoration-style: solid; }
.why { color: var(--muted); }
.about { margin-top: 16px; }
.about summary { cursor: pointer; font-weight: 600; }
.about ul, .later, .sources { margin: 4px 0; padding-inline-start: 16px; }
.about li { margin: 8px 0; }
.exports { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 16px; padding-top: 8px; border-top: 1px solid var(--line); }
.exports button { padding: 4px 10px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); cursor: pointer; font-size: 12px; }
.card {
  position: absolute; inset: auto 8px 8px 8px; max-height: 60%; overflow: auto; padding: 8px 12px 12px;
  background: var(--bg); border: 1px solid var(--line); border-radius: 8px; box-shadow: 0 4px 18px rgba(0, 0, 0, 0.25);
}
.card { overflow-wrap: anywhere; }
.card-head { display: flex; align-items: center; justify-content: space-between; }
.card-head h3 { margin: 4px 0; font-size: 15px; }
.later-date { color: var(--muted); font-variant-numeric: tabular-nums; }
a { color: var(--accent); }
.resizer { position: absolute; top: 0; bottom: 0; width: 6px; cursor: col-resize; touch-action: none; }
.side-right .resizer { left: -3px; }
.side-left .resizer { right: -3px; }
.resizer:hover, .resizer:focus-visible { background: var(--accent); }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
h2:focus { outline: none; }
h2:focus-visible { outline: 2px solid var(--focus); }
@media (prefers-reduced-motion: reduce) {
  .progress span { animation: none; width: 100%; opacity: 0.6; }
}
@media (forced-colors: active) {
  .panel { border: 1px solid CanvasText; }
  .row-main[aria-expanded="true"] { outline: 2px solid Highlight; background: Canvas; }
  .row.context { border: 1px dashed CanvasText; }
  .chip, .exports button, .icon-button, .tab { border: 1px solid ButtonText; }
  .row-main .icon, .tool-icon { stroke: CanvasText; }
  .progress span { background: Highlight; }
  :focus-visible { outline-color: Highlight; }
}
`;
