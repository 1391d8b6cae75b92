// One event mentioned twice is one timeline item; distinct events stay apart. text, publication date → items
// ("date trigger" or "undated trigger"), in timeline order.
import { describe, expect, it } from 'vitest';
import { analyse } from './helpers.js';

const items = (text: string, published: string) =>
  analyse(text, published).events.map(e => `${e.date?.value ?? 'undated'} ${e.trigger.text}`);

const cases: [string, string, string[]][] = [
  // A participle report of the day a later sentence reports with a finite verb.
  ['Russia and Jordan announced a ceasefire on Friday and starting on Sunday. The talks open after a ceasefire took effect in southern Syria on Sunday.', '2017-07-10',
    ['2017-07-07 announced', '2017-07-09 took effect']],
  // An undated report that refers back ("The ceasefire was brokered") joins the dated one with the same actors.
  ['The United States, Russia and Jordan announced a ceasefire on Friday. The ceasefire was brokered by the United States, Russia and Jordan.', '2017-07-10',
    ['2017-07-07 announced']],
  // Each sentence's only dated event stays, even when another sentence reports the same day.
  ['Two days of talks in Astana opened Jan. 23. Monday’s meeting is the largest gathering to date.', '2017-01-23',
    ['2017-01-23 opened', '2017-01-23 meeting']],
  // Two strong reports on different days are two events.
  ['Rebels seized the town on Saturday. Government forces recaptured the town on Sunday.', '2015-04-27',
    ['2015-04-25 seized', '2015-04-26 recaptured']],
  // Reports naming different people are different events.
  ['Vladimir Putin met Recep Tayyip Erdogan in Sochi on Tuesday. Sergei Lavrov also met Hakan Fidan in Sochi.', '2019-10-23',
    ['2019-10-22 met', '2019-10-22 met']],
  // Two statements told by their own verbs are two items, though the second inherits the day.
  ['Moscow informed Ankara that the pullout had been completed, Turkish President Recep Tayyip Erdogan said on Tuesday. Earlier in the day, Russian Defense Minister Sergei Shoigu announced that the pullout had been finished.',
    '2019-10-30', ['2019-10-29 said', '2019-10-29 announced']],
  // An undated finite report that does not refer back is its own item.
  ['Rebels seized the town on Saturday. Government jets bombed the market.', '2015-04-27',
    ['2015-04-25 seized', '2015-04-25 bombed']],
];

describe('dedupe', () => {
  it.each(cases)('%s', (text, published, expected) => {
    expect(items(text, published)).toEqual(expected);
  });
});
