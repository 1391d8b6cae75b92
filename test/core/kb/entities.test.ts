// The entity data itself: shape, sources, validity, ids, and aliases that collide only where marked ambiguous.
import { describe, expect, it } from 'vitest';
import { KB } from '../../../src/core/kb/index.js';
import { tokenize } from '../../../src/core/kb/normalise.js';
import type { EntityKind } from '../../../src/core/types.js';

const entities = KB.entities;
const byId = new Map(entities.map(e => [e.id, e]));
const KINDS: EntityKind[] = ['person', 'armed-group', 'government', 'state', 'coalition', 'organisation', 'un', 'place', 'process', 'concept', 'agreement'];
const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

describe('knowledge-base entities', () => {
  it('has at least 200 entities with unique kebab-case ids', () => {
    expect(entities.length).toBeGreaterThanOrEqual(200);
    expect(new Set(entities.map(e => e.id)).size).toBe(entities.length);
    for (const e of entities) expect(e.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(entities.map(e => [e.id, e] as const))('%s has a kind, an alias, a summary, validity and public sources', (_id, e) => {
    expect(KINDS).toContain(e.kind);
    expect(e.aliases.length).toBeGreaterThan(0);
    expect(e.summary.length).toBeGreaterThan(10);
    expect(e.valid.from).toMatch(ISO);
    if (e.valid.to) {
      expect(e.valid.to).toMatch(ISO);
      expect(e.valid.to >= e.valid.from!.slice(0, e.valid.to.length)).toBe(true);
    }
    expect(e.sources.length).toBeGreaterThan(0);
    for (const s of e.sources) expect(s).toMatch(/^https?:\/\/[^\s/]+\.[^\s]+$/);
    for (const t of e.timeline ?? []) {
      expect(t.date).toMatch(ISO);
      expect(t.text.length).toBeGreaterThan(5);
    }
  });

  it('writes summaries as of valid.from: later years belong in the timeline', () => {
    for (const e of entities) {
      const limit = Number((e.valid.to ?? e.valid.from!).slice(0, 4)) + 1;
      const years = [...e.summary.matchAll(/\b(?:1[89]|20)\d\d\b/g)].map(m => Number(m[0]));
      expect(years.filter(y => y > limit), `${e.id}: ${e.summary}`).toEqual([]);
    }
  });

  it('keeps each timeline in date order', () => {
    for (const e of entities) {
      const dates = (e.timeline ?? []).map(t => t.date);
      expect(dates, e.id).toEqual([...dates].sort());
    }
  });

  it('points every place at an existing governorate', () => {
    for (const e of entities.filter(x => x.governorate)) {
      const g = byId.get(e.governorate!);
      expect(g?.kind, `${e.id} → ${e.governorate}`).toBe('place');
      expect(g?.id).toMatch(/-governorate$/);
    }
  });

  it('has all 14 governorates', () => {
    const governorates = entities.filter(e => e.id.endsWith('-governorate')).map(e => e.id).sort();
    expect(governorates).toEqual([
      'aleppo-governorate', 'damascus-governorate', 'daraa-governorate', 'deir-ez-zor-governorate', 'hama-governorate', 'hasakah-governorate',
      'homs-governorate', 'idlib-governorate', 'latakia-governorate', 'quneitra-governorate', 'raqqa-governorate', 'rif-dimashq-governorate',
      'suwayda-governorate', 'tartus-governorate',
    ]);
  });

  it('has the ids other data and code rely on', () => {
    for (const id of ['bashar-al-assad', 'ahmed-al-sharaa', 'staffan-de-mistura', 'geir-pedersen', 'kofi-annan', 'lakhdar-brahimi', 'vladimir-putin',
      'recep-tayyip-erdogan', 'bahram-qasemi', 'russia', 'iran', 'turkey', 'united-states', 'jordan', 'syrian-government', 'syrian-transitional-government',
      'hayat-tahrir-al-sham', 'al-nusra-front', 'islamic-state', 'syrian-democratic-forces', 'free-syrian-army', 'hezbollah', 'united-nations',
      'un-security-council', 'opcw', 'geneva-process', 'astana-process', 'de-escalation-zones', 'four-baskets', 'southwest-syria-ceasefire',
      'hamburg-g20-summit-2017', 'unsc-resolution-2254', 'constitutional-committee', 'sochi-congress', 'idlib', 'idlib-governorate', 'aleppo', 'damascus',
      'deir-ez-zor', 'daraa', 'quneitra-governorate', 'suwayda-governorate', 'eastern-ghouta', 'douma', 'khan-sheikhoun', 'caesar-act', 'syrian-civil-war']) {
      expect(byId.has(id), id).toBe(true);
    }
  });

  it('shares an alias between entities only when both are marked ambiguous', () => {
    const owners = new Map<string, Set<string>>();
    for (const e of entities) {
      for (const alias of [e.name, ...e.aliases]) {
        const key = tokenize(alias).filter(t => !t.article).map(t => t.key).join(' ');
        if (!owners.has(key)) owners.set(key, new Set());
        owners.get(key)!.add(e.id);
      }
    }
    const clashes = [...owners].filter(([, ids]) => ids.size > 1 && [...ids].some(id => !byId.get(id)!.ambiguous));
    expect(clashes.map(([key, ids]) => `${key}: ${[...ids].join(', ')}`)).toEqual([]);
  });

  it('gives every ambiguous entity a way to win: cue words or a validity period that sets it apart', () => {
    for (const e of entities.filter(x => x.ambiguous)) expect(!!e.cues?.length || !!e.valid.to || !!e.valid.from, e.id).toBe(true);
  });
});
