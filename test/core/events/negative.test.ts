// Sentences whose time words date no event.
import { describe, expect, it } from 'vitest';
import { analyse, dated } from './helpers.js';

const cases: [string, string][] = [
  ['The town has been besieged by government forces for more than four years.', '2018-03-25'],
  ['Government forces recently regained most of the region.', '2018-03-25'],
  ['“We will work very hard,” he said.', '2017-07-10'],
  ['The rebels tried to secure the road.', '2017-07-10'],
  ['© 2020 Reuters', '2020-03-02'],
  ['Updated 13 March 2025', '2025-03-14'],
];

describe('no dated event', () => {
  it('"the fall of" is an event noun, not autumn', () => {
    const t = analyse('Diplomats said the move represents a new chapter since the fall of the Assad regime.', '2025-11-07');
    expect(t.events.map(e => e.date?.value)).not.toContain('2025-FA');
  });

  it.each(cases)('%s', (text, published) => {
    expect(dated(analyse(text, published)).filter(d => !d.startsWith(published))).toEqual([]);
  });
});

describe('datelines', () => {
  it('date the report, not an event', () => {
    const t = analyse('BEIRUT, Aug 20 (Reuters) – Rebels withdrew from Khan Sheikhoun on Monday, a monitor said.', '2019-08-20');
    expect(dated(t)).toEqual(['2019-08-19 withdrew']);
  });
});
