// The data behind explainers pinned to the article's date: what was true then, what came later.
import { describe, expect, it } from 'vitest';
import { KB } from '../../../src/core/kb/index.js';
import { coversDate, onOrBefore } from '../../../src/core/kb/as-of.js';

const entity = (id: string) => KB.entities.find(e => e.id === id)!;
const later = (id: string, date: string) => (entity(id).timeline ?? []).filter(t => !onOrBefore(t.date, date)).map(t => t.date);
const known = (id: string, date: string) => (entity(id).timeline ?? []).filter(t => onOrBefore(t.date, date)).map(t => t.date);

describe('explainer data as of a date', () => {
  it('keeps a 2017 article\'s Assad a president, with his fall as later context', () => {
    expect(entity('bashar-al-assad').summary).toMatch(/President of Syria/);
    expect(known('bashar-al-assad', '2017-07-10')).toContain('2011-03');
    expect(later('bashar-al-assad', '2017-07-10')).toContain('2024-12-08');
  });

  it('knows which envoy was in office', () => {
    expect(coversDate(entity('staffan-de-mistura').valid, '2017-07-10')).toBe(true);
    expect(coversDate(entity('staffan-de-mistura').valid, '2020-01-01')).toBe(false);
    expect(coversDate(entity('geir-pedersen').valid, '2017-07-10')).toBe(false);
  });

  it('leaves the fate of the de-escalation zones to later context in a July 2017 article', () => {
    expect(later('de-escalation-zones', '2017-07-10').some(d => d.startsWith('2018'))).toBe(true);
    expect(known('de-escalation-zones', '2017-07-10').every(d => d <= '2017-07-10')).toBe(true);
  });

  it('describes Ahmed al-Sharaa of 2017 as the jihadist leader, his presidency as later', () => {
    expect(entity('ahmed-al-sharaa').summary).toMatch(/Jolani/);
    expect(later('ahmed-al-sharaa', '2017-07-10')).toContain('2025-01-29');
  });
});

describe('dates of mixed precision', () => {
  it.each([
    ['2017', '2017-07-10', true],
    ['2017-07', '2017-07-10', true],
    ['2017-07-10', '2017-07', true],
    ['2017-08', '2017-07-10', false],
    ['2018', '2017-12-31', false],
  ] as const)('%s on or before %s: %s', (a, b, want) => expect(onOrBefore(a, b)).toBe(want));

  it('covers a date inside the validity period only', () => {
    expect(coversDate({ from: '2014-07', to: '2018-11-30' }, '2017-07-10')).toBe(true);
    expect(coversDate({ from: '2014-07', to: '2018-11-30' }, '2019-01-07')).toBe(false);
    expect(coversDate({ from: '2019-01-07' }, '2025-01-01')).toBe(true);
  });
});
