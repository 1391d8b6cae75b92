// A page can shadow the document's own members with named elements (<form name="querySelector">, <img name="body">;
// the [LegacyOverrideBuiltIns] rule). That holds in Chromium's isolated world too; Firefox's Xray views skip named
// properties (field notes §3.2 item 4; test/e2e/hostile dom-clobbering). The content scripts reach the page's
// document through these two helpers instead of trusting `document.x`.

/** Elements whose name (or id) becomes a property of `document`. */
const NAMED = 'form[name], img[name], embed[name], object[name], iframe[name], object[id], img[id]';

function findDescriptor(key: PropertyKey): PropertyDescriptor | undefined {
  for (let p: object | null = Document.prototype; p; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, key);
    if (d) return d;
  }
  return undefined;
}

/** The named elements that shadow a member of Document, with the attribute that names them. */
function clobbering(doc: Document): [Element, string][] {
  const out: [Element, string][] = [];
  const els = Document.prototype.querySelectorAll.call(doc, NAMED);
  for (let i = 0; i < els.length; i++) {
    for (const attr of ['name', 'id']) {
      const v = Element.prototype.getAttribute.call(els[i]!, attr);
      if (v && findDescriptor(v)) out.push([els[i]!, attr]);
    }
  }
  return out;
}

/** The page's document for reading (gate, analysis): itself, or if the page clobbers it, a copy without the names. */
export function readableDocument(doc: Document): Document {
  if (!clobbering(doc).length) return doc;
  const copy = Node.prototype.cloneNode.call(doc, true) as Document;
  for (const [el, attr] of clobbering(copy)) Element.prototype.removeAttribute.call(el, attr);
  return copy;
}

/** The live document with its members always read from Document.prototype, never from a page element. */
export function unclobberedDocument(doc: Document): Document {
  if (!clobbering(doc).length) return doc;
  return new Proxy(doc, {
    get(target, key) {
      const d = findDescriptor(key);
      if (!d) return Reflect.get(target, key) as unknown;
      if (d.get) return d.get.call(target) as unknown;
      return typeof d.value === 'function' ? (d.value as (...a: unknown[]) => unknown).bind(target) : d.value as unknown;
    },
    set(target, key, value) {
      const d = findDescriptor(key);
      if (d?.set) d.set.call(target, value);
      else Reflect.set(target, key, value);
      return true;
    },
  });
}
