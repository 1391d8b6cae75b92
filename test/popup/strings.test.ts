// Every string the popup, the options page and the badge ask for exists in the English file (a missing key would
// show as its own name), and every $NAME$ placeholder is declared, as browsers require.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/_locales/en/extension.json';

const root = path.resolve(import.meta.dirname, '../..');
const read = (dir: string) => fs.readdirSync(path.join(root, dir)).filter(f => /\.tsx?$/.test(f)).map(f => fs.readFileSync(path.join(root, dir, f), 'utf8')).join('\n');
const sources = ['popup', 'options', 'src/browser'].map(read).join('\n');
const messages = en as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

describe('extension page strings', () => {
  it('has every literal key used with t(), and every status key the popup can say', () => {
    const used = [...sources.matchAll(/\bt\('(\w+)'/g), ...sources.matchAll(/'(popup[A-Z]\w*)'/g)].map(m => m[1]!).filter(k => !k.startsWith('@@'));
    expect(used.length).toBeGreaterThan(20);
    for (const k of used) expect(messages, k).toHaveProperty(k);
  });

  it('has every key built from a setting\'s values', () => {
    const keys = ['settings_theme', 'settings_side', ...['auto', 'light', 'dark'].map(v => `settings_theme_${v}`),
      ...['auto', 'right', 'left'].map(v => `settings_side_${v}`), ...['scheme', 'store', 'pdf'].map(v => `popupRestricted_${v}`)];
    for (const k of keys) expect(messages, k).toHaveProperty(k);
  });

  it('declares every $NAME$ placeholder', () => {
    for (const [k, m] of Object.entries(messages)) {
      for (const [, name] of m.message.matchAll(/\$(\w+)\$/g)) expect(m.placeholders, k).toHaveProperty(name!.toLowerCase());
    }
  });
});
