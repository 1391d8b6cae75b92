// Short labels in the article's own words: the clause that reports the event, with its date phrase and connectors
// removed, widened to a neighbouring clause when it is too short to say who did what ("it began" → "a war … began").
// Nothing is added but punctuation: a label never states what the sentence does not.
import type { Clause } from './clauses.js';

const MAX = 110;
// A clause that opens with a verb, an auxiliary or an adverb continues a subject stated earlier.
const PREDICATE_START = /^(?!(?:the|a|an|this|that|these|those|its|their|his|her|some|many|more|most|all|both|several)\b)[a-z]/;
const PRONOUN_START = /^(?:it|he|she|they|this|these|those|that|which|who|was|were|is|are|has|have|had)\b/i;

/** Removes date phrases (with the preposition that introduces them) given as sentence offsets. */
const INTRO = /(?:\b(?:late|early|earlier|later)\s+)?(?:\b(?:on|in|at|since|by|from|during|of|until|as of)\s+)?(?:\b(?:on|in|at)\s+the\s+(?:morning|afternoon|evening|night)\s+of\s+)?$/i;

function withoutDates(text: string, offset: number, dates: { start: number; end: number }[]): string {
  const inside = dates.filter(d => d.start >= offset && d.end <= offset + text.length).sort((a, b) => a.start - b.start);
  if (!inside.length) return text;
  let out = '', from = 0;
  for (const d of inside) {
    const a = d.start - offset, b = d.end - offset;
    if (a < from) continue;
    // The introducing words sit right before the date: look at the last 60 characters only (a `$`-anchored pattern
    // run over the whole head would be tried at every position, quadratic on long sentences).
    const cut = Math.max(from, a - 60);
    out += text.slice(from, cut) + text.slice(cut, a).replace(INTRO, '');
    // "last month's talks" → "talks".
    from = b + (/^['\u2019]s\b/.test(text.slice(b, b + 3)) ? 2 : 0);
  }
  return out + text.slice(from);
}

// "BEIRUT --", "BEIRUT, Aug 20 (Reuters) –": a dateline is not part of what happened.
const DATELINE = /^[A-Z][A-Z .'-]{2,40}(?:,[^\u2013\u2014-]{0,30})?\s*(?:\([^)]*\))?\s*(?:--|[\u2013\u2014-])\s+/;

function tidy(s: string): string {
  let t = s.replace(DATELINE, '').replace(/\s+/g, ' ').replace(/\s+([,.;:])/g, '$1').replace(/^[\s,;:\u2014\u2013-]+|[\s,;:.\u2014\u2013-]+$/g, '')
    .replace(/^(?:and|but|or|then|so)\s+/i, '').replace(/\s+(?:and|but|or)$/i, '');
  if (t.length > MAX) {
    const cut = t.lastIndexOf(' ', MAX - 1);
    t = `${t.slice(0, cut > 40 ? cut : MAX - 1).replace(/[\s,;:]+$/, '')}…`;
  }
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** "… a war that has killed 320,000 people since it began": where the pronoun's relative-clause antecedent starts. */
function antecedent(sentence: string, cs: Clause[], index: number): number | null {
  if (!/^(?:it|they)\b/i.test(sentence.slice(cs[index]!.start).trim())) return null;
  for (let j = index; j > 0 && index - j < 3; j--) {
    if (!/^(?:that|which|who)$/.test(cs[j]!.opener)) continue;
    const head = sentence.slice(cs[j - 1]!.start, cs[j - 1]!.end).replace(/\s+$/, '');
    const m = /\b(?:a|an|the|its|their)\s+[\w-]+(?:\s+[\w-]+)?$/i.exec(head);
    return m ? cs[j - 1]!.start + m.index : null;
  }
  return null;
}

/**
 * Label for an event reported in clause `index` of `cs` (offsets into `sentence`).
 * `dates` are the date phrases to leave out. For speech events `content` is the reported clause, put after the speaker.
 */
export function makeLabel(sentence: string, cs: Clause[], index: number, dates: { start: number; end: number }[], content?: Clause,
  speaker?: { start: number; end: number }): string {
  if (content && speaker) {
    const who = withoutDates(sentence.slice(speaker.start, speaker.end), speaker.start, dates).replace(/^[\s,.;:]+/, '');
    const said = withoutDates(sentence.slice(content.start, content.end), content.start, dates).replace(/[\s,.;:]+$/, '');
    return tidy(`${tidy(who).replace(/…$/, '')}: ${said.trim()}`);
  }
  const ante = antecedent(sentence, cs, index);
  if (ante != null) return tidy(withoutDates(sentence.slice(ante, cs[index]!.end), ante, dates));
  const part = (i: number) => withoutDates(sentence.slice(cs[i]!.start, cs[i]!.end), cs[i]!.start, dates);
  const clause = sentence.slice(cs[index]!.start, cs[index]!.end).trim();
  if (!content && index > 0) {
    // "The ceasefire, which took effect …": a relative clause is told with its antecedent.
    if (/^(?:which|who)$/.test(cs[index]!.opener)) {
      const head = sentence.slice(cs[index - 1]!.start, cs[index - 1]!.end).replace(/[\s,]+$/, '');
      const np = /\b(?:a|an|the|its|their)\s+[\w-]+(?:\s+[\w-]+)?$/i.exec(head);
      const from = cs[index - 1]!.start + (np?.index ?? 0);
      return tidy(withoutDates(sentence.slice(from, cs[index]!.end), from, dates));
    }
    // "The talks, which began on Monday, are expected to end": the predicate takes the subject, leaving out the
    // relative clause between them.
    if (index > 1 && /^(?:which|who|that)$/.test(cs[index - 1]!.opener) && PREDICATE_START.test(clause)) return tidy(`${part(index - 2)} ${part(index)}`);
  }
  let from = index, to = index;
  // Words a label would keep: date phrases do not count.
  const words = (a: number, b: number) => withoutDates(sentence.slice(cs[a]!.start, cs[b]!.end), cs[a]!.start, dates).split(/\s+/).filter(Boolean).length;
  // Pronoun-led or very short clauses borrow the clause before them (the antecedent) and then the one after.
  const opensMidway = (i: number) => { const t = sentence.slice(cs[i]!.start).trim(); return PRONOUN_START.test(t) || PREDICATE_START.test(t); };
  // "The fighting, now in its sixth year, has displaced millions": back to the clause that names the subject.
  // A clause with a subject of its own ("a ceasefire took effect") stands alone.
  const ownSubject = /^(?:the|a|an|this|these|those|its|their|his|her)\s/i.test(clause) && words(index, index) >= 3;
  while (!content && !ownSubject && from > 0 && (opensMidway(from) || words(from, to) < 6) && words(from - 1, to) < 30) from--;
  // Forward only into what a short clause announces ("Trump announced … that US troops will be pulled out").
  // … and from a prepositional opener into the clause it sets ("In Astana peace talks, Russia, Turkey and Iran tried …").
  const prepositional = /^(?:in|on|at|during|for|with|amid|under|according to|backed by)\s/i.test(sentence.slice(cs[from]!.start).trim());
  while (!content && to < cs.length - 1 && (words(from, to) < 4 || words(from, to) < 6 && (cs[to + 1]!.opener === 'that' || prepositional))) to++;
  const start = cs[from]!.start, end = cs[to]!.end;
  const own = withoutDates(sentence.slice(start, end), start, dates);
  if (!content) return tidy(own);
  const said = withoutDates(sentence.slice(content.start, content.end), content.start, dates);
  return tidy(`${tidy(own).replace(/…$/, '')}: ${said.trim()}`);
}

/** "As he arrived …, UN Syria envoy Staffan de Mistura said": a label opening with he/she names the one person the
 *  sentence names (by the KB name when the sentence uses it). Returns the label and the person, if replaced. */
export function namePronoun<P extends { name: string; text: string }>(label: string, sentence: string, people: P[]): { label: string; person?: P } {
  const pronoun = /^(?:He|She)\b/.exec(label);
  if (!pronoun || people.length !== 1) return { label };
  const p = people[0]!;
  return { label: `${sentence.includes(p.name) ? p.name : p.text}${label.slice(pronoun[0].length)}`, person: p };
}
