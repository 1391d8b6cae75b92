import { useRef, useState } from 'preact/hooks';
import type { EntityMention, Timeline } from '../../src/core/types.js';
import type { Row, YearGroup } from '../../src/core/export/rows.js';
import { EventRow } from './EventRow.js';
import { t } from './i18n.js';

export interface Props {
  groups: YearGroup[];
  timeline: Timeline;
  onActivate(row: Row): void;
  onEntity(m: EntityMention, opener: HTMLElement): void;
}

const MOVES = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End']);

/** The events grouped by year; arrow keys, Home and End move between them (one Tab stop for the whole list). */
export function EventList({ groups, timeline, onActivate, onEntity }: Props) {
  const [active, setActive] = useState(0);
  const [expanded, setExpanded] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);

  const onKeyDown = (e: KeyboardEvent) => {
    if (!MOVES.has(e.key) || !ref.current) return;
    const items = Array.from(ref.current.querySelectorAll<HTMLElement>('[data-row]'));
    const current = items.indexOf(e.target as HTMLElement);
    if (current < 0) return;
    e.preventDefault();
    const last = items.length - 1;
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? last
      : Math.max(0, Math.min(last, current + (e.key === 'ArrowDown' ? 1 : -1)));
    setActive(next);
    items[next]?.focus();
  };

  // Rows come and go (the background toggle): keep the Tab stop on a row that exists.
  const total = groups.reduce((n, g) => n + g.rows.length, 0);
  const tabStop = active < total ? active : 0;
  let index = 0;
  return (
    <div class="groups" ref={ref} onKeyDown={onKeyDown}>
      {groups.map(g => (
        <div class="group" key={g.label ?? 'undated'}>
          <h3 class="year">{g.label ?? t('panel_undated')}</h3>
          <ol class="rows">
            {g.rows.map(row => {
              const i = index++;
              return (
                <EventRow key={row.key} row={row} timeline={timeline} active={i === tabStop} expanded={expanded === row.key}
                  onEntity={onEntity}
                  onActivate={r => {
                    setActive(i);
                    setExpanded(expanded === r.key ? null : r.key);
                    onActivate(r);
                  }} />
              );
            })}
          </ol>
        </div>
      ))}
    </div>
  );
}
