import type { DateEvidence } from '../types.js';

/** What a piece of evidence claims to be: the publication, a later modification, or just "a date". */
export type Role = 'published' | 'modified' | 'other';

/** One extractor's proposal; the resolver weighs them. */
export interface Candidate extends DateEvidence {
  role: Role;
  /** Document order among the extractor's own proposals (0 = first on the page). */
  order: number;
  /** Tied to the article itself (an Article-typed JSON-LD node, an element inside <article>/<main> or the headline's block). */
  article?: boolean;
}
