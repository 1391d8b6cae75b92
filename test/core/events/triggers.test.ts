import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../src/core/events/triggers.js';

// sentence → triggers as "text:form:type"
const cases: [string, string[]][] = [
  ['Syrian troops captured the village on Monday.', ['captured:finite:military']],
  ['The talks are scheduled to open on Tuesday.', ['talks:nominal:talks', 'open:infinitive:other']],
  ['A ceasefire took effect in three provinces.', ['ceasefire:nominal:ceasefire', 'took effect:finite:ceasefire']],
  ['Rebels began abandoning their stronghold.', ['began:finite:other', 'abandoning:finite:military']],
  ['The regime forces have been attacking the region.', ['attacking:finite:attack']],
  ['Civilians fled the besieged town.', ['fled:finite:displacement']],
  ['The council will also vote on Friday.', ['vote:modal:political']],
  ['“We discussed it,” he said.', ['discussed:finite:talks', 'said:finite:statement']],
  ['The talks opened on Jan. 23.', ['talks:nominal:talks', 'opened:finite:other']],
  // Escalation verbs: a war erupts, raids are intensified, operations stepped up, fighting breaks out.
  ['Israel has intensified its raids since the war erupted.', ['intensified:finite:military', 'raids:nominal:attack', 'erupted:finite:military']],
  ['Government forces stepped up operations after fighting broke out.', ['stepped up:finite:military', 'fighting:ing:military', 'broke out:finite:military']],
];

describe('findTriggers', () => {
  it.each(cases)('%s', (sentence, expected) => {
    expect(findTriggers(sentence).map(t => `${t.text}:${t.form}:${t.type}`)).toEqual(expected);
  });

  it('marks words inside quotation marks', () => {
    expect(findTriggers('“We discussed it,” he said.').map(t => t.quoted)).toEqual([true, false]);
  });
});
