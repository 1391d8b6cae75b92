import type { ArticleEvent, ContextEvent, EntityMention, Explainer, PublishedDate } from './types.js';
import type { KnowledgeBase } from './kb/index.js';

export interface TimelineParts {
  events: ArticleEvent[];
  context: ContextEvent[];
  explainers: Explainer[];
}

/** Orders events by date (undated ones after the dated), then by position; context and explainers come later (#5). */
export function buildTimeline(input: { events: ArticleEvent[]; entities: EntityMention[]; published: PublishedDate; kb: KnowledgeBase }): TimelineParts {
  const key = (e: ArticleEvent) => e.date?.value ?? '';
  const events = [...input.events].sort((a, b) => {
    const ka = key(a), kb = key(b);
    if (ka && kb && ka !== kb) return ka < kb ? -1 : 1;
    if (!ka !== !kb) return ka ? -1 : 1;
    return a.evidence.start - b.evidence.start;
  });
  return { events, context: [], explainers: [] };
}
