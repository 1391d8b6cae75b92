// Every string key the panel asks for exists in the English file, and every placeholder is declared.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/_locales/en/panel.json';
import { t } from '../../content-scripts/panel/i18n.js';

const dir = path.resolve(import.meta.dirname, '../../content-scripts/panel');
const sources = fs.readdirSync(dir).filter(f => /\.tsx?$/.test(f)).map(f => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
const messages = en as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

describe('panel strings', () => {
  it('has every literal key used in the panel', () => {
    const used = [...sources.matchAll(/\bt\('(panel_\w+)'/g)].map(m => m[1]!);
    expect(used.length).toBeGreaterThan(20);
    for (const k of used) expect(messages, k).toHaveProperty(k);
  });

  it('has every key built from an enum', () => {
    const types = ['talks', 'meeting', 'agreement', 'ceasefire', 'military', 'attack', 'casualties', 'statement', 'humanitarian', 'political', 'sanctions', 'displacement', 'legal', 'other'];
    const kinds = ['person', 'armed_group', 'government', 'state', 'coalition', 'organisation', 'un', 'place', 'process', 'concept', 'agreement'];
    const keys = [...types.map(x => `panel_type_${x}`), ...kinds.map(x => `panel_kind_${x}`),
      ...['ongoing', 'scheduled', 'expected', 'claimed'].map(x => `panel_state_${x}`),
      ...['metadata', 'url', 'time', 'dateline', 'text', 'given'].map(x => `panel_source_${x}`)];
    for (const k of keys) expect(messages, k).toHaveProperty(k);
  });

  it('declares every $NAME$ placeholder, as browsers require', () => {
    for (const [k, m] of Object.entries(messages)) {
      for (const [, name] of m.message.matchAll(/\$(\w+)\$/g)) expect(m.placeholders, k).toHaveProperty(name!.toLowerCase());
    }
  });

  it('substitutes like i18n.getMessage when no extension API is there', () => {
    expect(t('panel_published', '10 July 2017', "from the page's metadata")).toBe("published 10 July 2017 (from the page's metadata)");
  });
});
