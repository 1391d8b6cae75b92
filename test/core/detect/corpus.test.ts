// The dev corpora (real published pages, labelled by hand): the detector's figures must hold, no non-news page may be
// accepted, and the always-on gate must pass every page the detector accepts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../src/core/detect-page.js';
import { gateVerdict } from '../../../src/core/gate.js';

const root = path.resolve(import.meta.dirname, '../../..');
const SETS = ['../shared/eval/news/detect.jsonl', 'test/fixtures/news/detect.jsonl'].map(f => path.join(root, f)).filter(f => fs.existsSync(f));

interface Item { id: string; url: string | null; title?: string; text: string }
interface Gold { positive: boolean; nonNews: boolean }

describe.each(SETS.map(f => [path.relative(root, f), f]))('%s', (_name, file) => {
  const items = fs.readFileSync(file, 'utf8').split('\n').filter(l => l.trim()).map(l => JSON.parse(l) as Item);
  const gold = JSON.parse(fs.readFileSync(file.replace(/\.jsonl$/, '.gold.json'), 'utf8')) as Record<string, Gold>;
  const results = items.map(i => ({ item: i, gold: gold[i.id]!, v: detectPage({ url: i.url, title: i.title ?? '', text: i.text }) }));

  it('has gold for every item', () => {
    expect(items.filter(i => !gold[i.id]).map(i => i.id)).toEqual([]);
  });

  it('reaches F1 ≥ 0.97', () => {
    const tp = results.filter(r => r.v.syriaConflict && r.gold.positive).length;
    const fp = results.filter(r => r.v.syriaConflict && !r.gold.positive).map(r => r.item.id);
    const fn = results.filter(r => !r.v.syriaConflict && r.gold.positive).map(r => r.item.id);
    const f1 = (2 * tp) / Math.max(1, 2 * tp + fp.length + fn.length);
    expect(f1, `FP ${fp.join(' ')} FN ${fn.join(' ')}`).toBeGreaterThanOrEqual(0.97);
  });

  it('accepts no non-news page', () => {
    expect(results.filter(r => r.v.syriaConflict && r.gold.nonNews).map(r => r.item.id)).toEqual([]);
  });

  it('never calls a positive page non-news', () => {
    expect(results.filter(r => !r.v.isNews && r.gold.positive).map(r => r.item.id)).toEqual([]);
  });

  it('gives the same verdicts when the page text repeats its headline on top (a common way pages are stored)', () => {
    const changed = results
      .filter(r => detectPage({ url: r.item.url, title: r.item.title ?? '', text: `${r.item.title ?? ''}\n\n${r.item.text}` }).syriaConflict !== r.v.syriaConflict)
      .map(r => r.item.id);
    expect(changed).toEqual([]);
  });

  it('gate passes every page the detector accepts', () => {
    const lost = results
      .filter(r => r.v.syriaConflict)
      .filter(r => !gateVerdict({ url: r.item.url ?? '', title: r.item.title ?? '', description: '', keywords: '', ogType: '', jsonLdTypes: [], lead: r.item.text }).pass)
      .map(r => r.item.id);
    expect(lost).toEqual([]);
  });
});
