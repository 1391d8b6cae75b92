import type { DetectInput, Verdict } from './types.js';

// Placeholder detector: counts a few conflict terms. Issue #4 replaces it with the weighted lexicon.
const TERMS = /\b(Syria|Syrian|Damascus|Aleppo|Idlib|Assad|Astana|Daraa|Homs|Ghouta|Raqqa|Deir ez-Zor|de Mistura|Kurdish|HTS|al-Sharaa)\b/g;

export function detectPage(input: DetectInput): Verdict {
  const hay = `${input.title}\n${input.text}`;
  const hits = hay.match(TERMS) ?? [];
  const inTitle = TERMS.test(input.title);
  TERMS.lastIndex = 0;
  const score = hits.length + (inTitle ? 5 : 0);
  const syriaConflict = score >= 6;
  return {
    syriaConflict,
    isNews: true,
    pageKind: 'article',
    score,
    reasons: [...new Set(hits)].slice(0, 5).map(t => `mentions ${t}`),
  };
}
