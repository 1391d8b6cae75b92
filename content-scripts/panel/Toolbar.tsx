import type { Ref } from 'preact';
import type { PanelSide } from './types.js';
import { ToolIcon } from './icons.js';
import { t } from './i18n.js';

export interface Props {
  side: PanelSide;
  /** The heading takes focus when the user opens or expands the panel. */
  headingRef: Ref<HTMLHeadingElement>;
  onSide(): void;
  onCollapse(): void;
  onClose(): void;
}

export function Toolbar({ side, headingRef, onSide, onCollapse, onClose }: Props) {
  return (
    <div class="bar">
      <h2 tabIndex={-1} ref={headingRef}>{t('panel_heading')}</h2>
      <button type="button" class="icon-button" aria-label={side === 'right' ? t('panel_move_left') : t('panel_move_right')} onClick={onSide}>
        <ToolIcon name="side" />
      </button>
      <button type="button" class="icon-button" aria-label={t('panel_collapse')} aria-expanded="true" onClick={onCollapse}>
        <ToolIcon name="collapse" />
      </button>
      <button type="button" class="icon-button" aria-label={t('panel_close')} onClick={onClose}>
        <ToolIcon name="close" />
      </button>
    </div>
  );
}
