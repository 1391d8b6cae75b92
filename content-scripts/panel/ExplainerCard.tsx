import { useEffect, useRef } from 'preact/hooks';
import type { EntityKind, Explainer } from '../../src/core/types.js';
import { precisionOf } from '../../src/core/format-date.js';
import { panelDate } from './dates.js';
import { kindLabel } from './labels.js';
import { t } from './i18n.js';

export interface Props {
  name: string;
  kind: EntityKind;
  explainer: Explainer | null;
  onClose(): void;
}

const isWebLink = (s: string) => /^https?:\/\//i.test(s);

/** KB dates are YYYY, YYYY-MM or YYYY-MM-DD; anything else is shown as written. */
function kbDate(value: string): string {
  const precision = precisionOf(value);
  return precision ? panelDate({ value, precision }) : value;
}

/** Explainer for an actor or place; non-modal, Escape (handled by the panel) or its button closes it. */
export function ExplainerCard({ name, kind, explainer, onClose }: Props) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), [name]);
  return (
    <section class="card" role="dialog" aria-modal="false" aria-labelledby="snt-card-title">
      <div class="card-head">
        <h3 id="snt-card-title"><bdi>{name}</bdi></h3>
        <button type="button" class="icon-button" ref={closeRef} aria-label={t('panel_card_close')} onClick={onClose}>×</button>
      </div>
      <p class="kind">{kindLabel(kind)}</p>
      {explainer ? (
        <>
          <p class="asof">{t('panel_card_asof')}</p>
          <p>{explainer.summary}</p>
          {explainer.later.length > 0 && (
            <>
              <h4>{t('panel_card_later')}</h4>
              <ul class="later">
                {explainer.later.map(l => <li key={l.date + l.text}><span class="later-date">{kbDate(l.date)}</span> {l.text}</li>)}
              </ul>
            </>
          )}
          {explainer.sources.length > 0 && (
            <>
              <h4>{t('panel_card_sources')}</h4>
              <ul class="sources">
                {explainer.sources.map(s => (
                  <li key={s}>{isWebLink(s) ? <a href={s} target="_blank" rel="noopener noreferrer">{s}</a> : s}</li>
                ))}
              </ul>
            </>
          )}
        </>
      ) : <p>{t('panel_card_unknown')}</p>}
    </section>
  );
}
