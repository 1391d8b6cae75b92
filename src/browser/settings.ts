// User settings, in storage.sync (small, synced; field notes §2.3). Caches and per-tab state never go here.
// The popup and the options page edit them through the same form; the panel and the background read them.
import { ext } from './ext.js';

export interface Settings {
  /** 'auto': the panel opens by itself on a Syria-conflict article; 'badge': only the toolbar badge marks it. */
  open: 'auto' | 'badge';
  theme: 'auto' | 'light' | 'dark';
  /** 'auto': at the page's line ends (right on a left-to-right page, left on a right-to-left one). */
  side: 'auto' | 'right' | 'left';
  /** Panel width in px; 0 = the panel's default. */
  width: number;
  /** Background events from the knowledge base shown in the timeline (the panel's toggle remembers its last state). */
  context: boolean;
  /** Hostnames where the extension stays silent: no automatic analysis, panel or badge (the popup still can). */
  silenced: string[];
}

export const DEFAULT_SETTINGS: Settings = { open: 'auto', theme: 'auto', side: 'auto', width: 0, context: false, silenced: [] };

/** storage.sync allows 8 KB per item: a bounded list of plain hostnames. */
const MAX_SILENCED = 200;
const HOSTNAME = /^[a-z0-9.-]{1,253}$/;

/** Whatever storage holds, as valid settings (unknown or malformed values fall back to the defaults). */
export function cleanSettings(raw: Record<string, unknown>): Settings {
  const pick = <T extends string>(v: unknown, allowed: readonly T[], d: T): T => (allowed.includes(v as T) ? (v as T) : d);
  const width = typeof raw.width === 'number' && raw.width >= 0 && raw.width <= 2000 ? Math.round(raw.width) : 0;
  const silenced = Array.isArray(raw.silenced)
    ? [...new Set(raw.silenced.filter((h): h is string => typeof h === 'string' && HOSTNAME.test(h)))].slice(0, MAX_SILENCED)
    : [];
  return {
    open: pick(raw.open, ['auto', 'badge'] as const, DEFAULT_SETTINGS.open),
    theme: pick(raw.theme, ['auto', 'light', 'dark'] as const, DEFAULT_SETTINGS.theme),
    side: pick(raw.side, ['auto', 'right', 'left'] as const, DEFAULT_SETTINGS.side),
    width,
    context: raw.context === true,
    silenced,
  };
}

/** The site a silenced-list entry names: the page's hostname without "www.", lower case; null for non-web URLs. */
export function siteOf(url: string): string | null {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.hostname.toLowerCase().replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** True when the page's site, or a site it is a subdomain of, is on the list. */
export function isSilenced(url: string | null, silenced: readonly string[]): boolean {
  const site = url ? siteOf(url) : null;
  return !!site && silenced.some(s => site === s || site.endsWith(`.${s}`));
}

/** The list with `site` added or removed. */
export function withSilenced(silenced: readonly string[], site: string, on: boolean): string[] {
  const rest = silenced.filter(s => s !== site);
  return on ? [...rest, site].slice(-MAX_SILENCED) : rest;
}

export async function loadSettings(): Promise<Settings> {
  if (!ext) return DEFAULT_SETTINGS;
  try {
    return cleanSettings(await ext.storage.sync.get(Object.keys(DEFAULT_SETTINGS)));
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
