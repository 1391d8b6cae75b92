// Whether an event happened, is scheduled or expected, or is only claimed, from the words around its trigger.
import type { EventStatus } from '../types.js';
import type { Trigger } from './triggers.js';

// Looking back from the trigger inside its clause: "is scheduled to meet", "his upcoming meeting", "due to open".
const SCHEDULED = /\b(?:scheduled|due|set|slated|planned|upcoming|forthcoming|next)\b/i;
const EXPECTED = /\b(?:expected|will|shall|would|plans?|intends?|aims?|hopes?|likely|poised|going to|ahead of)\b/i;
// Attribution that the article does not vouch for.
const CLAIMED = /\b(?:reportedly|allegedly|according to|claimed|claims|claiming|purportedly|accused)\b/i;

/** status of the event whose trigger is `t`, given the text of its clause before the trigger and the whole sentence. */
export function eventStatus(t: Trigger, before: string, sentence: string): EventStatus {
  const near = before.split(/\s+/).slice(-5).join(' ');
  if (t.form === 'modal' || t.form === 'infinitive' || t.form === 'nominal' || t.form === 'ing') {
    if (SCHEDULED.test(near)) return 'scheduled';
    if (EXPECTED.test(near) || t.form === 'modal') return 'expected';
  }
  if (CLAIMED.test(sentence) && (t.type === 'attack' || t.type === 'casualties' || t.type === 'military')) return 'claimed';
  return 'happened';
}
