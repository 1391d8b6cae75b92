// Readability's cost grows with the square of nesting depth (1,000 wrapper levels: 1 s; 10,000: over 30 s in
// Chromium; test/e2e/hostile deep-nesting-10k). Real articles sit a few dozen levels deep, so on the copy
// Readability reads, bare wrappers nested deeper than MAX_DEPTH are unwrapped: the text and its blocks stay.

const MAX_DEPTH = 64;
/** Elements that only group: unwrapping one changes no paragraph or heading. */
const WRAPPERS = new Set(['DIV', 'SPAN', 'SECTION', 'MAIN', 'FONT', 'CENTER', 'B', 'I', 'U', 'EM', 'STRONG', 'SMALL']);

/** A grouping element around exactly one element and no text of its own. */
function bareWrapper(el: Element): boolean {
  if (!WRAPPERS.has(el.tagName.toUpperCase()) || el.children.length !== 1) return false;
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && n.textContent!.trim()) return false;
  return true;
}

/** Unwraps bare wrappers deeper than MAX_DEPTH below `root`, in place (iteratively: deep trees overflow a recursion). */
export function flattenDeepWrappers(root: Element): void {
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [start, depth] = stack.pop()!;
    let el = start;
    if (depth > MAX_DEPTH && bareWrapper(el)) {
      // The whole chain in one move: moving a subtree costs its size in browsers, so never once per level.
      let inner = el.children[0]!;
      while (bareWrapper(inner)) inner = inner.children[0]!;
      el.replaceWith(inner);
      el = inner;
    }
    // One read of the children: a fresh `children` per index is quadratic in DOMs that rebuild it (linkedom).
    const kids = Array.from(el.children);
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, depth + 1]);
  }
}
