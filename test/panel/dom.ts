// linkedom documents for panel tests, with the two things linkedom lacks: focus tracking and keyboard events.
import { parseHTML } from 'linkedom';
import { options } from 'preact';

// Preact runs effects after the next frame (or a 35 ms timer without rAF): a loaded CI machine could then run a
// mount's effect after a later one. Run them on the next task instead, in order.
(options as { requestAnimationFrame?: (cb: () => void) => void }).requestAnimationFrame = cb => { setTimeout(cb, 0); };

export interface TestDom {
  doc: Document;
  win: Window & typeof globalThis;
  focused(): Element | null;
}

export function testDom(html = '<!doctype html><html lang="en"><head></head><body><button id="page-button">page</button></body></html>'): TestDom {
  const { document, window } = parseHTML(html);
  let focused: Element | null = null;
  // linkedom calls listeners with `this` = event.target instead of currentTarget, which breaks Preact's event
  // proxies on bubbling; wrap listeners so `this` is the element they were added to, as in browsers.
  const proto = window.Node.prototype as unknown as EventTarget & { __wraps?: WeakMap<object, EventListener> };
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  const wraps = new WeakMap<object, WeakMap<object, EventListener>>();
  proto.addEventListener = function (this: EventTarget, type: string, l: EventListenerOrEventListenerObject | null, o?: boolean | AddEventListenerOptions) {
    if (typeof l !== 'function') return add.call(this, type, l, o);
    let map = wraps.get(this);
    if (!map) wraps.set(this, (map = new WeakMap()));
    let w = map.get(l);
    if (!w) map.set(l, (w = (e: Event) => l.call(this, e)));
    return add.call(this, type, w, o);
  };
  proto.removeEventListener = function (this: EventTarget, type: string, l: EventListenerOrEventListenerObject | null, o?: boolean | EventListenerOptions) {
    const w = typeof l === 'function' ? wraps.get(this)?.get(l) : undefined;
    return remove.call(this, type, w ?? l, o);
  };
  (window.HTMLElement.prototype as HTMLElement).focus = function (this: HTMLElement) { focused = this; };
  Object.defineProperty(document, 'activeElement', { configurable: true, get: () => focused });
  return { doc: document as unknown as Document, win: window as unknown as Window & typeof globalThis, focused: () => focused };
}

export function key(target: Element, k: string): Event {
  const win = target.ownerDocument.defaultView!;
  const e = new win.Event('keydown', { bubbles: true, cancelable: true });
  Object.defineProperty(e, 'key', { value: k });
  target.dispatchEvent(e);
  return e;
}

export function click(target: Element): void {
  const win = target.ownerDocument.defaultView!;
  target.dispatchEvent(new win.Event('click', { bubbles: true, cancelable: true }));
}

const tick = (ms: number) => new Promise(r => setTimeout(r, ms));

/**
 * Lets Preact render and run its effects. An effect waits for two timers (our requestAnimationFrame above, then
 * Preact's own setTimeout) set only once the render ran; on a loaded machine the render can outlast a fixed wait.
 * After 20 ms the render has happened (microtasks run before timers), and timers of equal delay fire in the order
 * they were set, so two more zero-delay ticks come after the effect's.
 */
export const settle = async () => {
  await tick(20);
  await tick(0);
  await tick(0);
};
