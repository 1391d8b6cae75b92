import LEX from './lexicon.json';

export type Tense = 'past' | 'present' | 'future';

// Governing-verb tense without a part-of-speech tagger (HeidelTime's ContextAnalyzer uses TreeTagger tags; in the
// browser we have none). The clause around `at` is cut at punctuation and subordinators, so in
// "said on Monday as talks are scheduled to open late on Monday" each "Monday" sees its own verb group.
// The nearest verb group of the clause before the position wins (news puts the date after its verb: "said Friday"),
// else the nearest after it; a clause without a verb borrows from its neighbours ("On Friday, the talks resumed").

// Word lists are sets of lower-case forms: one hash look-up per word instead of a regex per list.
const wordSet = (list: string): Set<string> => new Set(list.split(' '));

const CLAUSE_BREAK = /[;:()\u201c\u201d"\u2014\u2013]|,\s|\b(?:as|while|after|before|when|that|because|but|although|though|whereas|which|who|where|until|once|if|since|so)\s/gi;
const WORD = /[A-Za-z][A-Za-z'\u2019-]*/g;

// Modals look forward from the time of writing: "could come as early as Tuesday", "should go home by Jan. 14".
const FUTURE_MARKER = wordSet("will shall 'll ’ll wo won't won’t would might should must may going");
// "is scheduled to", "are expected to", "plans to": future whatever the auxiliary.
const FUTURE_PARTICIPLE = wordSet("scheduled expected due set slated poised planned planning likely going intended intending aim aims plan plans intend intends hope hopes hoping expect expects expecting");
// Without an auxiliary only present forms look forward ("plans to"); "planned to" reports the past.
// "scheduled to", "set to" without an auxiliary are reduced relatives ("talks, set to resume Monday"): future too.
const FUTURE_VERB = wordSet("aim aims plan plans intend intends hope hopes hoping planning intending expect expects expecting going scheduled set due slated poised");
// Verbs of intention whose infinitive lies ahead of them: "has decided to admit them in early March".
const INTENT = wordSet("scheduled expected due set slated poised planned planning intended intending decided agreed promised pledged vowed threatened wanted hoped sought prepared ready");
// "has scheduled a news conference Thursday": the perfect of arranging looks forward.
const ARRANGED = wordSet("scheduled planned set called");
// Past verbs of arranging whose object lies ahead: "planned a rally on Saturday", "scheduled a vote for Monday".
const PLANNED = wordSet("planned scheduled");
const ARRANGED_FOR = wordSet("scheduled slated set due");
const PAST_AUX = wordSet("was were had did didn't didn’t wasn't wasn’t weren't weren’t hadn't hadn’t");
const PERFECT_AUX = wordSet("has have hasn't haven't hasn’t haven’t 've ’ve");
const PRESENT_AUX = wordSet("is are am does do doesn't don't doesn’t don’t isn't aren't isn’t aren’t can");
// Common irregular past forms in news (regular ones end in -ed).
const IRREGULAR_PAST = new Set(LEX.irregularPast);
// -ed words that are rarely finite verbs in news.
const NOT_VERB_ED = new Set(['united', 'red', 'bed', 'need', 'speed', 'seed', 'hundred', 'armed', 'based', 'so-called', 'indeed', 'feed', 'shed', 'sacred', 'naked', 'wicked', 'detailed', 'limited', 'related', 'proposed', 'alleged', 'disputed', 'besieged', 'embattled', 'fed',
  'unspecified', 'unidentified', 'unnamed', 'unexpected', 'unprecedented', 'unarmed', 'unconfirmed', 'unrelated', 'unexplained', 'undisclosed',
  'unprovoked', 'unscheduled', 'unverified', 'so-called', 'self-proclaimed', 'self-styled', 'rebel-held', 'government-held']);
const AUX_FILLER = wordSet("not n't also still already just never soon then now be been being have only likely probably finally");
const BASE_AFTER_MODAL = wordSet("meet open take hold begin start resume visit come go return vote sign end close leave arrive announce hold make give decide report release");
// Verbs of attribution that close a news sentence: "…, officials said."
const REPORTING = wordSet("said says told reported added stated announced confirmed");
// "say" takes a clause, not an object (unlike "announced a drop … for the fourth quarter").
const SAY = wordSet("said says say");
const PREPOSITION = wordSet("in on at by during from after before since late early earlier later yesterday today last this that to with for about");
const DETERMINER = wordSet("the a an this that these those its their his her our my your of for and or been being be get got become");

type VerbGroup = { at: number; tense: Tense; word: string };

function verbGroups(clause: string, offset: number): VerbGroup[] {
  const out: VerbGroup[] = [];
  const words: { w: string; at: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(clause); m; m = WORD.exec(clause)) words.push({ w: m[0], at: offset + m.index });
  // After an auxiliary, skip adverbs, "be"/"been" and the verb it governs: "would still be held" is one future group.
  const skipGoverned = (i: number): number => {
    while (i + 1 < words.length && AUX_FILLER.has(words[i + 1]!.w.toLowerCase())) i++;
    const w = words[i + 1]?.w.toLowerCase() ?? '';
    return /^[a-z]/.test(w) && (/(?:ed|en)$/.test(w) || IRREGULAR_PAST.has(w) || BASE_AFTER_MODAL.has(w) || FUTURE_PARTICIPLE.has(w)) ? i + 1 : i;
  };
  for (let i = 0; i < words.length; i++) {
    const { w, at } = words[i]!;
    const lw = w.toLowerCase();
    const next = words[i + 1]?.w.toLowerCase() ?? '';
    const prev = words[i - 1]?.w ?? '';
    // "May" with a capital inside a sentence is the month ("on the 6th of May"), not the modal.
    if ((FUTURE_MARKER.has(lw) && !(w === 'May' && i > 0)) || (lw === 'going' && next === 'to')) { out.push({ at, tense: 'future', word: lw }); i = skipGoverned(i); continue; }
    // "talks, slated for September", "a meeting set for Monday": a reduced relative of arranging looks forward.
    if (FUTURE_VERB.has(lw) && (next === 'to' || (next === 'for' && ARRANGED_FOR.has(lw)))) { out.push({ at, tense: 'future', word: lw }); i++; continue; }
    if (PERFECT_AUX.has(lw) && ARRANGED.has(next)) { out.push({ at, tense: 'future', word: lw }); i++; continue; }
    if (PAST_AUX.has(lw) || PERFECT_AUX.has(lw)) {
      out.push({ at, tense: 'past', word: lw });
      i = skipGoverned(i);
      // "was to resume Tuesday", "were planning to drive … on Monday": the infinitive looks forward from then.
      if (words[i + 1]?.w.toLowerCase() === 'to' && (INTENT.has(words[i]!.w.toLowerCase()) || FUTURE_PARTICIPLE.has(words[i]!.w.toLowerCase()) || /^(?:was|were)$/i.test(words[i]!.w))) out.push({ at: words[i + 1]!.at, tense: 'future', word: 'to' });
      continue;
    }
    if (PRESENT_AUX.has(lw)) {
      // "is expected to", "is scheduled for December", "is due in May": arranged, so future.
      const j = skipGoverned(i);
      // "is to resume trading Tuesday": a plan.
      const plan = j > i ? FUTURE_PARTICIPLE.has(words[j]!.w.toLowerCase()) : words[i + 1]?.w.toLowerCase() === 'to';
      out.push({ at, tense: plan ? 'future' : 'present', word: lw });
      i = j;
      continue;
    }
    if (IRREGULAR_PAST.has(lw) || (/[a-z]ed$/.test(lw) && lw.length > 4 && !NOT_VERB_ED.has(lw) && !DETERMINER.has(prev.toLowerCase()) && !/^[A-Z]/.test(w))) {
      out.push({ at, tense: 'past', word: lw });
      // "planned to leave on Thursday": past plan, future infinitive; a date after "to" takes the latter.
      if (INTENT.has(lw) && next === 'to') out.push({ at: words[i + 1]!.at, tense: 'future', word: 'to' });
      // "planned a large demonstration on Saturday": what was planned or scheduled lies ahead of the planning.
      else if (PLANNED.has(lw) && next && !/^(?:on|in|at|by|for|last|this|that|early|late|and|but)$/.test(next)) out.push({ at: words[i + 1]!.at, tense: 'future', word: lw });
    }
  }
  return out;
}

interface Clause { from: number; to: number; subordinate: boolean; groups?: VerbGroup[] }
interface Analysis { sentence: string; clauses: Clause[] }
// One sentence usually holds several dates: analyse it once (a one-entry cache keeps the core stateless enough).
let last: Analysis | null = null;

function analyse(sentence: string): Analysis {
  if (last?.sentence === sentence) return last;
  const clauses: Analysis['clauses'] = [];
  let from = 0, subordinate = false;
  const cut = (to: number, next: number, word: boolean) => { clauses.push({ from, to, subordinate }); from = next; subordinate = word; };
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) cut(m.index, m.index + m[0].length, /^[a-z]/i.test(m[0]));
  cut(sentence.length, sentence.length, false);
  last = { sentence, clauses };
  return last;
}

/** The tense of the clause around `at` in `sentence` (at = offset into sentence). */
export function detectTense(sentence: string, at = 0): Tense {
  const { clauses } = analyse(sentence);
  // Verb groups are found lazily, clause by clause: most dates need only their own clause.
  const groupsOf = (c: Clause): VerbGroup[] => (c.groups ??= verbGroups(sentence.slice(c.from, c.to), c.from));
  // Binary search: a hostile page may be one sentence with thousands of clauses and dates.
  let lo = 0, hi = clauses.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at < clauses[mid]!.to) hi = mid; else lo = mid + 1;
  }
  const clause = clauses[lo]!;
  let before: VerbGroup | undefined, after: VerbGroup | undefined;
  for (const g of groupsOf(clause)) {
    if (g.at < at) before = g;
    else if (!after) after = g;
  }
  // "The UN said talks open on Thursday": a date inside the reported clause is not governed by "said" (whose own
  // dates follow it directly or after a preposition: "said Thursday", "said in a statement on Thursday"). That clause's
  // verb is often a present form we cannot see: its tense is then unknown, not past.
  if (before && SAY.has(before.word)) {
    const between = sentence.slice(before.at, at).match(WORD) ?? [];
    if (between.length >= 3 && !PREPOSITION.has(between[1]!.toLowerCase())) before = undefined, after ??= { at, tense: 'present', word: '' };
  }
  // A clause without a verb ("On Friday,", "Poland, Hungary and … in early March") takes the nearest verb before it,
  // else the nearest after it.
  let chosen = before ?? after;
  // (skipping subordinate clauses: "ruled that Elian must be returned …, and set Friday" is governed by "ruled").
  for (let k = lo - 1; !chosen && k >= 0; k--) if (!clauses[k]!.subordinate) chosen = groupsOf(clauses[k]!).at(-1);
  // A closing attribution ("…on Tuesday, diplomats said.") reports the clause before it; its time is not the date's.
  for (let k = lo + 1; !chosen && k < clauses.length; k++) {
    const groups = groupsOf(clauses[k]!);
    if (k === clauses.length - 1 && groups.length === 1 && REPORTING.has(groups[0]!.word)) break;
    chosen = groups[0];
  }
  return chosen?.tense ?? 'present';
}
