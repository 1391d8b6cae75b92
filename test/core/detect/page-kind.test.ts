// Page kinds from url + title + text alone: each rule with one page it must catch, and articles it must leave alone.
import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../../src/core/detect/page-kind.js';
import type { DetectInput, PageKind } from '../../../src/core/types.js';

const p = (url: string, title: string, text: string, extra: Partial<DetectInput> = {}): DetectInput => ({ url, title, text, ...extra });
const story = 'Government forces shelled rebel positions near Idlib on Monday, a war monitor said, as talks in Astana stalled.';

const CASES: [string, DetectInput, PageKind, boolean][] = [
  ['a news article', p('https://example.com/world/2018/09/05/idlib-strikes', 'Jets hit Idlib as fears of an offensive mount', story), 'article', true],
  ['a news photo gallery', p('https://example.com/news/picture/syria-in-ruins', 'Syria in ruins', 'People inspect damage at a site hit by barrel bombs in Aleppo, March 7, 2014. REUTERS/Hosam Katan\nDamaged buildings are pictured at night in Aleppo, Syria, December 11, 2015. REUTERS/Ammar Abdullah\nCivilians walk past rubble in the Duma neighbourhood of Damascus, March 10, 2014. REUTERS/Bassam Khabieh'), 'article', true],
  ['a news explainer with question subheads', p('https://example.com/2024/12/09/assad-fall-what-next', 'The fall of Assad: how it happened and what comes next', 'Rebels took Damascus on Sunday.\nWhat is the situation on the ground?\nRebels seized Aleppo, then Hama and Homs.\nWhere is Bashar al-Assad?\nHe fled to Russia, state media said.'), 'article', true],
  ['a news story naming a group\'s other name', p('https://example.com/2024/12/01/rebels-aleppo', 'Rebels seize most of Aleppo in surprise offensive', 'Hayat Tahrir al-Sham (also known as HTS) was once al-Qaeda’s affiliate in Syria. Its fighters entered Aleppo on Friday, a war monitor said.'), 'article', true],
  ['a live blog by URL', p('https://example.com/news/live/syria-123', 'Rebels near Damascus', story), 'live-blog', true],
  ['a live blog by JSON-LD', p('https://example.com/a/1', 'Rebels near Damascus', story, { jsonLdTypes: ['LiveBlogPosting'] }), 'live-blog', true],
  ['a live-blog index', p('https://example.com/live/', 'Live', 'Syria live: rebels near Damascus\nRead more\nGaza live: talks resume\nRead more\nUkraine live: strikes on Kyiv\nRead more'), 'section', false],
  ['a home page', p('https://www.example.com/en/', 'Example News: breaking news from the Middle East and the world', story), 'section', false],
  ['an article filed under /archives/', p('https://english.example.net/archives/2024/01/three-ways-for-syrians-abroad-to-obtain-a-passport/', 'Three ways for Syrians abroad to obtain a passport', story), 'article', true],
  ['a tag page', p('https://example.com/tag/syria/', 'Syria news and analysis from our reporters', story), 'section', false],
  ['a search page', p('https://example.com/news/search?q=syria', 'Results for your query on Syria today', story), 'section', false],
  ['a paged index', p('https://example.com/en/syria?page=13', 'Latest updates from the region this week', story), 'section', false],
  ['a list of teasers', p('https://example.com/x', 'Top stories from across the region today',
    'Rebels seize Aleppo as lines collapse...\nAssad flees Damascus, rebels say...\nIsraeli strikes hit army bases near Homs...'), 'section', false],
  ['an encyclopedia mirror', p('https://wikimili.com/en/Fall_of_Damascus', 'Fall of Damascus in December 2024', story), 'other', false],
  ['an encyclopedia opening', p('https://example.org/x', 'Ghouta chemical attack (2013)', 'The Ghouta chemical attack was a chemical attack carried out in Ghouta, Syria.'), 'other', false],
  ['a topic title', p('https://example.com/syria', 'Middle East', story), 'other', false],
  ['a travel advisory', p('https://example.gov/syria', 'Syria travel information for citizens abroad', 'Do not travel to Syria. The embassy cannot provide consular services to U.S. citizens.'), 'other', false],
  ['a book review', p('https://example.com/review/x', 'A brilliant account of wartime Syria and its people', 'In her debut book the author follows families; readers witness the war. Hardcover, 400 pages.'), 'other', false],
  ['a podcast page', p('https://example.com/shows/x', 'Understanding the war in Syria, part one', 'In this episode our host talks to a reporter. Learn more about your ad choices.'), 'other', false],
  ['a situation report', p('https://example.org/doc/1', 'Northeast Syria humanitarian update for November', 'Situation Report No. 30. This report is produced by the office with partners.'), 'other', false],
  ['a blog post', p('https://example.com/blog/syrian-pound', 'What next for the Syrian pound after sanctions were lifted', 'Is this the start of a recovery? Or just a bounce fuelled by hope? Let’s unpack it.'), 'other', false],
  ['a government page', p('https://www.mfa.gov.tr/no-251.en.mfa', 'Press release on the attack near Palmyra today', 'The ministry expresses condolences. ' + story), 'other', false],
  ['an official statement reprinted', p('https://example.com/syria-bombing/', 'Statement on the bombing in northern Syria today', 'The United States strongly condemns today’s attacks against civilians in northern Syria.'), 'other', false],
  ['an event listing', p('https://example.org/event/peace-conference-for-syria', 'International peace conference for Syria in Montreux', story), 'other', false],
  ['an encyclopedia "also called" opening', p('https://example.org/html/G/Geneva_II.html', 'Geneva II Middle East Peace Conference', 'The Geneva II Conference on Syria (also called Geneva II) was a United Nations-backed peace conference.'), 'other', false],
  ['a charity appeal', p('https://example.org/syria-emergency/', 'Help families in Syria this winter', 'Millions need help. Please donate to our Syria appeal: £90 can provide a family with food.'), 'other', false],
  ['a numbered FAQ', p('https://example.org/en/news/220/returns', 'Returns to Syria: information for refugees', '1. What is the agency’s position regarding refugees’ return to Syria?\n- Return is an individual decision.'), 'other', false],
  ['a forum discussion', p('https://example.com/discussion/10421/what-now-for-syria', 'What now for Syria after the fall of Assad?', story), 'other', false],
  ['a country profile', p('https://example.com/profile', 'Syria country profile', 'Capital: Damascus\nPopulation 21.1 million\nArea 185,180 sq km\nMajor language Arabic'), 'other', false],
];

describe('classifyPage', () => {
  it.each(CASES)('%s', (_name, input, kind, isNews) => {
    const v = classifyPage(input);
    expect(v.pageKind, v.reasons.join('; ')).toBe(kind);
    expect(v.isNews).toBe(isNews);
  });

  it('names the news evidence it saw', () => {
    const v = classifyPage(p('https://example.com/a/1', 'Jets hit Idlib as fears of an offensive mount', `BEIRUT (Reuters) - ${story}`, { byline: 'A. Reporter' }));
    expect(v.reasons).toEqual(['a news article (a dateline, a byline)']);
  });

  it('trusts page metadata that says news over a short title', () => {
    expect(classifyPage(p('https://example.com/a', 'Assad flees', story, { ogType: 'article' })).pageKind).toBe('article');
  });
});
