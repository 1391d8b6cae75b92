// Drives a stepwise computation (a generator, src/core/pipeline.ts) on the page's main thread in slices, giving the
// page its thread back (input, rendering) between them: after every stage, since one stage may be long on its own,
// and within a stage made of many small steps (events: one per sentence) once a slice has taken `sliceMs`. A task
// thus lasts at most one stage, or sliceMs plus one small step; long tasks start at 50 ms (W3C Long Tasks;
// docs/performance.md).
/** The extension's slice within a stage of small steps: with one step on top it stays well under 50 ms. */
export const SLICE_MS = 20;

/** `steps` yields the name of each step before running it (src/core/pipeline.ts). */
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
  /** The step that next() runs: the name the generator yielded last (none before the first call). */
  let running: string | null = null;
  for (;;) {
    const t = performance.now();
    const r = steps.next();
    const end = performance.now();
    if (running !== null) opts.onStep?.(running, end - t);
    const pause = !r.done && running !== null && (r.value !== running || end - sliceStart >= opts.sliceMs);
    // The slice's last step names it (DevTools shows the detail; the bench reads it).
    if (opts.measure && (r.done || pause)) performance.measure(opts.measure, { start: sliceStart, end, detail: running });
    if (r.done) return r.value;
    running = r.value;
    if (pause) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}
