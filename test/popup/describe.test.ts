import { describe as group, expect, it } from 'vitest';
import type { TabReport, TabState } from '../../src/browser/messages.js';
import { describe } from '../../popup/describe.js';

const URL = 'https://www.reuters.com/world/middle-east/x';
const state = (s: Partial<TabState>): TabState => ({ url: URL, gate: null, analysis: null, panelOpen: false, error: null, ...s });
const report = (r: Partial<TabReport>): TabReport => ({ state: null, restricted: null, granted: true, gateCovers: true, allSites: false, url: URL, ...r });
const analysis = (syriaConflict: boolean) => ({ syriaConflict, reasons: ['mentions Syria'], score: 5, events: 4 });

group('what the popup says', () => {
  it.each<[string, Partial<TabReport>, string, string | null]>([
    ['a restricted page', { restricted: 'scheme', url: 'chrome://version' }, 'popupRestricted_scheme', null],
    ['a Syria article, panel open', { state: state({ analysis: analysis(true), panelOpen: true }) }, 'popupSyria', 'hide'],
    ['a Syria article, badge only', { state: state({ analysis: analysis(true) }) }, 'popupSyria', 'show'],
    ['another subject', { state: state({ analysis: analysis(false) }) }, 'popupNotSyria', 'analyse'],
    ['a failed analysis', { state: state({ error: 'boom' }) }, 'popupError', 'analyse'],
    ['a silenced site', { state: state({ gate: 'silenced' }) }, 'popupSilencedSite', 'analyse'],
    ['a page the gate skipped', { state: state({ gate: 'skipped' }) }, 'popupGateSkipped', 'analyse'],
    ['an analysis under way', { state: state({ gate: 'passed' }) }, 'popupAnalysing', null],
    ['no URL (no access)', { url: null }, 'popupNoAccess', 'analyse'],
    ['a curated site not granted (Firefox)', { granted: false }, 'popupNotGranted', 'analyse'],
    ['a site off the list', { gateCovers: false, url: 'https://example.org/' }, 'popupNotCovered', 'analyse'],
    ['a covered page not checked yet', {}, 'popupNotChecked', 'analyse'],
  ])('%s', (_, r, status, action) => {
    const d = describe(report(r));
    expect(d.status).toBe(status);
    expect(d.action).toBe(action);
  });

  it('offers to grant the site only where the gate would run but may not', () => {
    expect(describe(report({ granted: false })).canGrant).toBe(true);
    expect(describe(report({ granted: false, gateCovers: false })).canGrant).toBe(false);
  });

  it('passes the reasons through', () => {
    expect(describe(report({ state: state({ analysis: analysis(true) }) })).reasons).toEqual(['mentions Syria']);
  });
});
