// Popup entry: finds the tab it is about (?tabId=N when opened as a tab by tests) and renders.
import { render } from 'preact';
import { popupTabId } from '../src/browser/popup-api.js';
import { t, uiDir } from '../src/browser/i18n.js';
import { Popup } from './Popup.js';

document.documentElement.dir = uiDir();
// The UI's language ("en_US" → "en-US"), so screen readers pronounce the popup right.
const locale = t('@@ui_locale');
document.documentElement.lang = /^[a-z]{2,3}(?:_[A-Za-z0-9]+)?$/.test(locale) ? locale.replace('_', '-') : 'en';
const app = document.getElementById('app');
if (app) void popupTabId(location.search).then(tabId => render(<Popup tabId={tabId} />, app), () => render(<Popup tabId={null} />, app));
