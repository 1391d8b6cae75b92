// The panel's one door to translated strings: the extension's i18n when present (the build merges
// src/_locales/<lang>/panel.json into messages.json), else the English file itself, so unit tests and the
// Node CLI need no extension APIs.
import en from '../../src/_locales/en/panel.json';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export type MessageKey = keyof typeof en;

type GetMessage = (key: string, subs?: string[]) => string;
interface I18nGlobal {
  browser?: { i18n?: { getMessage?: GetMessage } };
  chrome?: { i18n?: { getMessage?: GetMessage } };
}

function english(key: MessageKey, subs: string[]): string {
  const m = (en as Record<string, Message>)[key];
  if (!m) return key;
  // Same substitution rules as i18n.getMessage: $NAME$ → its placeholder's content, then $1..$9 → subs.
  return m.message
    .replace(/\$(\w+)\$/g, (_, name: string) => m.placeholders?.[name.toLowerCase()]?.content ?? '')
    .replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const strs = subs.map(String);
  const g = globalThis as I18nGlobal;
  const get = g.browser?.i18n?.getMessage ?? g.chrome?.i18n?.getMessage;
  try {
    const out = get?.(key, strs);
    if (out) return out;
  } catch {
    // Extension context invalidated (extension updated mid-page): English still works.
  }
  return english(key, strs);
}

/** The UI's writing direction, from the browser's UI locale ("@@bidi_dir"). */
export function uiDir(): 'ltr' | 'rtl' {
  const g = globalThis as I18nGlobal;
  try {
    return (g.browser?.i18n?.getMessage ?? g.chrome?.i18n?.getMessage)?.('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
