// Finds an event's evidence sentence in the live page and highlights it without touching the page's DOM:
// the CSS Custom Highlight API where available (its ::highlight() rule must live in a document-level sheet),
// else the user's selection. Both are reversible and hydration-safe (field notes §2.4).

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'svg', 'SVG']);
// Zero-width characters and soft hyphens are invisible in the page but break matching (field notes §3.2 item 20).
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const SPACE = /\s/;
/** Ends compared when the whole sentence is not found (quotes or markup changed in the middle). */
const EDGE = 40;

interface FlatText {
  text: string;
  nodes: Text[];
  offsets: number[];
}

function collectText(doc: Document, exclude: Node | null): FlatText {
  const flat: FlatText = { text: '', nodes: [], offsets: [] };
  const parts: string[] = [];
  let lastSpace = true;
  const root = doc.body ?? doc.documentElement;
  // Iterative walk: deep pages must not overflow the stack (conventions: iterative tree walks).
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === exclude) continue;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      for (let i = 0; i < data.length; i++) {
        const ch = data[i]!;
        if (INVISIBLE.test(ch)) continue;
        const space = SPACE.test(ch);
        if (space && lastSpace) continue;
        parts.push(space ? ' ' : ch);
        flat.nodes.push(node as Text);
        flat.offsets.push(i);
        lastSpace = space;
      }
      continue;
    }
    if (node.nodeType === 1 && SKIP.has((node as Element).tagName)) continue;
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  flat.text = parts.join('');
  return flat;
}

function normalise(s: string): string {
  let out = '';
  let lastSpace = true;
  for (const ch of s) {
    if (INVISIBLE.test(ch)) continue;
    const space = SPACE.test(ch);
    if (space && lastSpace) continue;
    out += space ? ' ' : ch;
    lastSpace = space;
  }
  return out.trimEnd();
}

export interface TextPosition {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  /** Exclusive, as Range.setEnd takes it. */
  endOffset: number;
}

/** Where `sentence` is in the page (whitespace-insensitive), or null. `exclude` is our own panel host. */
export function findTextPosition(doc: Document, sentence: string, exclude: Node | null = null): TextPosition | null {
  const needle = normalise(sentence);
  if (!needle) return null;
  const flat = collectText(doc, exclude);
  let start = flat.text.indexOf(needle);
  let end = start + needle.length;
  if (start < 0 && needle.length > EDGE * 2) {
    start = flat.text.indexOf(needle.slice(0, EDGE));
    const tail = start < 0 ? -1 : flat.text.indexOf(needle.slice(-EDGE), start + EDGE);
    if (tail < 0 || tail - start > needle.length * 2) return null;
    end = tail + EDGE;
  }
  if (start < 0) return null;
  return {
    startNode: flat.nodes[start]!, startOffset: flat.offsets[start]!,
    endNode: flat.nodes[end - 1]!, endOffset: flat.offsets[end - 1]! + 1,
  };
}

function findTextRange(doc: Document, sentence: string, exclude: Node): Range | null {
  const pos = findTextPosition(doc, sentence, exclude);
  if (!pos) return null;
  const range = doc.createRange();
  range.setStart(pos.startNode, pos.startOffset);
  range.setEnd(pos.endNode, pos.endOffset);
  return range;
}

export interface Highlighter {
  /** Highlights and scrolls to the sentence; false when it is not on the page. */
  show(sentence: string): boolean;
  clear(): void;
}

interface HighlightWindow {
  CSS?: { highlights?: { set(name: string, h: unknown): void; delete(name: string): void } };
  Highlight?: new (...ranges: Range[]) => unknown;
  CSSStyleSheet?: typeof CSSStyleSheet;
  matchMedia?(q: string): MediaQueryList;
  getSelection?(): Selection | null;
}

export function createHighlighter(doc: Document, exclude: Element): Highlighter {
  const win = doc.defaultView as (Window & HighlightWindow) | null;
  const name = `snt-evidence-${Math.random().toString(36).slice(2, 8)}`;
  let sheet: CSSStyleSheet | null = null;
  let selected: Range | null = null;

  // The ::highlight() rule only works from a document-level sheet; page CSP does not govern constructable sheets.
  // The page may reassign document.adoptedStyleSheets at any time, so check ours is still there each time.
  const ensureSheet = (): boolean => {
    try {
      if (!win?.CSSStyleSheet || !('adoptedStyleSheets' in doc)) return false;
      if (!sheet) {
        sheet = new win.CSSStyleSheet();
        sheet.replaceSync(`::highlight(${name}) { background-color: #ffd54a; color: #111; }`);
      }
      const s = sheet;
      if (!doc.adoptedStyleSheets.includes(s)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, s];
      return true;
    } catch {
      return false;
    }
  };

  const useHighlightApi = (range: Range): boolean => {
    try {
      if (!win?.CSS?.highlights || !win.Highlight || !ensureSheet()) return false;
      win.CSS.highlights.set(name, new win.Highlight(range));
      return true;
    } catch {
      return false;
    }
  };

  const clear = () => {
    try { win?.CSS?.highlights?.delete(name); } catch { /* registry gone with the page */ }
    const sel = win?.getSelection?.();
    if (selected && sel && sel.rangeCount === 1 && sel.getRangeAt(0) === selected) sel.removeAllRanges();
    selected = null;
  };

  return {
    show(sentence) {
      clear();
      let range: Range | null = null;
      try {
        range = findTextRange(doc, sentence, exclude);
      } catch {
        // A page that broke Range or the DOM walk: say "not found" rather than throw into the page.
      }
      if (!range) return false;
      if (!useHighlightApi(range)) {
        const sel = win?.getSelection?.();
        sel?.removeAllRanges();
        sel?.addRange(range);
        selected = range;
      }
      const reduce = win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
      const target = range.startContainer.parentElement;
      target?.scrollIntoView?.({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
      return true;
    },
    clear() {
      clear();
      if (sheet) {
        const s = sheet;
        try { doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter(x => x !== s); } catch { /* ignore */ }
        sheet = null;
      }
    },
  };
}
