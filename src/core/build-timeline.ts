import type { ArticleEvent, ContextEvent, EntityMention, Explainer, PublishedDate } from './types.js';
import type { KnowledgeBase } from './kb/index.js';
import { matchKbEvents } from './events/kb-match.js';
import { contextEvents } from './context-events.js';
import { explainers } from './explain.js';
import { startDay } from './events/dates.js';

export interface TimelineParts {
  events: ArticleEvent[];
  context: ContextEvent[];
  explainers: Explainer[];
}

const PRECISION_ORDER = ['time', 'day', 'range', 'week', 'month', 'season', 'quarter', 'half', 'year', 'decade', 'century'];

/**
 * Orders events by the first day their date covers (a month before its days, a KB range by its start), undated ones
 * after the dated in text order; links unnamed events to KB events they match; adds context events and explainers.
 */
export function buildTimeline(input: { text?: string; events: ArticleEvent[]; entities: EntityMention[]; published: PublishedDate; kb: KnowledgeBase }): TimelineParts {
  const linked = matchKbEvents(input.events, input.kb);
  const key = (e: ArticleEvent) => (e.date ? startDay(e.date.value) : null) ?? '';
  const events = [...linked].sort((a, b) => {
    const ka = key(a), kb = key(b);
    if (ka && kb && ka !== kb) return ka < kb ? -1 : 1;
    if (!ka !== !kb) return ka ? -1 : 1;
    if (ka && a.date!.precision !== b.date!.precision) {
      // Coarser first: "May 2017" opens the month its days fall in.
      return PRECISION_ORDER.indexOf(b.date!.precision) - PRECISION_ORDER.indexOf(a.date!.precision);
    }
    return a.evidence.start - b.evidence.start || a.trigger.start - b.trigger.start;
  });
  const day = input.published.date;
  return {
    events,
    context: contextEvents(input.text ?? '', events, input.entities, input.kb, day),
    explainers: explainers(input.entities, input.kb, day),
  };
}
