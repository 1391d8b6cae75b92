import type { EntityMention } from './types.js';
import type { KnowledgeBase } from './kb/index.js';

// Placeholder: exact alias matching. Replaced by the precompiled, normalising matcher (issue #5).
export function linkEntities(text: string, kb: KnowledgeBase): EntityMention[] {
  const out: EntityMention[] = [];
  for (const e of kb.entities) {
    for (const alias of [e.name, ...e.aliases]) {
      let i = text.indexOf(alias);
      while (i >= 0) {
        out.push({ id: e.id, name: e.name, kind: e.kind, start: i, end: i + alias.length, text: alias, confidence: 1 });
        i = text.indexOf(alias, i + alias.length);
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
