// Popup entry: finds the tab it is about (?tabId=N when opened as a tab by tests) and renders.
import { render } from 'preact';
import { popupTabId } from '../src/browser/popup-api.js';
import { setDocumentLocale } from '../src/browser/i18n.js';
import { Popup } from './Popup.js';

setDocumentLocale(document);
const app = document.getElementById('app');
if (app) void popupTabId(location.search).then(tabId => render(<Popup tabId={tabId} />, app), () => render(<Popup tabId={null} />, app));
