// "today", "yesterday", "tomorrow", "tonight", "last night", "this morning", "the next morning", "the day before".
import type { TemporalParser } from '../draft.js';
import { TIMES_OF_DAY, wordPattern } from '../lexicon.js';

const PATTERN = wordPattern(
  '(?:(late|early)\\s+)?(today|yesterday|tomorrow|tonight|(?:this|last|tomorrow|yesterday)\\s+(?:morning|afternoon|evening|night))(?:\\s+(morning|afternoon|evening|night))?|(the\\s+next|the\\s+following|that)\\s+(morning|afternoon|evening|night)|the\\s+day\\s+(?:(before)\\s+yesterday|(after)\\s+tomorrow|(before|after)(?=\\s*[,.;:)]|\\s*$))');
const DAY_OFFSET: Record<string, number> = { today: 0, tonight: 0, this: 0, yesterday: -1, last: -1, tomorrow: 1 };

export const relativeDay: TemporalParser = {
  name: 'relative-day',
  gate: /day|tomorrow|tonight|morning|afternoon|evening|night/i,
  pattern: PATTERN,
  extract(m, text) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24), before = text.slice(Math.max(0, m.index - 12), m.index);
    // "today's world", "the people of tomorrow": the present or future age, not a day (TBAQ leaves them out);
    // "USA Today", "VOA Today": a name.
    if (/^['’]s\s+(?:[a-z]+\s+)?(?:world|youth|society|generation|children|young|kids|standards|economy|era|age|market|technology|computers)\b/i.test(after)) return null;
    if (/^tomorrow$/i.test(m[0]) && /\bof\s+$/i.test(before)) return null;
    if (/^(?:Today|Tomorrow)$/.test(m[0]) && /\b[A-Z][\w.]*\s+$/.test(before) && !/[.!?:]\s*\S*\s+$/.test(before)) return null;
    // "the day before yesterday"; "the day before" at a clause end counts from the last date mentioned.
    if (m[6] || m[7]) return { type: 'DATE', precision: 'day', rel: { kind: 'offset', unit: 'day', n: m[6] ? -2 : 2, from: 'document' } };
    if (m[8]) return { type: 'DATE', precision: 'day', rel: { kind: 'offset', unit: 'day', n: /^before$/i.test(m[8]) ? -1 : 1, from: 'previous' } };
    if (m[4]) {
      // "the next morning", "that night": the day after (or of) the last date mentioned.
      const tod = TIMES_OF_DAY[m[5]!.toLowerCase()]!;
      return { type: 'TIME', precision: 'time', tod: `T${tod}`, rel: { kind: 'offset', unit: 'day', n: /^that$/i.test(m[4]) ? 0 : 1, from: 'previous' } };
    }
    const [first, second] = m[2]!.toLowerCase().split(/\s+/);
    const n = DAY_OFFSET[first!] ?? 0;
    const part = m[3]?.toLowerCase() ?? second ?? (first === 'tonight' ? 'night' : undefined);
    const tod = part ? TIMES_OF_DAY[part] : undefined;
    return {
      type: tod ? 'TIME' : 'DATE', precision: tod ? 'time' : 'day',
      rel: { kind: 'offset', unit: 'day', n, from: 'document' },
      ...(tod ? { tod: `T${tod}` } : {}),
    };
  },
};
