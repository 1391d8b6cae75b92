// Clauses of a sentence, cut at punctuation and subordinators, so a date attaches to the event of its own clause:
// in "said on Monday as talks are scheduled to open late on Monday" each "Monday" has its own verb.
// Unlike the tense detector, quotation marks do not cut: "announced a ceasefire and “de-escalation agreement” on Friday".

export interface Clause {
  start: number;
  end: number;
  /** The subordinator or connector that opens it ("after", "as", "a day after"), lower-cased; '' for none. */
  opener: string;
}

const BREAK = /[;:()\u2014\u2013]|,\s|\b(?:as|while|after|before|when|that|because|but|although|though|whereas|which|who|where|until|once|if|since|following|ahead of)\s/gi;

/** `keep`: spans never cut (date phrases such as "Monday, April 2, 2018"). */
// A short parenthesis is part of its phrase: "the Syrian Democratic Forces (SDF) declared", "at 5am (0300 GMT)".
// (Each word after the first starts with its space, so the pattern cannot backtrack over a long unclosed token.)
const SHORT_PAREN = /\([^()\s]+(?:\s[^()\s]+){0,3}\)/g;

export function clauses(sentence: string, keep: { start: number; end: number }[] = []): Clause[] {
  const out: Clause[] = [];
  SHORT_PAREN.lastIndex = 0;
  keep = [...keep];
  for (let m = SHORT_PAREN.exec(sentence); m; m = SHORT_PAREN.exec(sentence)) keep.push({ start: m.index - 1, end: m.index + m[0].length + 1 });
  let from = 0, opener = '';
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(sentence); m; m = BREAK.exec(sentence)) {
    const at = m.index;
    if (keep.some(k => at > k.start && at < k.end)) continue;
    // A comma after a short capitalised chunk lists names or ends an opener: "The United States, Russia and Jordan
    // announced", "On Monday, Assad's successor".
    if (m[0].startsWith(',') && /^[A-Z]/.test(sentence.slice(at + m[0].length)) && sentence.slice(from, at).trim().split(/\s+/).length <= 3) continue;
    if (m.index > from) out.push({ start: from, end: m.index, opener });
    opener = /[a-z]/i.test(m[0]) ? m[0].trim().toLowerCase() : '';
    from = m.index + m[0].length;
  }
  if (from < sentence.length) out.push({ start: from, end: sentence.length, opener });
  return out;
}

export function clauseAt(cs: Clause[], at: number): Clause | undefined {
  return cs.find(c => at >= c.start && at < c.end) ?? cs.find(c => at < c.end);
}
