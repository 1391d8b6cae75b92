// Drives a stepwise computation (a generator, src/core/pipeline.ts) on the page's main thread in slices: steps run
// back to back until a slice has taken `sliceMs`, then the page gets the thread back (input, rendering) before the
// next slice. A slice thus lasts at most sliceMs plus one step; long tasks start at 50 ms (W3C Long Tasks), so the
// slice is well under that (docs/performance.md).
/** The extension's slice: with one step on top (a stage, or one sentence of events) it stays under 50 ms. */
export const SLICE_MS = 20;

export interface SliceOptions {
  sliceMs: number;
  /** Called after every step with its name and duration (the bench uses it; the extension does not). */
  onStep?: (name: string, ms: number) => void;
  /** When set, each slice is a User Timing measure of this name (DevTools' Timings track; the bench reads them). */
  measure?: string;
}

type Scheduler = { yield?: () => Promise<void> };

/** Gives the main thread back: scheduler.yield() keeps our place at the head of the queue where it exists (Chrome
 *  129+); otherwise a message-channel task, which, unlike nested setTimeout(0), is not clamped to 4 ms. */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise(resolve => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  });
}

export async function runInSlices<T>(steps: Generator<string, T, void>, opts: SliceOptions): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const t = performance.now();
    const r = steps.next();
    const end = performance.now();
    if (r.done || end - sliceStart >= opts.sliceMs) {
      if (opts.measure) performance.measure(opts.measure, { start: sliceStart, end });
    }
    if (r.done) return r.value;
    opts.onStep?.(r.value, end - t);
    if (end - sliceStart >= opts.sliceMs) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}
