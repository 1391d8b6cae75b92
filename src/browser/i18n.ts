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
