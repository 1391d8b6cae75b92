// Explainers pinned to the article's date and context events near it, on the shipped KB.
import { describe, expect, it } from 'vitest';
import { analyse } from './helpers.js';
import { explainers } from '../../../src/core/explain.js';
import { KB } from '../../../src/core/kb/index.js';
import type { EntityMention } from '../../../src/core/types.js';

const assad: EntityMention = { id: 'bashar-al-assad', name: 'Bashar al-Assad', kind: 'person', start: 0, end: 5, text: 'Assad', confidence: 1 };

describe('explainers', () => {
  it('describe Assad as of 2017 and keep his fall as later context', () => {
    const [x] = explainers([assad], KB, '2017-07-10');
    expect(x!.summary).toMatch(/President of Syria/);
    expect(x!.later.map(l => l.date)).toContain('2024-12-08');
    expect(x!.later.every(l => l.date > '2017-07-10')).toBe(true);
  });

  it('keep a description that only became true after the article as later context', () => {
    const pedersen: EntityMention = { ...assad, id: 'geir-pedersen', name: 'Geir Pedersen', text: 'Pedersen' };
    const [x] = explainers([pedersen], KB, '2017-07-10');
    expect(x!.summary).toMatch(/after this article/);
    expect(x!.later[0]!.date).toBe('2019-01-07');
  });

  it('have nothing "later" for an article written after every development', () => {
    expect(explainers([assad], KB, '2026-01-01')[0]!.later).toEqual([]);
  });

  it('count each place in the text once and order by mentions', () => {
    const t = analyse('Assad met Putin. Assad later spoke.', '2017-07-10');
    expect(t.explainers[0]).toMatchObject({ id: 'bashar-al-assad', mentions: 2 });
  });
});

describe('context events', () => {
  it('bring KB events near the date that share actors, not the article’s own events', () => {
    const t = analyse('The last talks ended in May with little progress. UN Syria envoy Staffan de Mistura said on Monday that the Geneva talks would continue.', '2017-07-10');
    expect(t.context.map(c => c.kb)).toContain('geneva-6');
    const own = new Set(t.events.map(e => e.kb?.id));
    expect(t.context.every(c => !own.has(c.kb))).toBe(true);
  });

  it('need a publication date', () => {
    expect(analyse('Staffan de Mistura said the Geneva talks would continue.', null).context).toEqual([]);
  });
});
