// What parsers propose and refiners rework before it becomes a TemporalMention.
import type { Precision, Sentence, TemporalMention, TimexType } from '../types.js';

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';
/** -1 last/previous, 0 this, 1 next, null = decided by the tense of the governing verb. */
export type Shift = -1 | 0 | 1 | null;

/** A value the text leaves incomplete; refiners resolve it against the document date or the previous mention. */
export type Relative =
  | { kind: 'weekday'; weekday: number; shift: Shift; previous?: boolean; weekend?: boolean }
  /** weekday: the day the text also names ("Thursday, April 6"), which picks the year they agree in. */
  | { kind: 'month'; month: number; day?: number; shift: Shift; yearOffset?: number; weekday?: number }
  | { kind: 'holiday'; name: string; shift: Shift }
  | { kind: 'season'; season: 'SP' | 'SU' | 'FA' | 'WI'; shift: Shift }
  | { kind: 'quarter'; quarter: number | null; shift: Shift; yearOffset?: number }
  | { kind: 'half'; half: number; shift: Shift }
  /** n units from the document date ("yesterday", "last year", "two weeks ago") or the previous mention ("two days later"). */
  | { kind: 'offset'; unit: Unit; n: number; from: 'document' | 'previous'; follow?: boolean };

export interface Draft {
  start: number;
  end: number;
  type: TimexType;
  /** Final value when the text states it (or it needs no anchor: P3Y, PRESENT_REF). */
  value: string;
  rel?: Relative;
  /** Time-of-day suffix appended to a resolved day: "TMO", "TNI", "T10:35". */
  tod?: string;
  precision: Precision | null;
  stated: boolean;
  anchor: TemporalMention['anchor'];
  range?: TemporalMention['range'];
  tags: string[];
  sentence: Sentence;
}

/** What an extractor returns: the executor adds offsets, sentence and the parser tag. */
export type Proposal = Pick<Draft, 'type' | 'precision'> & Partial<Pick<Draft, 'value' | 'rel' | 'tod' | 'stated'>> & {
  /** Trim the match: [offset from match start, length]. */
  span?: [number, number];
};

export interface TemporalParser {
  name: string;
  /** Global, case-insensitive; word boundaries are the pattern's job. */
  pattern: RegExp;
  /** A cheap test every match needs (a literal the pattern cannot do without): paragraphs without it are skipped. */
  gate?: RegExp;
  /** Only for pages in other languages: skipped when the page is known to be English (TemporalContext.lang). */
  otherLanguages?: boolean;
  /** `text` is the paragraph the match was found in (for context before and after the match). */
  extract(m: RegExpExecArray, text: string): Proposal | null;
}

export interface RefineContext {
  reference: string | null;
  text: string;
}

export interface TemporalRefiner {
  name: string;
  refine(drafts: Draft[], ctx: RefineContext): Draft[];
}
