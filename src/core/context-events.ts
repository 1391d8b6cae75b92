// Context events: knowledge-base events near the article's date that frame it or that it alludes to without
// reporting them (the G20 summit in Hamburg around a ceasefire announced there; the de-escalation memorandum behind
// "four de-escalation zones"), kept apart from the article's own events.
import type { ArticleEvent, ContextEvent, EntityMention, IsoDay, KbEvent } from './types.js';
import type { KnowledgeBase } from './kb/index.js';
import { endDay, startDay } from './events/dates.js';
import { GENERIC } from './events/kb-match.js';

const DAY_MS = 86_400_000;
/** How far before and after the publication date an unnamed KB event still frames the article. */
const BEFORE_DAYS = 60, AFTER_DAYS = 14;
const MAX = 8;

/** Per knowledge base, once (not per article: ~0.4 ms a page): every entity name and alias in lower case, and each
 *  event's first and last day as times. */
interface Prepared { entityNames: Set<string>; span: Map<KbEvent, { from: number; to: number }> }
const prepared = new WeakMap<KnowledgeBase, Prepared>();
function prepare(kb: KnowledgeBase): Prepared {
  let p = prepared.get(kb);
  if (!p) {
    p = {
      entityNames: new Set(kb.entities.flatMap(e => [e.name, ...e.aliases]).map(a => a.toLowerCase())),
      span: new Map(kb.events.map(e => [e, { from: Date.parse(startDay(e.date.from) ?? ''), to: Date.parse(endDay(e.date.to ?? e.date.from) ?? '') }])),
    };
    prepared.set(kb, p);
  }
  return p;
}

function near(span: { from: number; to: number }, day: IsoDay): boolean {
  const t = Date.parse(day);
  return span.to >= t - BEFORE_DAYS * DAY_MS && span.from <= t + AFTER_DAYS * DAY_MS;
}

export function contextEvents(text: string, events: ArticleEvent[], entities: EntityMention[], kb: KnowledgeBase, published: IsoDay | null): ContextEvent[] {
  if (!published) return [];
  const own = new Set(events.map(e => e.kb?.id).filter(Boolean));
  const named = new Set(entities.map(m => m.id).filter(id => !GENERIC.has(id)));
  const { entityNames, span } = prepare(kb);
  const lower = text.toLowerCase();
  const out: (ContextEvent & { score: number })[] = [];
  for (const e of kb.events) {
    if (own.has(e.id) || !near(span.get(e)!, published)) continue;
    const alias = e.aliases.find(a => a.length > 3 && !entityNames.has(a.toLowerCase()) && lower.includes(a.toLowerCase()));
    const shared = e.entities.filter(id => named.has(id));
    if (!alias && shared.length < 2) continue;
    const names = shared.map(id => kb.entities.find(x => x.id === id)?.name ?? id);
    const why = alias ? `the article mentions “${alias}”` : `near the article's date; involves ${names.slice(0, 3).join(', ')}`;
    out.push({ kb: e.id, title: e.title, date: e.date, type: e.type, why, score: (alias ? 10 : 0) + shared.length });
  }
  return out.sort((a, b) => b.score - a.score).slice(0, MAX)
    .sort((a, b) => (startDay(a.date.from) ?? '').localeCompare(startDay(b.date.from) ?? ''))
    .map(({ score: _s, ...c }) => c);
}
