// The always-on gate: tiny when bundled, silent on ordinary pages, open to the Syria names in any field.
import zlib from 'node:zlib';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { gateVerdict, type GateSignals } from '../../../src/core/gate.js';

const blank: GateSignals = { url: '', title: '', description: '', keywords: '', ogType: '', jsonLdTypes: [], lead: '' };

describe('gateVerdict', () => {
  it.each([
    ['title', { title: 'Rebels enter Aleppo' }],
    ['url', { url: 'https://example.com/world/middle-east/deir-ez-zor-clashes' }],
    ['description', { description: 'Assad’s forces shell Idlib' }],
    ['lead', { lead: 'DAMASCUS (Reuters) - Syrian state media said…' }],
    ['Arabic name', { title: 'اشتباكات في سوريا' }],
  ])('passes a Syria name in the %s', (_f, s) => {
    expect(gateVerdict({ ...blank, ...s }).pass).toBe(true);
  });

  it.each([
    ['a Syracuse sports page', { url: 'https://example.com/sports/syracuse', title: 'Syracuse stuns Miami', lead: 'The Orange rallied in the second half.' }],
    ['a tech article', { title: 'New phone launched', lead: 'The company announced a new phone with a faster chip.' }],
    ['a recipe page, whatever it names', { title: 'Syrian kibbeh', jsonLdTypes: ['Recipe'] }],
  ])('stays closed on %s', (_f, s) => {
    expect(gateVerdict({ ...blank, ...s }).pass).toBe(false);
  });

  it('reads only the opening of a long lead', () => {
    expect(gateVerdict({ ...blank, lead: `${'x '.repeat(2000)} Syria` }).pass).toBe(false);
  });

  it('bundles to ≤ 5 KB gzipped with its glue', async () => {
    const out = await build({
      stdin: { contents: "import { gateVerdict } from './src/core/gate.ts'; (globalThis as any).gate = gateVerdict;", resolveDir: path.resolve(import.meta.dirname, '../../..'), loader: 'ts' },
      bundle: true, minify: true, format: 'iife', write: false,
    });
    const gz = zlib.gzipSync(out.outputFiles[0]!.contents).length;
    expect(gz).toBeLessThanOrEqual(5 * 1024);
  });
});
