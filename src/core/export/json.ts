// "Download JSON": the full Timeline object, wrapped with a format tag so later versions can tell files apart.
import type { Timeline } from '../types.js';

export const JSON_FORMAT = 'syria-news-timeline/timeline@1';

export function timelineToJson(t: Timeline, generatedAt: string): string {
  return `${JSON.stringify({ format: JSON_FORMAT, generatedAt, timeline: t }, null, 2)}\n`;
}
