// User settings, in storage.sync (small, synced; field notes §2.3). Caches and per-tab state never go here.
import { ext } from './ext.js';

export interface Settings {
  /** 'auto': the panel opens by itself on a Syria-conflict article; 'badge': only the toolbar badge marks it. */
  open: 'auto' | 'badge';
  theme: 'auto' | 'light' | 'dark';
  side: 'right' | 'left';
  /** Panel width in px; 0 = the panel's default. */
  width: number;
}

export const DEFAULT_SETTINGS: Settings = { open: 'auto', theme: 'auto', side: 'right', width: 0 };

function clean(raw: Record<string, unknown>): Settings {
  const pick = <T extends string>(v: unknown, allowed: readonly T[], d: T): T => (allowed.includes(v as T) ? (v as T) : d);
  const width = typeof raw.width === 'number' && raw.width >= 0 && raw.width <= 2000 ? Math.round(raw.width) : 0;
  return {
    open: pick(raw.open, ['auto', 'badge'] as const, DEFAULT_SETTINGS.open),
    theme: pick(raw.theme, ['auto', 'light', 'dark'] as const, DEFAULT_SETTINGS.theme),
    side: pick(raw.side, ['right', 'left'] as const, DEFAULT_SETTINGS.side),
    width,
  };
}

export async function loadSettings(): Promise<Settings> {
  if (!ext) return DEFAULT_SETTINGS;
  try {
    return clean(await ext.storage.sync.get(Object.keys(DEFAULT_SETTINGS)));
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  await ext?.storage.sync.set(patch);
}

/** Calls back with the new settings whenever another part (the popup, another tab's panel) changed them. */
export function onSettingsChanged(cb: (s: Settings) => void): () => void {
  if (!ext) return () => undefined;
  const listener = (_changes: unknown, area: string) => {
    if (area === 'sync') void loadSettings().then(cb);
  };
  ext.storage.onChanged.addListener(listener);
  return () => {
    try {
      ext?.storage.onChanged.removeListener(listener);
    } catch {
      // Context already gone.
    }
  };
}
