// Extension-page strings (popup, badge title) from _locales; the build merges src/_locales/<lang>/*.json.
import { ext } from './ext.js';

export function t(key: string, ...subs: (string | number)[]): string {
  try {
    return ext?.i18n.getMessage(key, subs.map(String)) || key;
  } catch {
    return key;
  }
}

export function uiDir(): 'ltr' | 'rtl' {
  return t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}

/** An extension page's <html dir lang> from the UI locale ("en_US" → "en-US"), so screen readers pronounce it right. */
export function setDocumentLocale(doc: Document): void {
  doc.documentElement.dir = uiDir();
  const locale = t('@@ui_locale');
  doc.documentElement.lang = /^[a-z]{2,3}(?:_[A-Za-z0-9]+)?$/.test(locale) ? locale.replace('_', '-') : 'en';
}
