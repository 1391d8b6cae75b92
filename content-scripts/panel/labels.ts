// Translated words for core enums, in one place so components stay small.
import type { EntityKind, EventDate, EventStatus, EventType, PublishedDate } from '../../src/core/types.js';
import { publishedSourceKind } from '../../src/core/export/describe.js';
import { t, type MessageKey } from './i18n.js';

export const typeLabel = (type: EventType) => t(`panel_type_${type}` as MessageKey);

export const kindLabel = (kind: EntityKind) => t(`panel_kind_${kind.replace('-', '_')}` as MessageKey);

export function statusLabel(status: EventStatus): string | null {
  return status === 'happened' ? null : t(`panel_state_${status}` as MessageKey);
}

export function dateSourceLabel(d: EventDate | null): string | null {
  if (!d) return null;
  switch (d.source) {
    case 'text': return t('panel_date_text');
    case 'inferred': return d.mention ? t('panel_date_inferred', d.mention.text.trim()) : t('panel_date_inferred_plain');
    case 'discourse': return t('panel_date_discourse');
    case 'publication': return t('panel_date_publication');
    case 'kb': return t('panel_date_kb');
  }
}

export function publishedSourceLabel(p: PublishedDate): string {
  const kind = publishedSourceKind(p);
  return kind === 'other' ? t('panel_source_other', p.source) : t(`panel_source_${kind}` as MessageKey);
}

export const eventCount = (n: number) => (n === 1 ? t('panel_event_count_one') : t('panel_event_count', n));
