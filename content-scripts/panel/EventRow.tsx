import type { EntityMention, Timeline } from '../../src/core/types.js';
import type { Row } from '../../src/core/export/rows.js';
import { datetimeAttr, relativeHint } from '../../src/core/format-date.js';
import { panelDate } from './dates.js';
import { Evidence } from './Evidence.js';
import { TypeIcon } from './icons.js';
import { dateSourceLabel, statusLabel, typeLabel } from './labels.js';
import { t } from './i18n.js';

export interface Props {
  row: Row;
  timeline: Timeline;
  /** Roving tabindex: only the active row is in the Tab order. */
  active: boolean;
  expanded: boolean;
  onActivate(row: Row): void;
  onEntity(m: EntityMention, opener: HTMLElement): void;
}

function Chips({ mentions, onEntity }: { mentions: EntityMention[]; onEntity: Props['onEntity'] }) {
  // One chip per entity, however often the sentence names it.
  const unique = mentions.filter((m, i) => mentions.findIndex(x => x.id === m.id) === i);
  if (!unique.length) return null;
  return (
    <ul class="chips">
      {unique.map(m => (
        <li key={m.id}>
          <button type="button" class={`chip chip-${m.kind === 'place' ? 'place' : 'actor'}`} aria-haspopup="dialog"
            onClick={e => onEntity(m, e.currentTarget)}>
            <bdi>{m.name}</bdi>
          </button>
        </li>
      ))}
    </ul>
  );
}

export function EventRow({ row, timeline, active, expanded, onActivate, onEntity }: Props) {
  const date = row.date;
  // An undated event the article tells in the past still has a place: before the article was published.
  const before = row.kind === 'event' && row.event.status === 'happened' && !!timeline.published.date;
  const time = (
    <time datetime={datetimeAttr(date) ?? undefined} data-value={date?.value}>
      {date ? panelDate(date) : t(before ? 'panel_undated_before' : 'panel_undated_value')}
    </time>
  );
  const moreId = `more-${row.key.replace(/[^\w-]/g, '_')}`;
  const contentDir = timeline.dir ?? 'auto';
  const lang = timeline.lang ?? undefined;
  if (row.kind === 'context') {
    const c = row.context;
    return (
      <li class="row context" data-kind="context">
        <button type="button" class="row-main" data-row tabIndex={active ? 0 : -1} aria-expanded={expanded}
          aria-controls={moreId} onClick={() => onActivate(row)}>
          <TypeIcon type={c.type} />
          <span class="when">{time}</span>
          <span class="label"><bdi>{c.title}</bdi></span>
          <span class="hint">{t('panel_context_badge')}</span>
        </button>
        {expanded && <p id={moreId} class="more why">{c.why}</p>}
      </li>
    );
  }
  const e = row.event;
  const hints = [relativeHint(date, timeline.published.date), statusLabel(e.status)].filter(Boolean).join(' · ');
  const source = dateSourceLabel(e.date);
  return (
    <li class={`row event status-${e.status}`} data-kind="event" data-source={e.date?.source ?? 'none'}>
      <button type="button" class="row-main" data-row tabIndex={active ? 0 : -1} aria-expanded={expanded}
        aria-controls={moreId} onClick={() => onActivate(row)}>
        <TypeIcon type={e.type} />
        <span class="sr-only">{typeLabel(e.type)}: </span>
        <span class="when">{time}</span>
        <span class="label" dir={contentDir} lang={lang}>{e.label}</span>
        {(hints || source) && <span class="hint">{[hints, source].filter(Boolean).join(' · ')}</span>}
      </button>
      <Chips mentions={[...e.participants, ...e.places]} onEntity={onEntity} />
      {expanded && (
        <div id={moreId} class="more">
          <p class="more-title">{t('panel_evidence')}</p>
          <Evidence text={e.evidence.text} start={e.evidence.start} mentions={[...e.participants, ...e.places]}
            dir={contentDir} lang={lang} onEntity={onEntity} />
        </div>
      )}
    </li>
  );
}
