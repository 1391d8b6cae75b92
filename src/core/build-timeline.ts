import type { ArticleEvent } from './types.js';

/** Orders events by date (undated ones keep their place after the dated events before them), then by position. */
export function orderEvents(events: ArticleEvent[]): ArticleEvent[] {
  const key = (e: ArticleEvent) => e.date?.value ?? '';
  return [...events].sort((a, b) => {
    const ka = key(a), kb = key(b);
    if (ka && kb && ka !== kb) return ka < kb ? -1 : 1;
    if (!ka !== !kb) return ka ? -1 : 1;
    return a.evidence.start - b.evidence.start;
  });
}
