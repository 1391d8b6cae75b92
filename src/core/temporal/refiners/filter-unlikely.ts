// Dates that are names: "March 8 Square", "the July 26 Movement", "the 17th Division", "Hotel 1990". A capitalised
// place or organisation noun right after the mention makes it part of a proper name, not a time.
import type { TemporalRefiner } from '../draft.js';

const NAME_AFTER = /^\s+(?:Square|Street|St\.|Avenue|Road|Bridge|Stadium|Hospital|School|University|Movement|Brigade|Brigades|Battalion|Division|Regiment|Front|Revolution|Party|Coalition|Alliance|Group|Agreement|Accords?|Declaration|Communiqu[eé]|Conference|Protocol)\b/;

export const filterUnlikely: TemporalRefiner = {
  name: 'filter-unlikely',
  refine(drafts, ctx) {
    return drafts.filter(d => d.type === 'DURATION' || d.type === 'SET' || !NAME_AFTER.test(ctx.text.slice(d.end, d.end + 16)));
  },
};
