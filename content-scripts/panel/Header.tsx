import type { Timeline } from '../../src/core/types.js';
import { panelLongDay } from './dates.js';
import { eventCount, publishedSourceLabel } from './labels.js';
import { t } from './i18n.js';

/** Article title, where its publication date came from, and how many events were found. */
export function Header({ timeline }: { timeline: Timeline }) {
  const p = timeline.published;
  return (
    <div class="article">
      <p class="title" dir={timeline.dir ?? 'auto'} lang={timeline.lang ?? undefined}>{timeline.title}</p>
      <p class="meta">
        {p.date ? t('panel_published', panelLongDay(p.date), publishedSourceLabel(p)) : t('panel_published_unknown')}
        {' · '}
        {eventCount(timeline.events.length)}
      </p>
    </div>
  );
}
