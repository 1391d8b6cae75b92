// Event-type icons: inline SVG (no web-accessible resources for the page to fingerprint, field notes §3.2 item 5).
// Decorative: the type is also given as text next to it.
import type { EventType } from '../../src/core/types.js';

const PATHS: Record<EventType, string> = {
  talks: 'M2 3h9v6H6l-3 3V9H2zM12 6h2v6h-1v2l-2-2H7v-1',
  meeting: 'M5 6a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM11 6a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM1 13c0-3 2-5 4-5s4 2 4 5zM7 13c0-3 2-5 4-5s4 2 4 5z',
  agreement: 'M3 1h7l3 3v11H3zM5 6h6M5 9h6M5 12h4',
  ceasefire: 'M3 15V1M3 2h10l-2 3 2 3H3',
  military: 'M8 1l6 2v5c0 4-3 6-6 7-3-1-6-3-6-7V3z',
  attack: 'M8 1l1.5 4.5L14 4l-2.5 4L15 11l-4.5-.5L8 15l-1.5-4.5L2 12l2.5-4L1 5l4.5.5z',
  casualties: 'M6 1h4v5h5v4h-5v5H6v-5H1V6h5z',
  statement: 'M2 6v4h3l5 4V2L5 6zM12 5c1 1 1 5 0 6',
  humanitarian: 'M8 14S1 10 1 5.5A3.5 3.5 0 0 1 8 4a3.5 3.5 0 0 1 7 1.5C15 10 8 14 8 14z',
  political: 'M1 6l7-4 7 4zM3 7v6M6.5 7v6M9.5 7v6M13 7v6M1 14h14',
  sanctions: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zM3 3l10 10',
  displacement: 'M1 8h11M9 4l4 4-4 4',
  legal: 'M8 1v14M4 15h8M2 4h12M2 4l-1.5 5h3zM14 4l-1.5 5h3z',
  other: 'M8 5a3 3 0 1 0 0 6 3 3 0 0 0 0-6z',
};

export function TypeIcon({ type }: { type: EventType }) {
  return (
    <svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={PATHS[type] ?? PATHS.other} />
    </svg>
  );
}

/** Small stroke icons for the toolbar buttons (their names come from aria-label). */
const TOOL_PATHS = {
  close: 'M3 3l10 10M13 3L3 13',
  collapse: 'M6 3l5 5-5 5',
  side: 'M2 2h12v12H2zM9 2v12',
} as const;

export function ToolIcon({ name }: { name: keyof typeof TOOL_PATHS }) {
  return (
    <svg class="tool-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={TOOL_PATHS[name]} />
    </svg>
  );
}
