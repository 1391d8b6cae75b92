// detectTense: the governing verb group of the clause around a position.
import { describe, expect, it } from 'vitest';
import { detectTense } from '../../../src/core/temporal/tense.js';

const at = (s: string, w: string) => detectTense(s, s.indexOf(w));

describe('detectTense', () => {
  it.each([
    ['Iran said on Monday as the opposition is scheduled to meet late on Monday.', 'on Monday', 'past'],
    ['Iran said on Monday as the opposition is scheduled to meet late on Monday.', 'late on Monday', 'future'],
    ['The last talks ended in May.', 'May', 'past'],
    ['On Friday, the talks resumed.', 'Friday', 'past'],
    ['Talks will resume on Monday.', 'Monday', 'future'],
    ['He said the vote would still be held on April 24.', 'April', 'future'],
    ['The closing, which is expected in December, was delayed.', 'December', 'future'],
    ['The company reports earnings Thursday.', 'Thursday', 'present'],
    ['The talks, set to resume Monday, were postponed.', 'Monday', 'future'],
    ['She has scheduled a news conference Thursday.', 'Thursday', 'future'],
    ['The team planned to leave Nairobi on Thursday.', 'Thursday', 'future'],
    ['Officials said they did not plan to remove him on Thursday morning.', 'Thursday', 'future'],
    ['NATO has decided to admit Poland, Hungary and the Czech Republic in early March.', 'March', 'future'],
    ['The split would be paid on a still unspecified date in January.', 'January', 'future'],
    ['The agency had ruled that he must be returned to his father, Juan, and set Friday as the deadline.', 'Friday', 'past'],
    ['Shares are to resume trading in Paris Tuesday.', 'Tuesday', 'future'],
    ['Protesters planned a large demonstration on Saturday.', 'Saturday', 'future'],
    ['The council meets on Tuesday, diplomats said.', 'Tuesday', 'present'],
    ['On May 6, Kopp was charged with the slaying.', 'May', 'past'],
    ['The UN said talks open on Thursday in Geneva.', 'Thursday', 'present'],
    ['Officials said in a statement on Thursday that 12 died.', 'Thursday', 'past'],
    ['Rebels said they shelled the city on Thursday.', 'Thursday', 'past'],
    ['The vote, slated for September, was postponed.', 'September', 'future'],
  ])('%s → "%s" is %s', (s, w, tense) => expect(at(s, w)).toBe(tense));
});
