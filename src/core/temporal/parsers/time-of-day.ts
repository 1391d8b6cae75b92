// "10:35 a.m.", "5 p.m. EST", "at 16:30", "4 in the morning", "noon", "midnight": a time on the document day unless a day is attached (refiner/merge-date-time).
import type { TemporalParser } from '../draft.js';
import { pad } from '../calendar.js';
import { numberValue, wordPattern } from '../lexicon.js';

const HOUR_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const ZONE = 'EST|EDT|CST|CDT|PST|PDT|ET|PT|CT|GMT|UTC|BST|CET|CEST|EET|EEST|local\\s+time';
const PATTERN = wordPattern(
  `(?:(?:around|at)\\s+)?(\\d{1,2})(?::(\\d\\d))?\\s*(a\\.m\\.?|p\\.m\\.?|am|pm)(?:\\s+(?:${ZONE}))?|(\\d{1,2}):?(\\d\\d)\\s+(GMT|UTC)|(?:at\\s+)?(noon|midnight|midday)` +
  // A 24-hour clock needs a preposition or a zone: "At 16:30", "until 06:00 local time" (not a score "3:1" or a ratio).
  `|(?:(?:around|at|by|from|until|till|before|after|since)\\s+)(\\d{1,2}):(\\d\\d)(?![\\d:]|\\s*[ap]\\.?m)(?:\\s+(?:${ZONE}))?|(\\d{1,2}):(\\d\\d)\\s+(?:${ZONE})` +
  // "4 in the morning", "at eight o'clock in the evening", "11 at night".
  `|(?:(?:around|at|by|from|until|till|before|after|since)\\s+)?(\\d{1,2}|${HOUR_WORDS})(?::(\\d\\d))?(?:\\s+o['’]clock)?\\s+(?:in\\s+the\\s+(morning|afternoon|evening)|at\\s+(night))`);
// "at", "by", "until" are left out of TE3 extents; "around" stays.
const LEAD = /^(?:at|by|from|until|till|before|after|since)\s+/i;

export const timeOfDay: TemporalParser = {
  name: 'time-of-day',
  gate: /\d\s*[ap]\.?m|\d:\d\d|\d\d\s+(?:GMT|UTC)|noon|midnight|midday|in\s+the\s+(?:morning|afternoon|evening)|at\s+night/i,
  pattern: PATTERN,
  extract(m, text) {
    // "10:35 a.m. (0735 GMT)": the conversion in brackets repeats the time just tagged (TBAQ leaves it out).
    if (m[4] !== undefined && text[m.index - 1] === '(') return null;
    // TE3 extents keep "around" but drop "at".
    const lead = LEAD.exec(m[0])?.[0].length ?? 0;
    const span: [number, number] = [lead, m[0].length - lead];
    if (m[7]) {
      const word = m[7].toLowerCase();
      // "High Noon", "high noon": an idiom (and a film), not a time.
      if (/\bhigh\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) return null;
      return { type: 'TIME', precision: 'time', tod: word === 'midnight' ? 'T24:00' : 'T12:00', rel: { kind: 'offset', unit: 'day', n: 0, from: 'document' }, span };
    }
    let h = m[12] ? numberValue(m[12]) ?? 0 : +(m[1] ?? m[4] ?? m[8] ?? m[10])!;
    const min = m[2] ?? m[5] ?? m[9] ?? m[11] ?? m[13] ?? null;
    // "in the morning" is a.m.; "in the afternoon/evening" p.m.; "at night" p.m. until midnight, a.m. after ("2 at night").
    const part = m[14]?.toLowerCase() ?? (m[15] ? (h >= 6 && h < 12 ? 'evening' : 'morning') : '');
    const ampm = m[3]?.toLowerCase() ?? (part ? (part === 'morning' ? 'a' : 'p') : '');
    if (h > 24 || (min !== null && +min > 59) || (ampm && h > 12)) return null;
    if (ampm.startsWith('p') && h < 12) h += 12;
    if (ampm.startsWith('a') && h === 12) h = 0;
    return { type: 'TIME', precision: 'time', tod: `T${pad(h)}:${min ?? '00'}`, rel: { kind: 'offset', unit: 'day', n: 0, from: 'document' }, span };
  },
};
