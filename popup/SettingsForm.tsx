// The settings form, shared by the popup and the options page (both edit storage.sync through settings.ts).
import type { Settings } from '../src/browser/settings.js';
import { withSilenced } from '../src/browser/settings.js';
import { t } from '../src/browser/i18n.js';

export interface Props {
  settings: Settings;
  onChange(patch: Partial<Settings>): void;
  /** Whether the all-sites permission is held; null while unknown. */
  allSites: boolean | null;
  /** Must call permissions.request/remove first thing: Firefox grants only inside the click's user gesture. */
  onAllSites(on: boolean): void;
  /** The popup's current site (a "stay silent here" box); the options page lists every silenced site instead. */
  site?: string | null;
}

function Choice<K extends 'theme' | 'side'>({ name, value, options, onChange }: {
  name: K; value: Settings[K]; options: readonly Settings[K][]; onChange(v: Settings[K]): void;
}) {
  return (
    <label>
      {t(`settings_${name}`)}{' '}
      <select name={name} value={value} onChange={e => onChange(e.currentTarget.value as Settings[K])}>
        {options.map(o => <option key={o} value={o}>{t(`settings_${name}_${o}`)}</option>)}
      </select>
    </label>
  );
}

export function SettingsForm({ settings, onChange, allSites, onAllSites, site }: Props) {
  const silence = (s: string, on: boolean) => onChange({ silenced: withSilenced(settings.silenced, s, on) });
  return (
    <fieldset>
      <legend>{t('popupSettings')}</legend>
      {(['auto', 'badge'] as const).map(v => (
        <label key={v}>
          <input type="radio" name="open" value={v} checked={settings.open === v} onChange={() => onChange({ open: v })} />
          {' '}{t(v === 'auto' ? 'popupOpenAuto' : 'popupOpenBadge')}
        </label>
      ))}
      <label>
        <input type="checkbox" name="context" checked={settings.context} onChange={e => onChange({ context: e.currentTarget.checked })} />
        {' '}{t('settings_context')}
      </label>
      <Choice name="theme" value={settings.theme} options={['auto', 'light', 'dark'] as const} onChange={v => onChange({ theme: v })} />
      <Choice name="side" value={settings.side} options={['auto', 'right', 'left'] as const} onChange={v => onChange({ side: v })} />
      {site && (
        <label>
          <input type="checkbox" name="silence" checked={settings.silenced.includes(site)} onChange={e => silence(site, e.currentTarget.checked)} />
          {' '}{t('settings_silence_site', site)}
        </label>
      )}
      {allSites !== null && (
        <label>
          <input type="checkbox" name="all-sites" checked={allSites} onChange={e => onAllSites(e.currentTarget.checked)} />
          {' '}{t('popupAllSites')}
        </label>
      )}
      {site === undefined && (
        <div class="silenced">
          <p>{t('settings_silenced_list')}</p>
          {settings.silenced.length ? (
            <ul>
              {settings.silenced.map(s => (
                <li key={s}><bdi>{s}</bdi>{' '}
                  <button type="button" aria-label={t('settings_unsilence', s)} onClick={() => silence(s, false)}>{t('settings_remove')}</button>
                </li>
              ))}
            </ul>
          ) : <p class="detail">{t('settings_silenced_none')}</p>}
        </div>
      )}
    </fieldset>
  );
}
