import type { DateEvidence } from '../types.js';

/** What a piece of evidence claims to be: the publication, a later modification, or just "a date". */
export type Role = NonNullable<DateEvidence['role']>;

/** One extractor's proposal; the resolver weighs them. */
export interface Candidate extends DateEvidence {
  role: Role;
  /** Document order among the extractor's own proposals (0 = first on the page). */
  order: number;
  /** JSON-LD only: the node is Article-like (not a WebPage, VideoObject …). */
  article?: boolean;
}
