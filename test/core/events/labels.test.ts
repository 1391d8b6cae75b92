import { describe, expect, it } from 'vitest';
import { analyse } from './helpers.js';

// sentence, publication date → labels of its events, in timeline order: the article's words, date phrases left out
const cases: [string, string, string[]][] = [
  ['Syrian regime forces advanced into the city of Khan Shaykhun in southern Idlib late on Monday.', '2019-08-20',
    ['Syrian regime forces advanced into the city of Khan Shaykhun in southern Idlib']],
  ['BEIRUT -- Hard-line Syrian rebel groups seized a strategic town in northwestern Syria on Saturday.', '2015-04-26',
    ['Hard-line Syrian rebel groups seized a strategic town in northwestern Syria']],
  ['The last talks ended in May with little progress towards ending a war that has killed more than 320,000 people since it began in March 2011.', '2017-07-10',
    ['A war that has killed more than 320,000 people since it began', 'The last talks ended with little progress towards ending a war']],
  ['As he arrived for the talks on Monday, UN Syria envoy Staffan de Mistura said: “We will work very hard.”', '2017-07-10',
    ['Staffan de Mistura arrived for the talks']],
  ['During last month’s talks in Astana, Iran, Russia and Turkey agreed on establishing de-escalation zones.', '2017-07-04',
    ['Talks in Astana, Iran, Russia and Turkey agreed on establishing de-escalation zones']],
  ['The talks, which began on Monday, are expected to end on Friday.', '2016-02-24',
    ['The talks, which began', 'The talks are expected to end']],
  ['The ceasefire, which took effect at midnight on Friday, largely held on Saturday.', '2016-02-28',
    ['The ceasefire, which took effect', 'The ceasefire largely held']],
  ['In Astana peace talks, Russia, Turkey and Iran tried to finalise an agreement on creating four de-escalation zones in Syria but failed to reach an agreement.', '2017-07-10',
    ['In Astana peace talks, Russia, Turkey and Iran tried to finalise an agreement on creating four de-escalation…']],
  ['The fighting, now in its sixth year, has displaced millions.', '2016-03-12', ['The fighting, now in its sixth year, has displaced millions']],
  ['The opposition High Negotiations Committee said on Saturday it would attend the talks, which are set to begin on Monday.', '2016-03-12',
    ['The opposition High Negotiations Committee said it would attend the talks', 'The talks, which are set to begin']],
];

describe('labels', () => {
  it.each(cases)('%s', (text, published, labels) => {
    expect(analyse(text, published).events.map(e => e.label)).toEqual(labels);
  });
});
