export type Tense = 'past' | 'present' | 'future';

// Placeholder: the temporal engine (issue #3) replaces this with its governing-verb analysis.
/** The tense of the clause around `at` in `sentence` (at = offset into sentence). */
export function detectTense(sentence: string, _at = 0): Tense {
  if (/\b(will|shall|is (?:scheduled|expected|due|set) to|are (?:scheduled|expected|due|set) to|plans? to)\b/i.test(sentence)) return 'future';
  if (/\b(\w+ed|was|were|had|said|met|began|took|held|announced)\b/i.test(sentence)) return 'past';
  return 'present';
}
