import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EntityKind, Explainer } from '../../src/core/types.js';
import { groupByYear, timelineRows, type Row } from '../../src/core/export/rows.js';
import type { Highlighter } from '../highlight.js';
import type { PanelOptions, PanelPrefs, PanelSide } from './types.js';
import { About } from './About.js';
import { EventList } from './EventList.js';
import { ExplainerCard } from './ExplainerCard.js';
import { Exports } from './Exports.js';
import { Header } from './Header.js';
import { eventCount } from './labels.js';
import { clampWidth, Resizer } from './Resizer.js';
import { Toolbar } from './Toolbar.js';
import { t, uiDir } from './i18n.js';

export interface Props {
  options: PanelOptions;
  doc: Document;
  root: ShadowRoot;
  highlighter: Highlighter;
  /** Hides the panel and tells the shell; the panel itself returns focus first. */
  onClose(): void;
}

interface Card {
  id: string;
  name: string;
  kind: EntityKind;
  opener: HTMLElement;
}

const focusable = (el: unknown): el is HTMLElement => !!el && typeof (el as HTMLElement).focus === 'function';

function statusText(o: PanelOptions): string {
  switch (o.status) {
    case 'analysing': return t('panel_status_analysing');
    case 'error': return o.message || t('panel_status_error');
    case 'not-syria': return o.message || t('panel_status_not_syria');
    case 'done': return t('panel_status_done', eventCount(o.timeline?.events.length ?? 0));
  }
}

/**
 * The side the panel covers unless the user chose one: the page's line ends, so the starts of its lines stay
 * readable (left on a right-to-left page). The page's direction as shown; its dir attributes where styles can't be
 * read; else the UI's own direction.
 */
function resolveSide(side: PanelSide | 'auto' | undefined, doc: Document, uiDir: 'ltr' | 'rtl'): PanelSide {
  if (side === 'left' || side === 'right') return side;
  const el = doc.body ?? doc.documentElement;
  const pageDir = doc.defaultView?.getComputedStyle?.(el)?.direction
    || el.getAttribute('dir') || doc.documentElement.getAttribute('dir') || uiDir;
  return pageDir === 'rtl' ? 'left' : 'right';
}

export function Panel({ options, doc, root, highlighter, onClose }: Props) {
  const { timeline, status, settings } = options;
  const dir = uiDir();
  const [collapsed, setCollapsed] = useState(false);
  const [side, setSide] = useState<PanelSide>(() => resolveSide(settings?.side, doc, dir));
  const [width, setWidth] = useState(clampWidth(settings?.width ?? 380));
  const [withContext, setWithContext] = useState(settings?.context ?? false);
  const [card, setCard] = useState<Card | null>(null);
  const [notice, setNotice] = useState('');
  const returnFocus = useRef<HTMLElement | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const tabRef = useRef<HTMLButtonElement>(null);

  // A new status is the news: drop the last action's message so the live region announces it.
  useEffect(() => setNotice(''), [status]);

  // Settings can change from elsewhere (options page, another tab): follow them.
  useEffect(() => { if (settings?.side) setSide(resolveSide(settings.side, doc, dir)); }, [settings?.side]);
  useEffect(() => { if (settings?.width) setWidth(clampWidth(settings.width)); }, [settings?.width]);
  useEffect(() => { if (settings?.context !== undefined) setWithContext(settings.context); }, [settings?.context]);

  // Take focus only when the user asked for the panel; remember where it was to give it back on close.
  useEffect(() => {
    if (!options.openedByUser) return;
    const active = doc.activeElement;
    if (focusable(active) && active !== root.host) returnFocus.current = active;
    headingRef.current?.focus({ preventScroll: true });
  }, [options.openedByUser]);

  const remember = (p: PanelPrefs) => settings?.onChange?.(p);
  const close = () => {
    onClose();
    returnFocus.current?.focus();
    returnFocus.current = null;
  };
  const closeCard = () => {
    const opener = card?.opener;
    setCard(null);
    opener?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    if (card) closeCard();
    else close();
  };
  const onActivate = (row: Row) => {
    if (row.kind !== 'event') return;
    setNotice(highlighter.show(row.event.evidence.text) ? t('panel_found') : t('panel_not_found'));
  };
  const openCard = (id: string, name: string, kind: EntityKind, opener: HTMLElement) => setCard({ id, name, kind, opener });
  const explainer: Explainer | null = (card && timeline?.explainers.find(x => x.id === card.id)) || null;
  const theme = settings?.theme ?? 'auto';
  // Not on every render: dragging the resizer re-renders at pointer rate.
  const groups = useMemo(() => (timeline ? groupByYear(timelineRows(timeline, withContext)) : []), [timeline, withContext]);

  return (
    <aside class={`panel side-${side}${collapsed ? ' collapsed' : ''}`} data-theme={theme} dir={dir} aria-label={t('panel_label')}
      style={collapsed ? undefined : { width: `${width}px` }} onKeyDown={onKeyDown}>
      <p class="sr-only" role="status" aria-live="polite">{notice || statusText(options)}</p>
      {collapsed ? (
        <button type="button" class="tab" ref={tabRef} aria-expanded="false"
          onClick={() => { setCollapsed(false); setTimeout(() => headingRef.current?.focus()); }}>
          {t('panel_expand_tab', timeline?.events.length ?? 0)}
        </button>
      ) : (
        <>
          <Resizer side={side} width={width} onResize={setWidth} onCommit={w => remember({ width: w })} />
          <Toolbar side={side} headingRef={headingRef} onClose={close}
            onSide={() => { const next = side === 'right' ? 'left' : 'right'; setSide(next); remember({ side: next }); }}
            onCollapse={() => { setCollapsed(true); setTimeout(() => tabRef.current?.focus()); }} />
          <div class="body">
            {timeline && <Header timeline={timeline} />}
            {status === 'analysing' && (
              <div class="working">
                <p class="message">{t('panel_status_analysing')}</p>
                <div class="progress" role="progressbar" aria-label={t('panel_status_analysing')}><span /></div>
              </div>
            )}
            {(status === 'error' || status === 'not-syria') && <p class="message">{statusText(options)}</p>}
            {status === 'done' && timeline && (
              <>
                {timeline.context.length > 0 && (
                  <label class="toggle">
                    <input type="checkbox" checked={withContext} onChange={e => { const on = e.currentTarget.checked; setWithContext(on); remember({ context: on }); }} />
                    {' '}{t('panel_context_toggle', timeline.context.length)}
                  </label>
                )}
                {timeline.events.length === 0 && !withContext && <p class="message">{t('panel_no_events')}</p>}
                <EventList groups={groups} timeline={timeline} onActivate={onActivate}
                  onEntity={(m, opener) => openCard(m.id, m.name, m.kind, opener)} />
                <About explainers={timeline.explainers} onOpen={(x, opener) => openCard(x.id, x.name, x.kind, opener)} />
                <Exports timeline={timeline} withContext={withContext} root={root} onNotice={setNotice} />
              </>
            )}
          </div>
          {card && <ExplainerCard name={card.name} kind={card.kind} explainer={explainer} onClose={closeCard} />}
        </>
      )}
    </aside>
  );
}
