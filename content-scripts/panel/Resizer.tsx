import type { PanelSide } from './types.js';
import { t } from './i18n.js';

export const MIN_WIDTH = 280;
export const MAX_WIDTH = 720;
const STEP = 24;

export const clampWidth = (w: number) => Math.round(Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Number.isFinite(w) ? w : 380)));

export interface Props {
  side: PanelSide;
  width: number;
  onResize(width: number): void;
  /** Called once a drag or key press ends, to remember the width. */
  onCommit(width: number): void;
}

/** The panel's inner edge: drag it, or focus it and use the arrow keys. */
export function Resizer({ side, width, onResize, onCommit }: Props) {
  const onPointerDown = (e: PointerEvent) => {
    const handle = e.currentTarget as HTMLElement;
    const view = handle.ownerDocument.defaultView!;
    handle.setPointerCapture?.(e.pointerId);
    let last = width;
    const move = (m: PointerEvent) => {
      last = clampWidth(side === 'right' ? view.innerWidth - m.clientX : m.clientX);
      onResize(last);
    };
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      handle.removeEventListener('pointercancel', up);
      onCommit(last);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
    handle.addEventListener('pointercancel', up);
    e.preventDefault();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    // The handle sits on the panel's inner edge: the key pointing away from the screen edge widens it.
    const wider = side === 'right' ? 'ArrowLeft' : 'ArrowRight';
    const narrower = side === 'right' ? 'ArrowRight' : 'ArrowLeft';
    if (e.key !== wider && e.key !== narrower) return;
    e.preventDefault();
    const next = clampWidth(width + (e.key === wider ? STEP : -STEP));
    onResize(next);
    onCommit(next);
  };
  return (
    <div class="resizer" role="separator" aria-orientation="vertical" aria-label={t('panel_resize')} tabIndex={0}
      aria-valuenow={width} aria-valuemin={MIN_WIDTH} aria-valuemax={MAX_WIDTH}
      onPointerDown={onPointerDown} onKeyDown={onKeyDown} />
  );
}
