// A small hand-made Timeline covering every precision, status and date source the panel renders.
import type { ArticleEvent, EventDate, Timeline } from '../../src/core/types.js';

let n = 0;
function ev(label: string, date: EventDate | null, extra: Partial<ArticleEvent> = {}): ArticleEvent {
  const i = n++;
  return {
    id: `e${i}`, label, type: 'other', status: 'happened', trigger: { start: 0, end: 1, text: label.slice(0, 1) }, date,
    participants: [], places: [], evidence: { start: 0, end: label.length, text: `${label}.` }, sentence: i, tags: [], ...extra,
  };
}

export function fixtureTimeline(overrides: Partial<Timeline> = {}): Timeline {
  n = 0;
  return {
    title: 'Iran makes pitch for <b>expansion</b> of Syria ceasefire',
    url: 'https://example.org/news/iran-syria',
    lang: 'en',
    dir: 'ltr',
    published: { date: '2017-07-10', source: 'json-ld/datePublished', confidence: 'high', evidence: [] },
    verdict: { syriaConflict: true, isNews: true, pageKind: 'article', score: 20, reasons: [] },
    events: [
      ev('Talks resume in Geneva', { value: '2017-07-10', precision: 'day', source: 'inferred', mention: { start: 0, end: 9, text: 'on Monday' } },
        { type: 'talks', status: 'scheduled',
          participants: [{ id: 'staffan-de-mistura', name: 'Staffan de Mistura', kind: 'person', text: 'de Mistura', start: 0, end: 1, confidence: 1 }],
          places: [{ id: 'geneva', name: 'Geneva', kind: 'place', text: 'Geneva', start: 0, end: 1, confidence: 1 }] }),
      ev('Ceasefire announced for the southwest', { value: '2017-07-07', precision: 'day', source: 'text' }, { type: 'ceasefire' }),
      ev('War began', { value: '2011-03', precision: 'month', source: 'text' }, { type: 'military' }),
      ev('Last round ended', { value: '2017-05', precision: 'month', source: 'inferred' }),
      ev('Something undated', null),
    ],
    context: [
      { kb: 'g20-hamburg-2017', title: 'G20 summit in Hamburg', date: { from: '2017-07-07', to: '2017-07-08' }, type: 'meeting', why: 'Trump and Putin met there.' },
    ],
    explainers: [
      { id: 'staffan-de-mistura', name: 'Staffan de Mistura', kind: 'person', summary: 'UN special envoy for Syria (2014–2018).',
        later: [{ date: '2018-10-17', text: 'Announced his resignation.' }], mentions: 2, sources: ['https://www.un.org/', 'javascript:alert(1)'] },
      { id: 'geneva', name: 'Geneva', kind: 'place', summary: 'Swiss city hosting the UN-led talks.', later: [], mentions: 3, sources: [] },
    ],
    ...overrides,
  };
}
