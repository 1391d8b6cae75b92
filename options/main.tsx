// The options page: the popup's settings, plus the list of silenced sites (issue 6: "an options page holds the
// same settings"). Opened from the browser's add-on manager.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { hasAllSites } from '../src/browser/gate-registration.js';
import { setAllSites } from '../src/browser/popup-api.js';
import { setDocumentLocale, t } from '../src/browser/i18n.js';
import { loadSettings, onSettingsChanged, saveSettings, type Settings } from '../src/browser/settings.js';
import { SettingsForm } from '../popup/SettingsForm.js';

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [allSites, setAll] = useState<boolean | null>(null);
  const refreshAll = () => void hasAllSites().then(setAll, () => setAll(null));
  useEffect(() => {
    void loadSettings().then(setSettings);
    refreshAll();
    // The popup or a panel may change them while this page is open.
    return onSettingsChanged(setSettings);
  }, []);
  if (!settings) return null;
  return (
    <main>
      <h1>{t('extName')}</h1>
      <SettingsForm settings={settings} allSites={allSites}
        onChange={patch => { setSettings({ ...settings, ...patch }); void saveSettings(patch); }}
        onAllSites={on => void setAllSites(on).catch(() => false).then(refreshAll)} />
      <p class="privacy">{t('popupPrivacy')}</p>
    </main>
  );
}

setDocumentLocale(document);
const app = document.getElementById('app');
if (app) render(<Options />, app);
