// The contracts between pipeline stages. Offsets (start/end) always index Article.text, end exclusive.
// Only pipeline.ts knows the order of the stages; each stage reads and returns these types.

/** YYYY-MM-DD */
export type IsoDay = string;

export interface Span {
  start: number;
  end: number;
}

/** Granularity a date is known to; the panel prints a date at exactly this precision. */
export type Precision = 'time' | 'day' | 'week' | 'month' | 'season' | 'quarter' | 'half' | 'year' | 'decade' | 'century' | 'range';

// ---------- detect ----------

export type PageKind = 'article' | 'live-blog' | 'section' | 'other';

export interface Verdict {
  /** A news article (or live blog) whose subject is the Syrian conflict. */
  syriaConflict: boolean;
  isNews: boolean;
  pageKind: PageKind;
  score: number;
  /** Human-readable, shown in the popup: "mentions Astana talks, Damascus". */
  reasons: string[];
}

/** What detection may look at: cheap page signals plus the article text once extracted. */
export interface DetectInput {
  url: string | null;
  title: string;
  description?: string | null;
  keywords?: string | null;
  ogType?: string | null;
  jsonLdTypes?: string[];
  /** The article body (or the first paragraphs for the gate). */
  text: string;
  /** Readability's isProbablyReaderable, when a DOM was available. */
  readerable?: boolean;
  byline?: string | null;
  /** Structural hints about the page (many headline links, few paragraphs …) when a DOM was available. */
  linkDensity?: number;
  /** Links inside headings (h1–h4): a section front lists many. */
  headlineLinks?: number;
}

// ---------- extract ----------

export interface Article {
  url: string | null;
  title: string;
  /** Body text: paragraphs joined by "\n\n". All offsets index this string. */
  text: string;
  paragraphs: Span[];
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  byline: string | null;
  siteName: string | null;
  excerpt: string | null;
  /** How the text was obtained. */
  source: 'readability' | 'text' | 'page-text';
}

// ---------- publication date ----------

export type Confidence = 'high' | 'medium' | 'low' | 'none';

export interface DateEvidence {
  /** e.g. "json-ld/datePublished", "meta/article:published_time", "url", "time[datetime]", "dateline" */
  source: string;
  date: IsoDay;
  raw: string;
  /** What the evidence claims to be: the publication, a later modification, or just a date on the page. */
  role?: 'published' | 'modified' | 'other';
}

export interface PublishedDate {
  date: IsoDay | null;
  /** The evidence that decided it, or "given" (CLI/JSON input) or "none". */
  source: string;
  confidence: Confidence;
  evidence: DateEvidence[];
}

// ---------- sentences ----------

export interface Sentence extends Span {
  index: number;
  text: string;
  paragraph: number;
}

// ---------- temporal ----------

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TemporalMention extends Span {
  text: string;
  type: TimexType;
  /** TIMEX3 value as TempEval-3 defines it: 2017-07-07, 2017-05, 199X, 2016-SP, 2017-W28, PRESENT_REF, P3Y, XXXX-XX-XX … */
  value: string;
  /** Calendar precision of a DATE/TIME value; null for durations, sets and PAST_REF-like references. */
  precision: Precision | null;
  /** True when the text states every part of the value ("7 July 2017"); false when some part was inferred. */
  stated: boolean;
  /** What a relative value was resolved against. */
  anchor: 'none' | 'document' | 'previous';
  /** A span of time: "between 2012 and 2016", "since March 2011" (to = null: open-ended). */
  range?: { from: string; to: string | null };
  /** Provenance: parser/weekday, refiner/resolve-tense … */
  tags: string[];
}

export interface TemporalContext {
  /** Reference (document creation / publication) date; null = unknown, relative values stay unresolved. */
  reference: IsoDay | null;
  lang?: string | null;
}

// ---------- knowledge base ----------

export type EntityKind =
  | 'person' | 'armed-group' | 'government' | 'state' | 'coalition' | 'organisation' | 'un'
  | 'place' | 'process' | 'concept' | 'agreement';

export interface KbValidity {
  from?: IsoDay | string;
  to?: IsoDay | string;
}

export interface KbEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  /** Aliases shared with another entity on purpose ("Assad" = person and family); linking then needs context. */
  ambiguous?: boolean;
  /** Neutral explainer written by us, true as of `valid.from`. */
  summary: string;
  /** Dated later developments; the panel shows those after the article's date as "later". */
  timeline?: { date: string; text: string }[];
  valid: KbValidity;
  /** Id of the governorate entity a place lies in (`idlib-governorate`). */
  governorate?: string;
  /** Words that, near an ambiguous alias, speak for this entity ("province" for a governorate). */
  cues?: string[];
  sources: string[];
}

export interface KbEvent {
  id: string;
  title: string;
  /** ISO day, month or year; `to` for multi-day events. */
  date: { from: string; to?: string };
  type: EventType;
  /** Phrases that name it in news text ("seventh round", "Geneva VII"). */
  aliases: string[];
  entities: string[];
  /** Series it belongs to (geneva, astana …) and its ordinal there, so "the seventh round" links. */
  series?: string;
  round?: number;
  summary: string;
  /** Where sources disagree (date, round count, toll), said plainly so the panel can show it rather than pick one. */
  disputed?: string;
  sources: string[];
}

export interface EntityMention extends Span {
  id: string;
  name: string;
  kind: EntityKind;
  text: string;
  confidence: number;
  /** Other entities an ambiguous alias could name, when the context did not decide. */
  alternatives?: string[];
}

// ---------- events & timeline ----------

export type EventType =
  | 'talks' | 'meeting' | 'agreement' | 'ceasefire' | 'military' | 'attack' | 'casualties' | 'statement'
  | 'humanitarian' | 'political' | 'sanctions' | 'displacement' | 'legal' | 'other';

export type EventStatus = 'happened' | 'ongoing' | 'scheduled' | 'expected' | 'claimed';

export interface EventDate {
  value: string;
  precision: Precision;
  /** Where the date came from: the sentence's own mention, the discourse, the publication date, or the knowledge base. */
  source: 'text' | 'inferred' | 'discourse' | 'publication' | 'kb';
  /** The temporal mention it rests on, if any. */
  mention?: Span & { text: string };
  kb?: string;
}

export interface ArticleEvent {
  id: string;
  label: string;
  type: EventType;
  status: EventStatus;
  trigger: Span & { text: string };
  date: EventDate | null;
  participants: EntityMention[];
  places: EntityMention[];
  /** Knowledge-base event this is an instance of, with link confidence. */
  kb?: { id: string; confidence: number };
  evidence: Span & { text: string };
  sentence: number;
  tags: string[];
}

export interface ContextEvent {
  kb: string;
  title: string;
  date: { from: string; to?: string };
  type: EventType;
  why: string;
}

export interface Explainer {
  id: string;
  name: string;
  kind: EntityKind;
  /** As of the article's date. */
  summary: string;
  /** Developments after the article's date, marked as later context. */
  later: { date: string; text: string }[];
  mentions: number;
  sources: string[];
}

export interface Timeline {
  title: string;
  url: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  published: PublishedDate;
  verdict: Verdict;
  events: ArticleEvent[];
  context: ContextEvent[];
  explainers: Explainer[];
}
