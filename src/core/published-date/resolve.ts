import type { Confidence, PublishedDate } from '../types.js';
import type { Candidate } from './candidate.js';

const EARLIEST = '1995-01-01';

function tier(c: Candidate): number {
  const s = c.source;
  if (s === 'url') return 0;
  if (c.role === 'published' && (s.startsWith('meta/') || s.startsWith('itemprop/') || (s.startsWith('json-ld/') && c.article))) return 1;
  if (c.role === 'published' && (s.startsWith('time') || s === 'dateline' || s === 'abbr[title]')) return 2;
  if (c.role === 'published' && s.startsWith('json-ld/')) return 3;
  if (c.role === 'other' && (s.startsWith('time') || s === 'dateline' || s === 'text/headline')) return 4;
  if (c.role === 'published' && s === 'text/headline') return 4;
  if (c.role === 'other' && s.startsWith('meta/')) return 5;
  if (c.role === 'modified' && !s.startsWith('text')) return 6;
  if (s === 'text' && c.role !== 'modified') return 7;
  return 9;
}

export function resolve(all: Candidate[], ctx: { now: string; urlMonth: string | null }): PublishedDate {
  const ok = all.filter(c => c.date >= EARLIEST && c.date <= ctx.now && (!ctx.urlMonth || c.date.startsWith(ctx.urlMonth)));
  let best: Candidate | null = null, bestTier = 99;
  for (const c of ok) {
    const t = tier(c);
    if (t < bestTier || (t === bestTier && best && c.article && !best.article)) { best = c; bestTier = t; }
  }
  if (best && bestTier === 7) {
    const counts = new Map<string, number>();
    for (const c of ok) if (tier(c) === 7) counts.set(c.date, (counts.get(c.date) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1))[0]!;
    best = ok.find(c => c.date === top[0])!;
  }
  const confidence: Confidence = !best ? 'none' : bestTier <= 1 ? 'high' : bestTier <= 4 ? 'medium' : 'low';
  return best ? { date: best.date, source: best.source, confidence, evidence: all } : { date: null, source: 'none', confidence: 'none', evidence: all };
}
