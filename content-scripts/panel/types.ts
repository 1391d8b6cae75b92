import type { Timeline } from '../../src/core/types.js';

export type PanelStatus = 'analysing' | 'done' | 'error' | 'not-syria';
export type PanelTheme = 'auto' | 'light' | 'dark';
export type PanelSide = 'right' | 'left';

/** What the panel remembers between pages; the shell stores it (settings.onChange) and passes it back. */
export interface PanelPrefs {
  theme?: PanelTheme;
  /** 'auto' (or none): at the page's line ends; the user's choice is passed as 'right' or 'left'. */
  side?: PanelSide | 'auto';
  width?: number;
  /** Background events from the knowledge base shown (the toggle's last state). */
  context?: boolean;
}

export interface PanelSettings extends PanelPrefs {
  onChange?(s: PanelPrefs): void;
}

export interface PanelOptions {
  timeline: Timeline | null;
  status: PanelStatus;
  /** Shown with status 'error' / 'not-syria' (one line, plain text). */
  message?: string;
  /** True when the user asked for the panel: only then does it take focus. */
  openedByUser: boolean;
  onClose(): void;
  settings?: PanelSettings;
  /** 'closed' in production; e2e builds pass 'open' so Playwright can read the panel (docs/panel.md). */
  shadowMode?: 'open' | 'closed';
  /** The document to mount in (tests pass a linkedom document); defaults to the global one. */
  doc?: Document;
}

export interface PanelHandle {
  /** Re-render with new options. After the user closed the panel, only an update with openedByUser: true shows it. */
  update(next: Partial<PanelOptions>): void;
  /** Remove the host element, the highlight and every listener. */
  destroy(): void;
  /** The shadow root, for unit tests (closed roots are otherwise unreachable). */
  readonly root: ShadowRoot;
}
