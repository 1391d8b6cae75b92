// Bundled and evaluated in the page by bench/run.ts, right after the page loads: the gate's own code (module set-up,
// its precompiled regex, the DOM reads, the verdict) on the page's original address. run.ts reads the clock around
// the evaluation of this whole bundle, so the measurement includes everything the gate content script does but
// sending its message.
import { gateVerdict, readGateSignals } from '../../src/core/gate.js';

const g = globalThis as { __sntBenchUrl?: string; __sntGateResult?: { pass: boolean; score: number } };
g.__sntGateResult = gateVerdict(readGateSignals(document, g.__sntBenchUrl ?? location.href));
