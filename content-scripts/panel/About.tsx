import type { Explainer } from '../../src/core/types.js';
import { kindLabel } from './labels.js';
import { t } from './i18n.js';

export interface Props {
  explainers: Explainer[];
  onOpen(x: Explainer, opener: HTMLElement): void;
}

/** "About this article": the people, groups, places and processes it names, most mentioned first. */
export function About({ explainers, onOpen }: Props) {
  if (!explainers.length) return null;
  const sorted = [...explainers].sort((a, b) => b.mentions - a.mentions);
  return (
    <details class="about">
      <summary>{t('panel_about', explainers.length)}</summary>
      <ul>
        {sorted.map(x => (
          <li key={x.id}>
            <button type="button" class="chip" aria-haspopup="dialog" onClick={e => onOpen(x, e.currentTarget)}><bdi>{x.name}</bdi></button>
            <span class="kind"> {kindLabel(x.kind)} · {t('panel_mentions', x.mentions)}</span>
            <p>{x.summary}</p>
          </li>
        ))}
      </ul>
    </details>
  );
}
