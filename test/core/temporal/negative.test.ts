// Strings that look like dates but are not: none may yield a mention.
import { describe, expect, it } from 'vitest';
import { found } from './tag.js';

describe('not dates', () => {
  it.each([
    'Inflation reached 12.53% in the period.',
    'An F-16 was shot down.',
    'Resolution 2254 calls for elections.',
    'He carried the 1990s-era rifle.',
    'The war, now in its seventh year, goes on.',
    'More than 2000 people fled.',
    'The price is $2000.',
    'They may agree.',
    'Prices fall as supply rises.',
    'The Arab Spring changed the region.',
    'A new chapter began with the fall of the Assad regime.',
    'Blunt warns the future of the region is at stake.',
    'Jan Egeland spoke to reporters.',
    'A 6-year-old boy was rescued.',
    'About three-quarters of the fighters left.',
    'A quarter of the vote went to him.',
    'They were sitting on a March 8 Square bench.',
    'Fighters of the 17th Division and the March 8 Revolution party met.',
    'More than two thousand people fled.',
    'He read the Sun. She was a Wed. guest.',
    'The team won 3:1 and the ratio was 10:30.',
    'Scores were 5-10-15 and version 3.5.2 shipped.',
    'They marched in the first May Day parade.',
    'Pérez said 3 ago, 5 mars bars and 10 mai tais were sold.',
    'في 15 رمضان قتل 3 أشخاص',
    'He flew to Santo Domingo for Mardi Gras.',
    'Mr. Reupke, 52 years old, resigned.',
    'This is VOA Today.',
    'He was named man of the year.',
    'At the end of the day, it is about trust.',
    'The chips of choice in many of today’s personal computers.',
    'He chose the people of tomorrow.',
    'It was high noon for Gary Cooper in High Noon.',
  ].map(t => [t]))('%s', text => {
    expect(found(text, '2017-07-10')).toEqual([]);
  });
});
