// Weekdays of other languages' pages ("samedi", "el sábado", "am Samstag", "يوم السبت"): resolved like English ones
// (refiner/resolve-tense; the tense of a sentence in another language is unknown, so the nearest such day).
import type { TemporalParser } from '../draft.js';
import { FOREIGN_WEEKDAYS, nameGate } from '../lexicon.js';

// Listed as written mid-sentence, without the `i` flag (lower-case.ts); a Romance name also takes a capital at the
// start of a sentence or before its day number ("Samedi 7 décembre"), never elsewhere ("Santo Domingo", "Mardi Gras").
const NAMES = Object.keys(FOREIGN_WEEKDAYS).sort((a, b) => b.length - a.length);
const capital = (n: string): string => n[0]!.toUpperCase() + n.slice(1);
const LETTER = 'A-Za-z\\u00c0-\\u024f\\u0600-\\u06ff';
const PATTERN = new RegExp(`(?<![${LETTER}])(${NAMES.flatMap(n => (/^[a-z]/.test(n) ? [n, capital(n)] : [n])).join('|')})(?![${LETTER}])`, 'g');
// Exact shortcut (gates.test.ts).
const GATE = nameGate(NAMES, ascii => ascii.flatMap(n => [n, capital(n)]).join('|'));

export const foreignWeekday: TemporalParser = {
  name: 'foreign-weekday',
  otherLanguages: true,
  gate: GATE,
  pattern: PATTERN,
  extract(m, text) {
    const word = m[1]!, weekday = FOREIGN_WEEKDAYS[word] ?? FOREIGN_WEEKDAYS[word.toLowerCase()];
    if (weekday === undefined) return null;
    if (!(word in FOREIGN_WEEKDAYS) && !/(?:^|[.!?:]\s+|\n\s*)$/.test(text.slice(Math.max(0, m.index - 3), m.index)) && !/^\s+\d/.test(text.slice(m.index + word.length, m.index + word.length + 3))) return null;
    return { type: 'DATE', precision: 'day', rel: { kind: 'weekday', weekday, shift: null } };
  },
};
