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
  // Rules added with the check batch of 2026-11-28 (test/fixtures/news n304–n397), each after a real page there.
  ['a blog date archive', p('https://example.blogspot.com/2016/04', '', story), 'section', false],
  ['an article dated after its slug', p('http://example.com/syrie-gaz-de-chlore-utilise-contre-douma/2019/03/02/', '', story), 'article', true],
  ['a paged index by pageOn=', p('https://example.org/regions/all/187?lang=en&pageOn=54', '', story), 'section', false],
  ['a paged topic folder', p('https://www.example.com.au/syria/4', 'Top stories from the region this week', story), 'section', false],
  ['a news-front title', p('https://example.com/world-news', 'Syria news headlines', story), 'section', false],
  ['a headline ending in "fake news"', p('https://example.com/2017/02/assad-amnesty-report', 'Assad dismisses prison report as fake news', story), 'article', true],
  ['a dictionary page', p('https://example.net/syrian%20civil%20war', '', 'The spelling of "Syrian Civil War": "Syrian" is pronounced as /ˈsɪriən/. ' + story), 'other', false],
  ['an encyclopedia opening with a native name', p('https://example.ch/concept/30741795', '', 'The Syrian civil war (al-ḥarb al-ʾahlīyah al-sūrīyah) is an ongoing multi-sided civil war in Syria.'), 'other', false],
  ['an encyclopedia opening named by its address', p('https://example.com/article/syrian-civil-war', '', 'The Syrian Civil War is an ongoing multi-sided armed conflict in Syria.'), 'other', false],
  ['a news lede with an acronym in brackets', p('https://example.com/2024/12/01/hts-aleppo', '', 'Hayat Tahrir al-Sham (HTS) was the driving force behind the offensive, a war monitor said. ' + story), 'article', true],
  ['an e-book page', p('https://example.org/doc/10932293/syria', '', 'PDF, EPUB, EBOOK\nDiana Darke | 336 pages | 15 Jun 2010 | 9781841623146 | English\n' + story), 'other', false],
  ['a reading list', p('https://example.com/story/must-have-books-on-syria', '', 'Five essential titles to help readers understand the war.\n- The Home That Was Our Country: A Memoir of Syria by Alia Malek (Nation).\n- The Morning They Came for Us by Janine di Giovanni (Liveright: Norton).'), 'other', false],
  ['a photo credit is not a publisher', p('https://example.com/2019/03/01/douma-report', 'Watchdog says chlorine was used in Douma attack', 'Rescuers carry a child in Douma (Photo: AFP). The memoir of a doctor, read by many readers, describes the siege. ' + story), 'article', true],
  ['a news magazine page with photo captions', p('https://example.com/world-affairs/siege-of-kobane/article6461128.ece', 'Siege of Kobane', 'Kurds cross the border from Syria into Turkey near Suruc on September 20 as clashes intensify around the town. Photo: BULENT KILIC/AFP\nBuildings damaged in clashes between YPG and Islamic State fighters in Qamishli on September 19. Photo: Rodi Said/REUTERS\n' + story), 'article', true],
  ['a podcast page without the word', p('https://example.com.au/the-focus/the-hard-problem-of-syria/', 'The Hard Problem of Syria', 'The civil war in Syria has been ongoing since 2011. To discuss this, John is joined by returning guest Professor Scott Lucas.'), 'other', false],
  ['a WordPress post by number under /archives/', p('https://example.net/archives/97506', 'The UN Security Council fails to agree on the renewal of aid delivery to Syria', story), 'article', true],
  ['a tag page with a headline-long name', p('https://example.com/tag/suriye-ordusu-turk-gozlem-noktasina-yaklasiyoruz', '', story), 'section', false],
  ['a subreddit page', p('http://example.com/r/syriancivilwar/', 'Syria’s Civil War (2011—ongoing)', 'News, analysis and discussion of the conflict in Syria. Moderators enforce civility.'), 'other', false],
  ['a comment page', p('https://example.substack.com/p/assads-end/comments', '', `${story}\n\nExpand full comment`), 'other', false],
  ['a mailing-list post', p('https://lists.example.edu/pipermail/marxism/2017-March/275007.html', '', story), 'other', false],
  ['an NGO report document', p('https://example.com/doc/10513571/torture-in-syria-s-prisons', '', `© Amnesty International 2016. Content in this document is licensed under a Creative Commons licence. CONTENTS 1. EXECUTIVE SUMMARY 2. METHODOLOGY 3. BACKGROUND. ${story}`), 'other', false],
  ['a report with numbered sections', p('https://example.org/doc/216407/torture-methods', '', `Contents\nI. Introduction and methodology of the report II. The toll of victims III. The most notable methods of torture IV. Testimonies. ${story}`), 'other', false],
  ['a news story about a report', p('https://example.com/world/2012/jul/03/syria-torture-report', 'Syrian regime engages in systematic torture, says report', `The 81-page report by Human Rights Watch lays out torture in 27 detention centres and makes recommendations to the Security Council. ${story}`), 'article', true],
  ['a quiz by its title', p('http://example.com/2013/09/do-you-understand-syria-take-our-quiz.html', 'Do You Understand Syria? Take Our Quiz', story), 'other', false],
  ['a multiple-choice quiz', p('https://www.example.org/it/previewamp?c=12y5gc17', '', '- 1. Qual è la capitale della Siria?\nA) Aleppo B) Hama C) Homs D) Damasco\n- 6. Quale presidente siriano è al potere dal 2000?\nA) Bashar al-Assad B) Michel Aoun C) Saad Hariri D) Hafez al-Assad'), 'other', false],
  ['a Discourse forum topic', p('https://www.example.org/t/cooking-from-resettled-refugees/5898', 'Cooking from resettled refugees', story), 'other', false],
  ['a research article', p('https://example.edu/the-battle-for-qusayr', '', `The 17-day assault on Qusayr set precedents for the war.[1] This article examines how the army and its allies waged the offensive. ${story}`), 'other', false],
  ['a tag page with an id before its name', p('http://www.example.com/Tag/35591/Syrian-Congress-on-National-Dialogue', 'Syrian Congress on National Dialogue', story), 'section', false],
  ['a books site', p('https://books.example.com/42912/the-doctor-of-aleppo/', '', `Now comes a novel set in those turbulent times. ${story}`), 'other', false],
  ['a job posting by its address', p('https://www.example.it/elenco-vacancies/2805-head-of-mission-syria', '', story), 'other', false],
  ['a job posting by its furniture', p('https://example.net/general-coordinator-syria', '', `Job Title: Head of Mission\nDuty station: Damascus\nContract duration: 9 months\n${story}`), 'other', false],
  ['a post sharing a video', p('http://example.jetzt/en/five-minutes-history-about-the-syrian-war/', 'Five minutes history about the Syrian war', `This video here goes a long way in explaining the basics. Highly recommended. ${story}`), 'other', false],
  ['a monthly report', p('https://example.org/periodical/november-2024-monthly-report', '', `Syria Monthly Report\nNovember 2024\nSummary\nPlease note, this Monthly Report was drafted before the events of 8 December. ${story}`), 'other', false],
  ['a personal blog post', p('https://example.com/2015/03/16/death-of-a-gentle-giant/', 'Syria – death of a gentle giant', 'Yesterday I learnt of the death of my dearest Syrian friend. I am still numb. My gentle giant is gone. I see a terrible symbolism here: my wise friend was silenced. ' + story), 'other', false],
  ['a news feature quoting a witness in the first person', p('https://example.com/2025/03/09/alawites', 'Alawite civilians tell of killings on the coast', '“I was saved in the last minutes. My brothers and my niece were killed, and I ran to my neighbour’s house,” he told reporters. ' + story), 'article', true],
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
