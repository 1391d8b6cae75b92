// The always-on gate: tiny when bundled, silent on ordinary pages, open to the Syria names in any field.
import zlib from 'node:zlib';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import fs from 'node:fs';
import { detectPage } from '../../../src/core/detect-page.js';
import { alternatives, gateVerdict, readGateSignals, requiredWord, type GateSignals } from '../../../src/core/gate.js';

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
      stdin: { contents: "import { gateVerdict, readGateSignals } from './src/core/gate.ts'; (globalThis as any).gate = () => gateVerdict(readGateSignals(document, location.href));", resolveDir: path.resolve(import.meta.dirname, '../../..'), loader: 'ts' },
      bundle: true, minify: true, format: 'iife', write: false,
    });
    const gz = zlib.gzipSync(out.outputFiles[0]!.contents).length;
    expect(gz).toBeLessThanOrEqual(5 * 1024);
  });

  it('reads a live page: the demo article passes, as the detector accepts it', () => {
    const html = fs.readFileSync(path.resolve(import.meta.dirname, '../../../demo/iran-syria-ceasefire.html'), 'utf8');
    const doc = parseHTML(html).document;
    const s = readGateSignals(doc, 'http://localhost/demo');
    expect(s.ogType).toBe('article');
    expect(s.jsonLdTypes).toContain('NewsArticle');
    expect(gateVerdict(s).pass).toBe(true);
    expect(detectPage({ url: s.url, title: s.title, text: s.lead }).syriaConflict).toBe(true);
  });
});

describe('the gate\'s word pre-check', () => {
  const terms = (JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../../src/core/detect/gate-terms.json'), 'utf8')) as { terms: string[] }).terms;
  const regex = new RegExp(`(?<![a-z])(?:${terms.join('|')})`);

  it('finds in every term a required word of three letters or more, so that it can skip the regex', () => {
    const weak = terms.flatMap(t => alternatives(t).map(a => [a, requiredWord(a)?.text ?? ''] as const)).filter(([, w]) => w.length < 3);
    expect(weak).toEqual([]);
  });

  it('reads required words as the regex requires them', () => {
    expect(requiredWord('damas(?:cus|co|kus)?')).toEqual({ text: 'damas', opens: true });
    expect(requiredWord('bashar[\\s\'’-]?al[\\s\'’-]?assad')).toEqual({ text: 'bashar', opens: true });
    expect(requiredWord('\\bhts\\b')).toEqual({ text: 'hts', opens: true });
    expect(requiredWord('el[\\s-]?assad')).toEqual({ text: 'assad', opens: false });
    expect(requiredWord('syri(?:a|an)')?.text).toBe('syri');
    expect(requiredWord('kobani?')?.text).toBe('koban');
    expect(alternatives('tahrir al-sham|\\bhts\\b|a(b|c)')).toEqual(['tahrir al-sham', '\\bhts\\b', 'a(b|c)']);
  });

  it('gives the plain regex\'s verdict on every corpus text and on random text', () => {
    const texts = fs.readFileSync(path.join(import.meta.dirname, '../../fixtures/news/detect.jsonl'), 'utf8').split('\n').filter(Boolean)
      .flatMap(l => { const o = JSON.parse(l) as { url: string | null; title: string; text: string }; return [o.url ?? '', o.title, o.text.slice(0, 1500)]; });
    const odd = ['rights and nights', 'crisis in the lab', 'esadece', 'Deyr az-Zawr', 'the Kobanî canton', 'x'.repeat(3000), ''];
    for (const t of [...texts, ...odd]) expect(gateVerdict({ ...blank, title: t }).pass, t.slice(0, 80)).toBe(regex.test(t.toLowerCase()));
  });
});
