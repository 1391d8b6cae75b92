// The detector case by case, checked against each other the way github-url-detection checks its detections: every
// positive, every negative with the reason that must explain it, and near-misses that are a positive with one cue
// changed. Each case must get its verdict; no positive may show any negative's reason; and a near-miss must differ from
// its positive by the cue it tests alone (same input but the changed fields, its reason absent from the positive).
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../src/core/detect-page.js';
import type { DetectInput, PageKind } from '../../../src/core/types.js';

interface Case { name: string; input: DetectInput; kind?: PageKind }
/** A negative: `why` is the reason that must explain the refusal. */
interface Negative extends Case { why: RegExp }
/** A positive with one cue changed: `change` returns the fields that differ, `why` the reason that must appear. */
interface NearMiss { name: string; of: string; why: RegExp; kind?: PageKind; change: (i: DetectInput) => Partial<DetectInput> }

const page = (url: string | null, title: string, text: string, extra: Partial<DetectInput> = {}): DetectInput => ({ url, title, text, ...extra });

const POSITIVES: Case[] = [
  { name: 'Astana talks wire', input: page('https://example.com/world/astana-talks', 'Syria talks in Astana focus on de-escalation zones',
    'ASTANA (Reuters) - Russia, Turkey and Iran met the Syrian government and rebel delegations on Thursday to map de-escalation zones in Idlib and Homs, negotiators said.') },
  { name: 'Aleppo siege', input: page('https://example.com/2016/dec/aleppo', 'Aleppo evacuation resumes as thousands flee besieged east',
    'Buses carried civilians and rebel fighters out of eastern Aleppo on Monday after government forces backed by Russian air strikes retook most of the city.') },
  { name: 'transition after Assad', input: page(null, 'Syria’s interim president al-Sharaa meets Gulf leaders',
    'Ahmed al-Sharaa, whose Hayat Tahrir al-Sham led the offensive that toppled Bashar al-Assad in December, asked for sanctions relief to rebuild the country after years of war.') },
  { name: 'transliteration Deir al-Zour + SDF', input: page('https://example.com/a/1', 'Clashes in Deir al-Zour',
    'The Kurdish-led SDF said its fighters repelled an Islamic State ambush near Dayr az-Zawr, killing four militants.') },
  { name: 'live blog', kind: 'live-blog', input: page('https://example.com/news/live/syria-rebels', 'Syria live: rebels enter Damascus',
    'Rebels say they have entered the capital Damascus and that Assad has fled. Syrian state TV is off the air.') },
  { name: 'Caesar Act sanctions', input: page('https://example.com/2025/11/10/caesar-act-waiver', 'US pauses Caesar Act sanctions on Syria after al-Sharaa visit',
    'Washington suspended most Caesar Act sanctions on Damascus for 180 days after President Ahmed al-Sharaa met Trump; the law targeted the Assad regime over war crimes.') },
  { name: 'Russian: Sochi congress boycott', input: page('https://example.ru/news/2018/01/27/sochi', '',
    'Сирийская оппозиция не примет участие в Конгрессе сирийского национального диалога в Сочи. Президенты стран-гарантов перемирия в Сирии встретились в ноябре.') },
  { name: 'French: Douma chlorine report', input: page('https://example.fr/syrie-douma-chlore/2019/03/02/', '',
    'Dans un rapport final, l’OIAC a affirmé que les forces du régime syrien ont fait usage de gaz de chlore dans l’attaque qui a visé la ville de Douma, dans la Ghouta orientale.') },
];

const NEGATIVES: Negative[] = [
  { name: 'oil prices with one line on Syria', why: /markets report/, input: page('https://example.com/markets/oil', 'Oil prices edge up as traders weigh supply',
    'Brent crude rose 40 cents to $71 a barrel on Monday and WTI futures gained, as OPEC+ output cuts and Chinese demand data kept traders cautious. Investors also watched events in Syria.') },
  { name: 'oil report on "concerns over Syria"', why: /markets report/, input: page('https://example.com/news/oil-gas/127097', 'Oil jumps to four-month high as concerns over Syria escalate',
    'Crude-oil futures settled at a four-month high Friday, lifted by fears that U.S. intervention in Syria will stoke further conflict. Prices rose as Washington moved to arm rebels fighting Syrian President Bashar al-Assad. Brent crude for August rose 96 cents to $105.91 a barrel as traders priced a risk premium.') },
  { name: 'Syracuse football', why: /no Syria name/, input: page('https://example.com/sports/syracuse', 'Syracuse stuns Miami 42-38',
    'Kyle McCord threw three touchdown passes as the Orange rallied from 21-0 down in the second quarter.') },
  { name: 'kibbeh recipe', why: /recipe/, input: page('https://example.com/recipes/kibbeh', 'Syrian kibbeh',
    'Soak 2 cups of fine bulgur. Mix with ground lamb, allspice and cinnamon, knead, then bake in a preheated oven. A classic of Damascus and Aleppo kitchens.') },
  { name: 'Palmyra travel', why: /travel writing/, input: page('https://example.com/travel/palmyra', 'Palmyra, Syria: a day among the columns',
    'Tour groups spill from buses at the Temple of Bel; there is no entry fee for most of the site. Stay at a hotel near the oasis and watch the sunset from the castle.') },
  { name: 'Iraq, not Syria', why: /another conflict/, input: page('https://example.com/iraq', 'Iraqi forces push into western Mosul',
    'Iraqi troops backed by US-led air strikes advanced against Islamic State fighters in Mosul on Sunday, Prime Minister Haider al-Abadi said.') },
  { name: 'Yemen, not Syria', why: /another conflict/, input: page('https://example.com/yemen', 'Saudi-led strikes kill 20 in Sanaa',
    'Air strikes by the Saudi-led coalition hit the Houthi-held capital Sanaa, killing civilians, Houthi officials said.') },
  { name: 'Syria only late in an Iraq story', why: /another conflict|only in passing/, input: page('https://example.com/pkk', 'Turkish jets strike PKK in Iraq’s Qandil',
    'Turkish warplanes hit Kurdistan Workers Party bases in northern Iraq on Saturday, the military said. The PKK has waged an insurgency since 1984. ' + 'Turkey has struck the group in Iraq many times. '.repeat(12) + 'Ankara also fought the YPG in Syria’s Afrin this year.') },
  { name: 'Syria’s football team', why: /sports report/, input: page('https://example.com/sport/syria-world-cup', 'War-torn Syria chase historic World Cup place',
    'Syria face Australia in the World Cup play-off on Thursday, playing home games in Malaysia because of the civil war; the striker scored in the first half of the qualifier.') },
  { name: 'obituary naming Damascus', why: /not the conflict/, input: page('https://example.com/syrian-presidency-mourns', 'Syrian Presidency mourns death of a veteran official',
    'Damascus, The Presidency of the Syrian Arab Republic mourned the death of Mohammad Dib Daaboul, who passed away on Saturday at the age of 86. He was born in Deir Atiyah in the Damascus countryside in 1935.') },
  { name: 'encyclopedia page', kind: 'other', why: /encyclopedia/, input: page('https://en.wikipedia.org/wiki/Siege_of_Aleppo', 'Siege of Aleppo (2012–2016)',
    'The siege of Aleppo was a military confrontation in Aleppo, Syria between the Syrian opposition and the Syrian government, supported by Russia.[12][13]') },
  { name: 'dictionary page', kind: 'other', why: /dictionary/, input: page('https://example.net/syrian%20civil%20war', '',
    'The Syrian Civil War began in 2011. "Syrian" is pronounced as /ˈsɪriən/. It began as an uprising against President Bashar al-Assad and became a war between rebels, jihadists and government forces.') },
  { name: 'tag page listing Syria headlines', kind: 'section', why: /section, tag/, input: page('https://example.com/tag/syria', 'Syria',
    'Rebels seize Aleppo as government lines collapse…\nAssad flees Damascus as rebels take the capital…\nIsraeli strikes hit Syrian army bases…') },
  { name: 'JSON-LD CollectionPage', kind: 'section', why: /list of stories/, input: page('https://example.com/syria', 'Syria news',
    'Syrian rebels advance on Homs as Assad forces retreat from Hama, war monitor says.', { jsonLdTypes: ['CollectionPage'] }) },
  { name: 'news-front title', kind: 'section', why: /section front/, input: page('https://example.com.au/world', 'Syria news headlines',
    'ISIS no longer holds any territory in Syria, the White House is claiming.\nIsrael confirms attacking Iranian forces in Syria near Damascus airport.') },
  { name: 'refugee chef feature', why: /recipe/, input: page('https://example.com/news/toronto/2016/07/19/syrian-women-cooking', 'Syrian refugee women cooking up a business in Toronto',
    'Walk into the restaurant on any Thursday and you’ll smell kibbeh and bulgur. Ten Syrian women who fled the war cook in its kitchen; the chef says their cuisine and home cooking sell out.') },
  { name: 'diaspora art exhibit', why: /arts or culture/, input: page('http://example.com/features/syrian-exhibit', 'Syrian exhibit shows country’s rich culture',
    'More than 4 million Syrians have fled since the civil war began in 2011. The exhibit, curated by four Syrian women, shows folk art, paintings and dresses; the gallery and its artists want a human side of Syria beyond the war.') },
  { name: 'book review', kind: 'other', why: /book/, input: page('https://example.com/2020/09/the-doctor-of-aleppo', 'The Doctor of Aleppo by Dan Mayland',
    'In Syria, the regime of Bashar al-Assad shot, beat and tortured protesters and sparked a civil war. August 2020; 978-1982622152 audio, ebook, print (368 pages); war fiction. Readers will find the siege of Aleppo vivid.') },
];

const NEAR_MISSES: NearMiss[] = [
  { name: 'the Aleppo story on a tag page', of: 'Aleppo siege', kind: 'section', why: /section, tag/, change: () => ({ url: 'https://example.com/tag/aleppo' }) },
  { name: 'the Astana wire on an encyclopedia host', of: 'Astana talks wire', kind: 'other', why: /encyclopedia/, change: () => ({ url: 'https://en.wikipedia.org/wiki/Astana_talks' }) },
  { name: 'the transition story as an encyclopedia opening', of: 'transition after Assad', kind: 'other', why: /encyclopedia/,
    change: i => ({ text: `Ahmed al-Sharaa (Arabic: أحمد الشرع; born 1982) is a Syrian politician. ${i.text}` }) },
  { name: 'the Caesar Act story as an oil-market report', of: 'Caesar Act sanctions', why: /markets report/,
    change: i => ({ title: 'Brent crude edges up as traders weigh Syria sanctions news', text: `Brent crude rose 30 cents to $72 a barrel and WTI futures gained as traders priced a risk premium; OPEC+ cuts kept stocks steady. ${i.text}` }) },
  { name: 'the Aleppo story with Syria only at the end', of: 'Aleppo siege', why: /only in passing/,
    change: i => ({ title: 'Bus fares rise across the region', text: `${'Fares on regional bus routes rose again this month, operators said, blaming fuel costs and a shortage of drivers. '.repeat(8)}${i.text}` }) },
  { name: 'the live blog as a live-blog index', of: 'live blog', kind: 'section', why: /live-blog index/,
    change: () => ({ title: 'Live', text: 'Syria live: rebels enter Damascus\nRead more\nGaza live: talks resume\nRead more\nUkraine live: strikes on Kyiv\nRead more' }) },
  { name: 'the Douma report as a paged index', of: 'French: Douma chlorine report', kind: 'section', why: /section, tag/, change: () => ({ url: 'https://example.fr/syrie/3' }) },
  { name: 'the Aleppo story told in a personal blog', of: 'Aleppo siege', kind: 'other', why: /personal blog/,
    change: i => ({ text: `I remember my first visit to Aleppo; I loved my walks in the souk and I still miss my friends there. ${i.text}` }) },
];

const byName = new Map(POSITIVES.map(c => [c.name, c]));

describe('detectPage: positives', () => {
  it.each(POSITIVES.map(c => [c.name, c] as const))('%s', (_name, c) => {
    const v = detectPage(c.input);
    expect(v.syriaConflict, v.reasons.join('; ')).toBe(true);
    if (c.kind) expect(v.pageKind).toBe(c.kind);
    expect(v.reasons.join(' ')).toMatch(/^mentions /);
    // Checked against every negative: a positive shows none of their reasons.
    for (const n of [...NEGATIVES, ...NEAR_MISSES]) expect(v.reasons.join('; '), `${c.name} vs ${n.name}`).not.toMatch(n.why);
  });
});

describe('detectPage: negatives', () => {
  it.each(NEGATIVES.map(c => [c.name, c] as const))('%s', (_name, c) => {
    const v = detectPage(c.input);
    expect(v.syriaConflict, v.reasons.join('; ')).toBe(false);
    if (c.kind) expect(v.pageKind).toBe(c.kind);
    expect(v.reasons.join('; ')).toMatch(c.why);
  });
});

describe('detectPage: near-misses differ from their positive by one cue', () => {
  it.each(NEAR_MISSES.map(c => [c.name, c] as const))('%s', (_name, c) => {
    const base = byName.get(c.of);
    expect(base, `${c.of} is a positive case`).toBeDefined();
    const changed = c.change(base!.input);
    const input = { ...base!.input, ...changed };
    // Only the named fields differ from the positive.
    const differing = (Object.keys(input) as (keyof DetectInput)[]).filter(k => input[k] !== base!.input[k]);
    expect(differing.sort()).toEqual(Object.keys(changed).sort());
    const before = detectPage(base!.input);
    const after = detectPage(input);
    expect(before.syriaConflict).toBe(true);
    expect(before.reasons.join('; ')).not.toMatch(c.why);
    expect(after.syriaConflict, after.reasons.join('; ')).toBe(false);
    expect(after.reasons.join('; ')).toMatch(c.why);
    if (c.kind) expect(after.pageKind).toBe(c.kind);
  });

  it('covers the kinds of cue: page kind, genre, position', () => {
    const whys = NEAR_MISSES.map(n => n.why.source).join(' ');
    for (const cue of ['section', 'encyclopedia', 'markets', 'only in passing', 'personal blog']) expect(whys).toContain(cue);
  });
});

describe('detectPage reasons', () => {
  it('gives human reasons naming what it found', () => {
    const v = detectPage(POSITIVES[0]!.input);
    expect(v.reasons[0]).toMatch(/mentions .*(Astana|de-escalation)/);
  });
});
