// Page-world entry for the browser smoke check: mounts the panel with a timeline computed in Node.
import type { Timeline } from '../../../src/core/types.js';
import { mountPanel } from '../../../content-scripts/panel/index.js';

declare const TIMELINE: Timeline;
declare const OPTIONS: { theme: 'auto' | 'light' | 'dark'; side: 'left' | 'right' };

interface SmokeWindow { __closed: number; __settings: unknown[]; __panel: ReturnType<typeof mountPanel> }
const w = window as unknown as SmokeWindow;
w.__closed = 0;
w.__settings = [];
w.__panel = mountPanel({
  timeline: TIMELINE, status: 'done', openedByUser: true, shadowMode: 'open',
  onClose: () => { w.__closed++; },
  settings: { ...OPTIONS, onChange: s => { w.__settings.push(s); } },
});
