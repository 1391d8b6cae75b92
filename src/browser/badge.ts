// The toolbar badge marks, per tab, a page the analysis found to be a Syria-conflict article.
import { ext } from './ext.js';
import { t } from './i18n.js';
import type { TabState } from './messages.js';

const COLOUR = '#8a2d1c';

export async function showBadge(tabId: number, state: TabState): Promise<void> {
  const a = state.analysis;
  const on = !!a?.syriaConflict;
  // The count of events, capped so the badge stays readable; "•" when none are dated.
  const text = on ? (a.events > 99 ? '99+' : a.events > 0 ? String(a.events) : '•') : '';
  await ext!.action.setBadgeText({ tabId, text });
  if (on) {
    await ext!.action.setBadgeBackgroundColor({ tabId, color: COLOUR });
    await ext!.action.setTitle({ tabId, title: t('badgeTitle', a.events) });
  } else {
    await ext!.action.setTitle({ tabId, title: t('actionTitle') });
  }
}
