// What the popup says about a tab, decided from the background's report alone (pure, so every case is plain).
import type { TabReport } from '../src/browser/messages.js';

export interface Description {
  /** Message key of the one-line status. */
  status: string;
  tone: 'yes' | 'no' | 'unknown';
  /** Message key of an explanatory line, if any. */
  detail?: string;
  reasons: string[];
  events?: number;
  /** What the main button does: show/hide the panel, analyse anyway, or nothing (restricted pages). */
  action: 'show' | 'hide' | 'analyse' | null;
  /** The site's permission can be granted from here (Firefox: host permissions are the user's to grant). */
  canGrant: boolean;
}

export function describe(r: TabReport): Description {
  const base = { reasons: [], canGrant: false };
  if (r.restricted) return { ...base, status: `popupRestricted_${r.restricted}`, tone: 'unknown', action: null };
  const s = r.state;
  if (s?.analysis) {
    const yes = s.analysis.syriaConflict;
    return {
      ...base,
      status: yes ? 'popupSyria' : 'popupNotSyria',
      tone: yes ? 'yes' : 'no',
      reasons: s.analysis.reasons,
      events: s.analysis.events,
      action: yes ? (s.panelOpen ? 'hide' : 'show') : s.panelOpen ? 'hide' : 'analyse',
    };
  }
  if (s?.error) return { ...base, status: 'popupError', tone: 'unknown', reasons: [s.error], action: 'analyse' };
  if (s?.gate === 'silenced') return { ...base, status: 'popupSilencedSite', tone: 'unknown', detail: 'popupSilencedSiteDetail', action: 'analyse' };
  if (s?.gate === 'skipped') return { ...base, status: 'popupGateSkipped', tone: 'no', detail: 'popupGateSkippedDetail', action: 'analyse' };
  if (s?.gate === 'passed') return { ...base, status: 'popupAnalysing', tone: 'unknown', action: null };
  // No URL: the browser hides it from an extension without access (a browser page, or a site not granted).
  if (!r.url) return { ...base, status: 'popupNoAccess', tone: 'unknown', detail: 'popupNoAccessDetail', action: 'analyse' };
  if (r.gateCovers && !r.granted) {
    return { ...base, status: 'popupNotGranted', tone: 'unknown', detail: 'popupNotGrantedDetail', action: 'analyse', canGrant: true };
  }
  return { ...base, status: r.gateCovers ? 'popupNotChecked' : 'popupNotCovered', tone: 'unknown', detail: r.gateCovers ? undefined : 'popupNotCoveredDetail', action: 'analyse' };
}
