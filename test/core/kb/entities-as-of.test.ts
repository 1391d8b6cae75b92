// Explainers pinned to the article's date: what was known then, what came later.
import { describe, expect, it } from 'vitest';
import { KB } from '../../../src/core/kb/index.js';
import { coversDate, entityAsOf, onOrBefore } from '../../../src/core/kb/as-of.js';

const entity = (id: string) => KB.entities.find(e => e.id === id)!;

describe('entityAsOf', () => {
  it('keeps a 2017 article\'s Assad a president, with his fall as later context', () => {
    const a = entityAsOf(entity('bashar-al-assad'), '2017-07-10');
    expect(a.status).toBe('current');
    expect(a.summary).toMatch(/President of Syria/);
    expect(a.known.map(t => t.date)).toContain('2011-03');
    expect(a.later.map(t => t.date)).toContain('2024-12-08');
  });

  it('marks an envoy who had left as ended and one not yet in office as not-yet', () => {
    expect(entityAsOf(entity('staffan-de-mistura'), '2020-01-01').status).toBe('ended');
    expect(entityAsOf(entity('staffan-de-mistura'), '2017-07-10').status).toBe('current');
    expect(entityAsOf(entity('geir-pedersen'), '2017-07-10').status).toBe('not-yet');
  });

  it('shows the de-escalation zones of a July 2017 article without their 2018 fate', () => {
    const a = entityAsOf(entity('de-escalation-zones'), '2017-07-10');
    expect(a.later.some(t => t.date.startsWith('2018'))).toBe(true);
    expect(a.known.every(t => t.date <= '2017-07-10')).toBe(true);
  });

  it('treats everything as known without a date', () => {
    const a = entityAsOf(entity('ahmed-al-sharaa'), null);
    expect(a.later).toEqual([]);
    expect(a.known.length).toBe(entity('ahmed-al-sharaa').timeline!.length);
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
