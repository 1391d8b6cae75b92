import type { PanelOptions } from './types.js';
import type { Highlighter } from '../highlight.js';
import { formatDate, datetimeAttr } from '../../src/core/format-date.js';
import { t } from './i18n.js';

export interface Props {
  options: PanelOptions;
  doc: Document;
  highlighter: Highlighter;
  onClose(): void;
}

export function Panel({ options, highlighter, onClose }: Props) {
  const events = options.timeline?.events ?? [];
  return (
    <aside class="panel" aria-label={t('panel_label')}>
      <button type="button" onClick={onClose}>{t('panel_close')}</button>
      <ol>
        {events.map(e => (
          <li key={e.id}>
            <button type="button" onClick={() => highlighter.show(e.evidence.text)}>
              <time datetime={datetimeAttr(e.date) ?? undefined}>{formatDate(e.date)}</time> {e.label}
            </button>
          </li>
        ))}
      </ol>
    </aside>
  );
}
