import type { Timeline, Verdict } from './types.js';

// The documented JSON contracts (docs/json-contract.md). Evaluations and held-out scorers read exactly these fields;
// fields may be added, never renamed.

export function analyzeLine(id: string, t: Timeline): Record<string, unknown> {
  return {
    id,
    published: t.published.date,
    publishedSource: t.published.source,
    syriaConflict: t.verdict.syriaConflict,
    title: t.title,
    events: t.events.map(e => ({
      label: e.label,
      date: e.date ? { value: e.date.value, precision: e.date.precision, source: e.date.source, ...(e.date.kb ? { kb: e.date.kb } : {}) } : null,
      status: e.status,
      type: e.type,
      evidence: e.evidence,
      ...(e.kb ? { kb: e.kb } : {}),
      participants: e.participants.map(p => p.id),
      places: e.places.map(p => p.id),
      tags: e.tags,
    })),
    context: t.context,
    explainers: t.explainers.map(x => x.id),
  };
}

export function detectLine(id: string, v: Verdict): Record<string, unknown> {
  return { id, syriaConflict: v.syriaConflict, score: v.score, isNews: v.isNews, pageKind: v.pageKind, reasons: v.reasons };
}
