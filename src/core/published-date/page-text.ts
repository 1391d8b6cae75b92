// The page's visible text in one iterative walk (no script, style or template text), with where the headline ends.
// Feeds the text extractors and the numeric-order vote.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'OBJECT', 'SELECT', 'TITLE']);
const MAX_CHARS = 300_000;

export interface PageText {
  text: string;
  /** Offset in `text` just after the headline (or -1): the <h1> inside <article>/<main>, else the first <h1>. */
  headlineEnd: number;
}

export function pageText(doc: Document): PageText {
  const parts: string[] = [];
  let length = 0;
  let headlineEnd = -1;
  // From the root, not <body>: on malformed pages linkedom leaves the content in <head> (an element before <body>).
  const root = doc.documentElement;
  if (!root) return { text: '', headlineEnd };
  // A masthead logo is often the first <h1>; the article's own headline sits inside <article> or <main>.
  const headline = doc.querySelector('article h1, main h1, [role="main"] h1') ?? doc.querySelector('h1');
  // Stack of nodes; a null entry marks "the <h1> being read has ended".
  const stack: (Node | null)[] = [root];
  while (stack.length && length < MAX_CHARS) {
    const node = stack.pop();
    if (node === null) {
      if (headlineEnd < 0) headlineEnd = length;
      continue;
    }
    if (!node) continue;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      if (t.trim()) { parts.push(t); length += t.length; }
      continue;
    }
    if (node.nodeType !== 1 || SKIP.has((node as Element).tagName)) continue;
    const tag = (node as Element).tagName;
    if (/^(P|DIV|LI|H\d|BR|TD|TR|SECTION|ARTICLE|HEADER|FOOTER|TIME|SPAN)$/.test(tag)) { parts.push(' \n'); length += 2; }
    if (node === headline) stack.push(null);
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return { text: parts.join(''), headlineEnd };
}
