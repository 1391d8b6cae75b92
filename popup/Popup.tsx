import { useEffect, useState } from 'preact/hooks';
import type { TabReport } from '../src/browser/messages.js';
import { originPattern } from '../src/browser/page-access.js';
import { getReport, grantOrigin, requestPanel, setAllSites } from '../src/browser/popup-api.js';
import { t } from '../src/browser/i18n.js';
import { loadSettings, saveSettings, siteOf, type Settings } from '../src/browser/settings.js';
import { describe } from './describe.js';
import { SettingsForm } from './SettingsForm.js';

export interface Props {
  tabId: number | null;
}

/** How long the popup waits for an analysis it started to report back. */
const POLL_MS = 250;
const POLL_TRIES = 40;

export function Popup({ tabId }: Props) {
  const [report, setReport] = useState<TabReport | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const refresh = async () => {
    if (tabId === null) return null;
    try {
      const r = await getReport(tabId);
      setReport(r);
      return r;
    } catch (e) {
      setFailure(String((e as Error)?.message ?? e));
      return null;
    }
  };

  useEffect(() => {
    void refresh();
    void loadSettings().then(setSettings);
  }, [tabId]);

  // After asking for something, follow the tab until the analysis has answered.
  const follow = async (done: (r: TabReport) => boolean) => {
    for (let i = 0; i < POLL_TRIES; i++) {
      const r = await refresh();
      if (!r || done(r)) return;
      await new Promise(res => setTimeout(res, POLL_MS));
    }
  };

  const panel = (want: 'open' | 'close') => {
    if (tabId === null) return;
    setFailure(null);
    requestPanel(tabId, want).then(
      () => follow(r => !!r.state?.analysis && r.state.panelOpen === (want === 'open')),
      (e: unknown) => setFailure(t('popupCannotRun', String((e as Error)?.message ?? e))),
    );
  };

  if (tabId === null) return <main><p class="status">{t('popupNoTab')}</p></main>;
  if (!report) return <main><h1>{t('extName')}</h1><p class="status" role="status">{failure ?? t('popupLoading')}</p></main>;

  const d = describe(report);
  const pattern = report.url ? originPattern(report.url) : null;
  return (
    <main>
      <h1>{t('extName')}</h1>
      <p class={`status ${d.tone}`} role="status" data-status={d.status}>{t(d.status)}</p>
      {d.events !== undefined && d.tone === 'yes' && <p class="detail" data-events={d.events}>{t('popupEvents', d.events)}</p>}
      {d.reasons.length > 0 && <ul class="reasons" aria-label={t('popupReasons')}>{d.reasons.map(r => <li key={r}><bdi>{r}</bdi></li>)}</ul>}
      {d.detail && <p class="detail">{t(d.detail)}</p>}
      {failure && <p class="detail" role="alert">{failure}</p>}
      <div class="actions">
        {d.action === 'show' && <button type="button" class="primary" data-action="show" onClick={() => panel('open')}>{t('popupShow')}</button>}
        {d.action === 'hide' && <button type="button" data-action="hide" onClick={() => panel('close')}>{t('popupHide')}</button>}
        {d.action === 'analyse' && <button type="button" class="primary" data-action="analyse" onClick={() => panel('open')}>{t('popupAnalyse')}</button>}
        {d.canGrant && pattern && (
          <button type="button" data-action="grant" onClick={() => void grantOrigin(pattern).then(ok => {
            // Granted: analyse this page now rather than after a reload.
            if (ok) panel('open');
            else void refresh();
          })}>{t('popupGrant')}</button>
        )}
      </div>
      {settings && (
        <SettingsForm settings={settings} site={report.url ? siteOf(report.url) : null} allSites={report.allSites}
          onChange={patch => { setSettings({ ...settings, ...patch }); void saveSettings(patch); }}
          onAllSites={on => void setAllSites(on).catch(() => false).then(() => refresh())} />
      )}
      <p class="privacy">{t('popupPrivacy')}</p>
    </main>
  );
}
