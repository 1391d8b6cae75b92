// The analysis as steps (src/core/pipeline.ts) driven in slices as the content script drives it
// (content-scripts/run-in-slices.ts): the same timeline as the one-call API, every stage in order, the page given
// its thread back between stages.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, documentSteps, STAGES } from '../../src/core/pipeline.js';
import { runInSlices } from '../../content-scripts/run-in-slices.js';
import { parseDocument } from '../../scripts/cli/read-html.js';

const html = fs.readFileSync(path.resolve(import.meta.dirname, '../../demo/iran-syria-ceasefire.html'), 'utf8');
const OPTS = { now: '2026-01-01T00:00:00Z' };

describe('analysis in steps', () => {
  it('gives the one-call timeline, naming every stage in pipeline order', async () => {
    const names: string[] = [];
    const sliced = await runInSlices(documentSteps(parseDocument(html), 'http://localhost/demo', OPTS), {
      sliceMs: Infinity,
      onStep: name => names.push(name),
    });
    expect(sliced).toEqual(analyzeDocument(parseDocument(html), 'http://localhost/demo', OPTS));
    expect([...new Set(names)]).toEqual(STAGES);
    // One step per sentence in the events stage, so a long article can be cut between sentences.
    expect(names.filter(n => n === 'events').length).toBeGreaterThan(5);
  });

  it('gives the thread back at each stage boundary and, within a stage, once a slice is used up', async () => {
    let turns = 0;
    const g = globalThis as { scheduler?: { yield?: () => Promise<void> } };
    const saved = g.scheduler;
    g.scheduler = { yield: async () => void turns++ };
    try {
      await runInSlices(documentSteps(parseDocument(html), null, OPTS), { sliceMs: Infinity });
      expect(turns).toBe(STAGES.length - 1);
      turns = 0;
      await runInSlices(documentSteps(parseDocument(html), null, OPTS), { sliceMs: 0 });
      expect(turns).toBeGreaterThan(STAGES.length + 5);
    } finally {
      g.scheduler = saved;
    }
  });
});
