// Every lexicon entry and negative cue carries an example that it must match (github-url-detection style): a variant
// that stops matching, or an example that drifts to another entry, fails here.
import { describe, expect, it } from 'vitest';
import gateData from '../../../src/core/detect/gate-terms.json';
import { COMPILED_CUES, COMPILED_LEXICON, CUES, LEXICON } from '../../../src/core/detect/lexicon.js';
import { normalizeForMatch } from '../../../src/core/detect/normalize.js';
import { countTerms, keyOf } from '../../../src/core/detect/terms.js';
import { gateVerdict } from '../../../src/core/gate.js';

describe('lexicon entries match their examples', () => {
  it.each(LEXICON.map(e => [e.id, e] as const))('%s', (_id, entry) => {
    expect(entry.example.length, 'every entry needs an example').toBeGreaterThan(0);
    const hits = countTerms(COMPILED_LEXICON, normalizeForMatch(entry.example));
    expect(hits.get(entry), `"${entry.example}" should mention ${entry.label}`).toBeGreaterThan(0);
  });
});

describe('negative cues match their examples', () => {
  it.each(CUES.map(c => [c.id, c] as const))('%s', (_id, cue) => {
    const hits = countTerms(COMPILED_CUES, normalizeForMatch(cue.example));
    expect(hits.get(cue), `"${cue.example}" should match the ${cue.label} cue`).toBeGreaterThan(0);
  });
});

describe('lexicon data', () => {
  it('gives each variant to one entry only', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of [...LEXICON, ...CUES]) {
      for (const v of e.variants) {
        const k = keyOf(normalizeForMatch(v));
        const prev = owner.get(k);
        if (prev && prev !== e.id) clashes.push(`${v}: ${prev} and ${e.id}`);
        owner.set(k, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('lists case-sensitive spellings among the variants', () => {
    for (const e of [...LEXICON, ...CUES]) for (const c of e.case ?? []) expect(e.variants, e.id).toContain(c);
  });

  it('has unique ids and positive weights', () => {
    const ids = [...LEXICON, ...CUES].map(e => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of [...LEXICON, ...CUES]) expect(e.weight, e.id).toBeGreaterThan(0);
  });

  it('keeps the gate terms alive: each matches some lexicon variant', () => {
    const variants = LEXICON.flatMap(e => e.variants).map(v => v.toLowerCase());
    for (const term of gateData.terms) {
      const re = new RegExp(`(?<![a-z])(?:${term})`, 'i');
      expect(variants.some(v => re.test(v)), term).toBe(true);
    }
  });

  it('lets every anchor variant through the gate, so the gate never loses a page the detector could accept', () => {
    const blank = { url: '', title: '', description: '', keywords: '', ogType: '', jsonLdTypes: [], lead: '' };
    const lost = LEXICON.filter(e => e.anchor).flatMap(e => e.variants.filter(v => !gateVerdict({ ...blank, title: v }).pass).map(v => `${e.id}: ${v}`));
    expect(lost).toEqual([]);
  });

  it('matches acronyms case-sensitively and names on word boundaries', () => {
    const ids = (s: string) => [...countTerms(COMPILED_LEXICON, normalizeForMatch(s)).keys()].map(e => e.id);
    expect(ids('the HTS offensive')).toContain('hts');
    expect(ids('earnings per share, hts and more')).not.toContain('hts');
    expect(ids('Syracuse and the Syriac church')).not.toContain('syria');
    expect(ids('Deir al-Zour, Deir ez Zor and Dayr az-Zawr').filter(i => i === 'deir-ez-zor')).toHaveLength(1);
    expect(ids('al\u2011Assad and Türkiye')).toContain('assad');
    expect(ids('Sy\u200bria')).toContain('syria');
    // Inflected and translated forms are listed word by word: the matcher takes literal variants on word boundaries.
    expect(ids('Сирийская оппозиция не примет участие, перемирия в Сирии')).toEqual(expect.arrayContaining(['syria', 'conflict-multilingual']));
    expect(ids("selon l'OIAC, du gaz de chlore a été utilisé")).toContain('chemical');
    // Arabic attaches the article and particles to the word: السورية (the Syrian), والمعارضة (and the opposition),
    // للمعارضة (for the opposition); a root that merely starts like a particle is not stripped into a name.
    expect(ids('أجهزة المخابرات السورية')).toContain('syria');
    expect(ids('والمعارضة بالنظام للمعارضة').length).toBeGreaterThan(0);
    expect(ids('أسد في حديقة الحيوان')).not.toContain('assad');
    expect(ids("Suriyenin İdlib şehrinde çatışma")).toEqual(expect.arrayContaining(['syria', 'idlib', 'conflict-multilingual']));
    expect(ids('Syyria on pommittanut kapinallisasemia Itä-Ghoutassa')).toEqual(expect.arrayContaining(['syria', 'ghouta', 'conflict-multilingual']));
    expect(ids('тюрьма Седная, символ жестокости режима Башара Асада')).toEqual(expect.arrayContaining(['sednaya', 'assad', 'conflict-multilingual']));
    // Hebrew attaches "in", "the", "and" to the word: בסוריה (in Syria), בדמשק (in Damascus), הסוריות (the Syrian).
    expect(ids('כלי תקשורת בסוריה מדווחים על מערכות ההגנה האווירית הסוריות בדמשק')).toEqual(expect.arrayContaining(['syria', 'damascus', 'conflict-multilingual']));
  });
});
