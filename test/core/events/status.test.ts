import { describe, expect, it } from 'vitest';
import { analyse } from './helpers.js';

// sentence, publication date → status of its first event
const cases: [string, string, string][] = [
  ['Syrian troops captured the village on Monday.', '2019-05-08', 'happened'],
  ['Syria’s government and opposition is scheduled to meet late on Monday.', '2017-07-10', 'scheduled'],
  ['On Monday, Assad’s successor is expected to meet with US President Donald Trump.', '2025-11-08', 'expected'],
  ['Airstrikes reportedly killed 12 people in Idlib on Sunday.', '2019-05-06', 'claimed'],
  ['The talks in Geneva will resume on Feb. 20.', '2017-02-06', 'expected'],
  // No trigger, but a future tense: the coming Thursday.
  ['The UN envoy will brief the Security Council on Thursday.', '2018-03-13', 'expected'],
];

describe('event status', () => {
  it.each(cases)('%s', (text, published, status) => {
    expect(analyse(text, published).events[0]?.status).toBe(status);
  });
});
