// One sentence (or two), one reference date, the dated events it yields ("value trigger").
import { describe, expect, it } from 'vitest';
import { analyse, dated } from './helpers.js';

const cases: [string, string, string[]][] = [
  ['Syrian government forces took control of a town south of Idlib city on Tuesday, a war monitor said.', '2020-01-28', ['2020-01-28 took control']],
  ['Hard-line rebel groups seized a strategic town in northwestern Syria on Saturday.', '2015-04-26', ['2015-04-25 seized']],
  // Two dates, two verbs: each date governs its own.
  ['The United States, Russia and Jordan announced a ceasefire for the southwest on Friday and starting on Sunday.', '2017-07-10',
    ['2017-07-07 announced', '2017-07-09 starting']],
  // A scheduled meeting "on Monday" is the coming Monday even when the tense points back.
  ['The Council has lifted sanctions, paving the way for his upcoming meeting with Trump at the White House on Monday.', '2025-11-07',
    ['2025-11-10 meeting']],
  // "a day after X" dates X from the event it is measured from, not from the previous date plus one.
  ['The United States on Friday lifted sanctions, a day after the Security Council made a similar decision.', '2025-11-07',
    ['2025-11-06 decision', '2025-11-07 lifted']],
  ['US President Donald Trump announced on Tuesday that Washington will remove all sanctions. The announcement comes five months after the overthrow of Assad.', '2025-05-13',
    ['2024-12 overthrow', '2025-05-13 announced']],
  // "hours after X": X's day is the event's.
  ['Rebels shelled the town on Sunday, hours after a ceasefire took effect.', '2016-02-29', ['2016-02-28 shelled', '2016-02-28 took effect']],
  // When X has its own date, the event before the connector is measured from it.
  ['The strike came the day after the talks collapsed on Tuesday.', '2016-02-29', ['2016-02-23 collapsed', '2016-02-24 strike']],
  // The publication day measures only from a sentence told in the present: a past statement "issued the day before the
  // vote" happened on some earlier day the sentence does not give.
  ['The ministers said in a statement issued the day before the vote that the election will not be fair.', '2021-05-30', []],
  // "days after" says no date.
  ['Government forces attacked the town days after the truce was agreed.', '2016-02-29', []],
  // "since January" dates the clause before it.
  ['Syria’s warring factions have held four rounds of negotiations in Kazakhstan since January.', '2017-07-04', ['2017-01 held']],
  ['The city had been in the hands of anti-Assad groups since 2014.', '2019-08-20', ['2014 ']],
  // What has gone on "since early July" began before a January article.
  ['Madaya has been besieged since early July by government forces.', '2016-01-11', ['2015-07 besieged']],
  // No trigger, a future tense: the coming Thursday.
  ['The UN envoy will brief the Security Council on Thursday.', '2018-03-13', ['2018-03-15 ']],
  ['Peace talks are due to resume in Geneva on Feb. 25, UN envoy Staffan de Mistura said on Wednesday.', '2016-02-17',
    ['2016-02-17 said', '2016-02-25 resume']],
  // A bare weekday that falls on the sentence's calendar date names it (2 January 2023 was a Monday) …
  ['The latest attack on Damascus came on January 2, when the Syrian army said Israeli forces fired rockets at the airport early Monday morning.', '2023-02-19',
    ['2023-01-02 fired']],
  // … but not a date on the other side of publication, nor one a week from the weekday's own reading.
  ['Rebels attacked the town on Monday, and talks are due to resume on March 20.', '2017-03-01', ['2017-02-27 attacked', '2017-03-20 resume']],
  ['Rebels attacked the town on Monday, a week after the talks of February 20.', '2017-03-01', ['2017-02-20 talks', '2017-02-27 attacked']],
  // A month without a year that the tagger put after publication is the last one for an event told in a past form …
  ['The rapprochement comes as Saudi Arabia and Iran agreed to restore ties in March.', '2023-05-19', ['2023-03 agreed']],
  ["Al-Baghdadi's presence in the village would come as a surprise, even if some ISIS leaders are believed to have fled to Idlib after losing territory in March.",
    '2019-10-27', ['2019-03 fled']],
  // … and the coming one for an expected event, also when the tagger read a day half a year back, but not a recent day.
  ['Talks between the two sides are expected to resume in March.', '2019-10-27', ['2020-03 resume']],
  ['Trump said his deputy will take over as acting secretary on January 1.', '2018-12-24', ['2019-01-01 take']],
  ['According to a presidential decree issued on Aug. 27, 140 of the 210 members will be elected.', '2025-09-21', ['2025-08-27 elected']],
  // A present "begins" in a sentence told in the past keeps the coming day.
  ['The envoy confirmed that the committee will continue its work next week when a small body begins its sessions on November 4.', '2019-11-02',
    ['2019-W45 continue', '2019-11-04 begins']],
  // A clock time the tagger read apart from the day right after it belongs to that day.
  ['"Within 150 hours starting at 12:00 noon on October 23, YPG fighters will be removed," Erdogan said.', '2019-10-22', ['2019-10-23 starting']],
  // A named month's day range is dated by its first day.
  ['The Syrian Congress of National Dialogue will be held in Sochi on January 29-30.', '2018-01-29', ['2018-01-29 held']],
  // A meeting the announcement followed shares its day.
  ['Russia and Jordan announced a ceasefire on Friday after a meeting between Trump and Putin in Hamburg.', '2017-07-10',
    ['2017-07-07 announced', '2017-07-07 meeting']],
];

describe('event dating', () => {
  it.each(cases)('%s (published %s)', (text, published, expected) => {
    expect(dated(analyse(text, published))).toEqual(expected);
  });

  it('records how each date was found', () => {
    const t = analyse('The United States on Friday lifted sanctions, a day after the Security Council made a similar decision.', '2025-11-07');
    expect(t.events.map(e => e.tags.find(x => x.startsWith('date/')))).toEqual(['date/relative-anchor', 'date/governing-mention']);
  });

  it('dates a past sentence without a date from the previous one in its paragraph', () => {
    const t = analyse('Hundreds of civilians on Sunday left the town of Douma. Rebels attacked a checkpoint nearby.', '2018-03-25');
    expect(t.events.map(e => [e.date?.value, e.date?.source])).toEqual([['2018-03-25', 'inferred'], ['2018-03-25', 'discourse']]);
  });

  it('merges a report of the same event dated only by the discourse', () => {
    const t = analyse('Hundreds of civilians on Sunday left the town of Douma. The evacuees departed Douma amid a calm.', '2018-03-25');
    expect(t.events.map(e => [e.date?.value, e.trigger.text, e.tags.includes('dedupe/also-sentence-1')])).toEqual([['2018-03-25', 'left', true]]);
  });

  it('does not carry a background date into the next sentence', () => {
    const t = analyse('The announcement marks the end of the caliphate, which at its height in 2014 covered large swathes of Syria and Iraq. SDF spokesman Mustafa Bali announced the victory on Twitter.', '2019-03-23');
    expect(t.events.find(e => e.trigger.text === 'announced')?.date ?? null).toBeNull();
  });

  it('dates a present-tense statement by the publication date', () => {
    const t = analyse('The Syrian Observatory says the town is quiet.', '2018-03-25');
    expect(t.events.map(e => [e.date?.value, e.date?.source, e.type])).toEqual([['2018-03-25', 'publication', 'statement']]);
  });

  it('leaves the end of a day range out of the label', () => {
    expect(analyse('The Syrian Congress of National Dialogue will be held in Sochi on January 29-30.', '2018-01-29').events.map(e => e.label))
      .toEqual(['The Syrian Congress of National Dialogue will be held in Sochi']);
  });
});
