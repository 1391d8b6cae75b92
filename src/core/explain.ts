// Explainer cards pinned to the article's date: for each actor, process and place the article names, the KB summary
// as it stood then, and the developments after the publication date kept apart as "later" (a 2017 article's Assad
// is the president; his fall in December 2024 is later context). Entities whose description only became true after
// the article (a role taken up later) keep that description under "later" too.
import type { EntityMention, Explainer, IsoDay } from './types.js';
import type { KnowledgeBase } from './kb/index.js';
import { startDay } from './events/dates.js';

const after = (date: string, day: IsoDay | null) => !day || (startDay(date) ?? '') > day;

export function explainers(entities: EntityMention[], kb: KnowledgeBase, published: IsoDay | null): Explainer[] {
  const byId = new Map(kb.entities.map(e => [e.id, e]));
  const counts = new Map<string, { n: number; first: number; spans: Set<string> }>();
  for (const m of entities) {
    if (m.alternatives?.length) continue;
    const c = counts.get(m.id) ?? { n: 0, first: m.start, spans: new Set<string>() };
    // The linker may report one span under several aliases; count places in the text, not aliases.
    const key = `${m.start}`;
    if (![...c.spans].some(k => Math.abs(Number(k) - m.start) < 3)) { c.spans.add(key); c.n++; }
    counts.set(m.id, c);
  }
  const out: (Explainer & { first: number })[] = [];
  for (const [id, c] of counts) {
    const e = byId.get(id);
    if (!e) continue;
    const later = (e.timeline ?? []).filter(t => after(t.date, published)).map(t => ({ date: t.date, text: t.text }));
    const notYet = e.valid.from && published ? after(String(e.valid.from), published) : false;
    if (notYet) later.unshift({ date: String(e.valid.from), text: e.summary });
    out.push({
      id, name: e.name, kind: e.kind, summary: notYet ? `Described as of ${String(e.valid.from)}, after this article: see later.` : e.summary,
      later, mentions: c.n, sources: e.sources, first: c.first,
    });
  }
  return out.sort((a, b) => b.mentions - a.mentions || a.first - b.first).map(({ first: _first, ...x }) => x);
}
