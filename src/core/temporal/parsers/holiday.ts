// "Christmas", "Thanksgiving Day", "last Easter", "New Year's Eve 1999": named days, resolved like a month and day.
import type { Shift, TemporalParser } from '../draft.js';
import { pad } from '../calendar.js';
import { holidayDate } from '../calendar-holidays.js';
import { HOLIDAY, isCapitalised, wordPattern } from '../lexicon.js';

const PATTERN = wordPattern(`(?:(last|next|this)\\s+)?(${HOLIDAY})(?:,?\\s+(\\d{4}))?`);
const SHIFT: Record<string, Shift> = { last: -1, next: 1, this: 0 };

export const holiday: TemporalParser = {
  name: 'holiday',
  pattern: PATTERN,
  // Case-sensitive: a holiday is only read with a capital (extract checks it), and "election" or "labor" are common words.
  gate: /Christmas|New\s+[Yy]ear|Valentine|Halloween|Independence|Veterans|Thanksgiving|Labor|Memorial|Martin|Election|Easter|Good\s+[Ff]riday|Boxing/,
  extract(m) {
    const name = m[2]!;
    if (!isCapitalised(name)) return null;
    if (m[3]) {
      const d = holidayDate(name, +m[3]);
      return d ? { type: 'DATE', precision: 'day', value: `${m[3]}-${pad(d.m)}-${pad(d.d)}`, stated: true } : null;
    }
    return { type: 'DATE', precision: 'day', rel: { kind: 'holiday', name, shift: m[1] ? SHIFT[m[1].toLowerCase()] ?? null : null } };
  },
};
