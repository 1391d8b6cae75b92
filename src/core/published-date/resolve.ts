// Weighs the evidence. Each distinct day collects, per family of evidence (URL, JSON-LD, meta, markup, dateline,
// text near the headline, text anywhere), the strongest vote that family gives it; the day with the largest sum wins.
// Why a sum: on real pages a day that the metadata states *and* the page shows is right far more often than either
// alone (CMSs stamp JSON-LD with the first draft or the last edit; page chrome shows today's date; sidebars list
// other articles' dates). Within a family, votes fade with position: the first dateline (or meta tag of a role) is
// the article's, later ones are teasers and comments. Plausibility bounds first: never after `now`, nothing before
// 1995, and inside the URL's year-month when the URL states one.
import type { Confidence, PublishedDate } from '../types.js';
import type { Candidate, Role } from './candidate.js';

const EARLIEST = '1995-01-01';

type Family = 'url' | 'json-ld' | 'meta' | 'markup' | 'dateline' | 'headline' | 'text';
// JSON-LD has no "other" role: its keys all say published or modified.
type RoleKey = Exclude<`${Exclude<Family, 'url' | 'text'>}:${Role}`, 'json-ld:other'>;
type Weights = Record<RoleKey, number> & { url: number; text: number; textMax: number; fade: number; jsonLdForeign: number; unbacked: number };

/** Set on the dev pages (docs/publication-date.md); a random search on either half finds nothing better on the other. */
export const WEIGHTS: Weights = {
  url: 10,
  'json-ld:published': 3, 'json-ld:modified': 1,
  'meta:published': 3, 'meta:other': 1.5, 'meta:modified': 1,
  'markup:published': 2.5, 'markup:other': 1.5, 'markup:modified': 0.8,
  'dateline:published': 2.5, 'dateline:other': 1.5, 'dateline:modified': 1,
  // A visible "Veröffentlicht am / Published on" next to the headline is the most direct statement a page makes.
  'headline:published': 4, 'headline:other': 2, 'headline:modified': 1.2,
  text: 0.3, textMax: 1,
  fade: 0.6,
  jsonLdForeign: 0.6,
  unbacked: 0.5,
};

const METADATA = new Set<Family>(['url', 'json-ld', 'meta']);

function family(c: Candidate): Family {
  const s = c.source;
  if (s === 'url') return 'url';
  if (s.startsWith('json-ld/')) return 'json-ld';
  if (s.startsWith('meta/')) return 'meta';
  if (s === 'dateline') return 'dateline';
  if (s === 'text/headline') return 'headline';
  if (s === 'text') return 'text';
  return 'markup';
}

export interface Scored {
  date: string;
  score: number;
  /** The strongest piece of evidence for the day among its metadata if any states it, else among the visible dates
   *  (what the result names as its source). */
  best: Candidate;
  /** Stated by the URL, JSON-LD or a meta tag. */
  metadata: boolean;
}

export function score(candidates: Candidate[], w: Weights = WEIGHTS): Scored[] {
  const votes = new Map<string, Map<Family, { v: number; c: Candidate }>>();
  const ranks = new Map<string, string[]>();
  const textCount = new Map<string, number>();
  for (const c of candidates) {
    const f = family(c);
    let v: number;
    if (f === 'url') v = w.url;
    else if (f === 'text') {
      textCount.set(c.date, (textCount.get(c.date) ?? 0) + 1);
      v = Math.min(w.textMax, w.text * textCount.get(c.date)!);
    } else {
      v = w[`${f}:${c.role}` as RoleKey] ?? 0;
      if (f === 'json-ld' && !c.article) v *= w.jsonLdForeign;
      if (f === 'markup' || f === 'dateline' || f === 'headline' || f === 'meta') {
        // Meta tags fade per role: several itemprop="datePublished" metas in the body are a listing's items.
        const key = f === 'meta' ? `${f}:${c.role}` : f;
        const seen = ranks.get(key) ?? [];
        if (!seen.includes(c.date)) seen.push(c.date);
        ranks.set(key, seen);
        v *= w.fade ** seen.indexOf(c.date);
      }
    }
    const byFamily = votes.get(c.date) ?? new Map<Family, { v: number; c: Candidate }>();
    const prev = byFamily.get(f);
    if (!prev || v > prev.v) byFamily.set(f, { v, c });
    votes.set(c.date, byFamily);
  }
  const out: Scored[] = [];
  for (const [date, byFamily] of votes) {
    let sum = 0, best: { v: number; c: Candidate } | null = null;
    const metadata = byFamily.has('json-ld') || byFamily.has('meta') || byFamily.has('url');
    for (const [f, e] of byFamily) {
      sum += e.v;
      // The source named is what a reader can check: the page's metadata when it states the day, else the visible date.
      if (f === 'text' || (metadata && !METADATA.has(f))) continue;
      if (!best || e.v > best.v) best = e;
    }
    out.push({ date, score: sum, best: (best ?? byFamily.get('text'))!.c, metadata });
  }
  // A day only the page shows, later than anything its metadata states, is most often the header's "today"
  // ("Mittwoch, 26.02.2020" above the masthead) or a teaser, not the article's day.
  const latestMeta = out.filter(s => s.metadata).reduce((m, s) => (s.date > m ? s.date : m), '');
  if (latestMeta) for (const s of out) if (!s.metadata && s.date > latestMeta) s.score *= w.unbacked;
  return out.sort((a, b) => b.score - a.score || a.best.order - b.best.order);
}

export function resolve(all: Candidate[], ctx: { now: string; urlMonth: string | null }, w: Weights = WEIGHTS): PublishedDate {
  const ok = all.filter(c => c.date >= EARLIEST && c.date <= ctx.now && (!ctx.urlMonth || c.date.startsWith(ctx.urlMonth)));
  const top = score(ok, w)[0];
  if (!top) return { date: null, source: 'none', confidence: 'none', evidence: all };
  const confidence: Confidence = top.score >= 4 ? 'high' : top.score >= 2 ? 'medium' : 'low';
  return { date: top.date, source: top.best.source, confidence, evidence: all };
}
