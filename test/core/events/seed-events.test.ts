// The seed article (../shared/seed) through the text pipeline: the nine gold events, their dates and order, Astana
// dated from the knowledge base and marked so.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from './helpers.js';

const seed = path.resolve(import.meta.dirname, '../../../../shared/seed');
const gold = JSON.parse(fs.readFileSync(path.join(seed, 'gold-timeline.json'), 'utf8')) as {
  published: string; events: { label: string; date: string | null; kb_date?: string; evidence: string }[];
};
const t = analyse(fs.readFileSync(path.join(seed, 'article.txt'), 'utf8'), gold.published);
const sameSentence = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

describe('seed article events', () => {
  it('has one timeline item per gold event', () => {
    // Two gold events in one sentence on one day (the meeting and the announcement) need two items.
    const taken = new Set<unknown>();
    const matched = gold.events.map(g => {
      const e = t.events.find(x => !taken.has(x) && sameSentence(x.evidence.text, g.evidence) && (g.date ? x.date?.value === g.date : x.date?.source === 'kb'));
      taken.add(e);
      return e;
    });
    expect(matched.every(Boolean)).toBe(true);
  });

  it.each(gold.events.filter(g => g.date).map(g => [g.date!, g.label]))('dates %s: %s', (date, label) => {
    const g = gold.events.find(x => x.label === label)!;
    expect(t.events.filter(e => sameSentence(e.evidence.text, g.evidence)).map(e => e.date?.value)).toContain(date);
  });

  it('dates the Astana talks from the knowledge base (fifth round, 4–5 July 2017) and says so', () => {
    const astana = t.events.find(e => e.evidence.text.startsWith('In Astana peace talks'))!;
    expect(astana.date).toMatchObject({ value: '2017-07-04/2017-07-05', precision: 'range', source: 'kb', kb: 'astana-5' });
    expect(astana.kb?.id).toBe('astana-5');
    expect(astana.tags).toContain('date/kb');
  });

  it('links the seventh round of UN-sponsored talks to Geneva VII', () => {
    const geneva = t.events.find(e => e.kb?.id === 'geneva-7')!;
    expect(geneva).toMatchObject({ status: 'scheduled', date: { value: '2017-07-10' } });
    expect(geneva.kb!.confidence).toBeGreaterThan(0.5);
  });

  it('orders the items as the gold does', () => {
    const order = t.events.filter(e => e.date).map(e => e.date!.value.slice(0, 10));
    expect(order).toEqual([...order].sort());
    expect(order[0]).toBe('2011-03');
    expect(t.events.findIndex(e => e.date?.source === 'kb')).toBeLessThan(t.events.findIndex(e => e.date?.value === '2017-07-07'));
  });

  it('has no dated item the gold lacks on a gold sentence', () => {
    const golds = gold.events.filter(g => g.date);
    const extra = t.events.filter(e => e.date && e.date.source !== 'kb' && golds.some(g => sameSentence(e.evidence.text, g.evidence)) &&
      !golds.some(g => sameSentence(e.evidence.text, g.evidence) && g.date === e.date!.value));
    expect(extra.map(e => e.label)).toEqual([]);
  });

  it('labels in the article’s words', () => {
    expect(t.events.map(e => e.label)).toContain('A ceasefire took effect in three provinces in southern Syria');
    expect(t.events.map(e => e.label)).toContain('Staffan de Mistura arrived for the talks');
  });

  it('frames the article with the G20 summit in Hamburg and the previous Geneva round, apart from its own events', () => {
    expect(t.context.map(c => c.kb)).toEqual(expect.arrayContaining(['g20-hamburg-trump-putin', 'geneva-6']));
    expect(t.context.some(c => t.events.some(e => e.kb?.id === c.kb))).toBe(false);
  });

  it('explains the actors and processes as of July 2017', () => {
    const ids = t.explainers.map(x => x.id);
    for (const id of ['astana-process', 'geneva-process', 'staffan-de-mistura', 'bashar-al-assad', 'bahram-qasemi']) expect(ids).toContain(id);
    expect(t.explainers.find(x => x.id === 'bashar-al-assad')!.later.some(l => l.date.startsWith('2024-12'))).toBe(true);
  });
});
