// The curated Syria knowledge base: data files under data/, described in docs/knowledge-base.md and checked by
// test/core/kb/entities.test.ts and events.test.ts (every item has a source, validity dates and an alias; aliases
// don't collide unless marked ambiguous).
import type { KbEntity, KbEvent } from '../types.js';
import people from './data/entities/people.json';
import armedGroups from './data/entities/armed-groups.json';
import statesOrganisations from './data/entities/states-organisations.json';
import places from './data/entities/places.json';
import processes from './data/entities/processes.json';
import events from './data/events.json';

export interface KnowledgeBase {
  entities: KbEntity[];
  events: KbEvent[];
}

export const KB: KnowledgeBase = {
  entities: [...people, ...armedGroups, ...statesOrganisations, ...places, ...processes] as KbEntity[],
  events: events as KbEvent[],
};
