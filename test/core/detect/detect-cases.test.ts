// The detector case by case (chrono-style table): one input, the verdict it must get, and why.
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../src/core/detect-page.js';
import type { DetectInput, PageKind } from '../../../src/core/types.js';

interface Case { name: string; input: DetectInput; syria: boolean; kind?: PageKind }
const page = (url: string | null, title: string, text: string, extra: Partial<DetectInput> = {}): DetectInput => ({ url, title, text, ...extra });

const CASES: Case[] = [
  // positives: the conflict is the subject
  { name: 'Astana talks wire', syria: true, input: page('https://example.com/world/astana-talks', 'Syria talks in Astana focus on de-escalation zones',
    'ASTANA (Reuters) - Russia, Turkey and Iran met the Syrian government and rebel delegations on Thursday to map de-escalation zones in Idlib and Homs, negotiators said.') },
  { name: 'Aleppo siege', syria: true, input: page('https://example.com/2016/dec/aleppo', 'Aleppo evacuation resumes as thousands flee besieged east',
    'Buses carried civilians and rebel fighters out of eastern Aleppo on Monday after government forces backed by Russian air strikes retook most of the city.') },
  { name: 'transition after Assad', syria: true, input: page(null, 'Syria’s interim president al-Sharaa meets Gulf leaders',
    'Ahmed al-Sharaa, whose Hayat Tahrir al-Sham led the offensive that toppled Bashar al-Assad in December, asked for sanctions relief to rebuild the country after years of war.') },
  { name: 'transliteration Deir al-Zour + SDF', syria: true, input: page('https://example.com/a/1', 'Clashes in Deir al-Zour',
    'The Kurdish-led SDF said its fighters repelled an Islamic State ambush near Dayr az-Zawr, killing four militants.') },
  { name: 'live blog', syria: true, kind: 'live-blog', input: page('https://example.com/news/live/syria-rebels', 'Syria live: rebels enter Damascus',
    'Rebels say they have entered the capital Damascus and that Assad has fled. Syrian state TV is off the air.') },
  // negatives: a passing mention, another conflict, a genre
  { name: 'oil prices with one line on Syria', syria: false, input: page('https://example.com/markets/oil', 'Oil prices edge up as traders weigh supply',
    'Brent crude rose 40 cents to $71 a barrel on Monday and WTI futures gained, as OPEC+ output cuts and Chinese demand data kept traders cautious. Investors also watched events in Syria.') },
  { name: 'Syracuse football', syria: false, input: page('https://example.com/sports/syracuse', 'Syracuse stuns Miami 42-38',
    'Kyle McCord threw three touchdown passes as the Orange rallied from 21-0 down in the second quarter.') },
  { name: 'kibbeh recipe', syria: false, input: page('https://example.com/recipes/kibbeh', 'Syrian kibbeh',
    'Soak 2 cups of fine bulgur. Mix with ground lamb, allspice and cinnamon, knead, then bake in a preheated oven. A classic of Damascus and Aleppo kitchens.') },
  { name: 'Palmyra travel', syria: false, input: page('https://example.com/travel/palmyra', 'Palmyra, Syria: a day among the columns',
    'Tour groups spill from buses at the Temple of Bel; there is no entry fee for most of the site. Stay at a hotel near the oasis and watch the sunset from the castle.') },
  { name: 'Iraq, not Syria', syria: false, input: page('https://example.com/iraq', 'Iraqi forces push into western Mosul',
    'Iraqi troops backed by US-led air strikes advanced against Islamic State fighters in Mosul on Sunday, Prime Minister Haider al-Abadi said.') },
  { name: 'Yemen, not Syria', syria: false, input: page('https://example.com/yemen', 'Saudi-led strikes kill 20 in Sanaa',
    'Air strikes by the Saudi-led coalition hit the Houthi-held capital Sanaa, killing civilians, Houthi officials said.') },
  // near misses
  { name: 'Syria only late in an Iraq story', syria: false, input: page('https://example.com/pkk', 'Turkish jets strike PKK in Iraq’s Qandil',
    'Turkish warplanes hit Kurdistan Workers Party bases in northern Iraq on Saturday, the military said. The PKK has waged an insurgency since 1984. ' + 'Turkey has struck the group in Iraq many times. '.repeat(12) + 'Ankara also fought the YPG in Syria’s Afrin this year.') },
  { name: 'Syria’s football team', syria: false, input: page('https://example.com/sport/syria-world-cup', 'War-torn Syria chase historic World Cup place',
    'Syria face Australia in the World Cup play-off on Thursday, playing home games in Malaysia because of the civil war; the striker scored in the first half of the qualifier.') },
  { name: 'encyclopedia page', syria: false, kind: 'other', input: page('https://en.wikipedia.org/wiki/Siege_of_Aleppo', 'Siege of Aleppo (2012–2016)',
    'The siege of Aleppo was a military confrontation in Aleppo, Syria between the Syrian opposition and the Syrian government, supported by Russia.[12][13]') },
  { name: 'tag page listing Syria headlines', syria: false, kind: 'section', input: page('https://example.com/tag/syria', 'Syria',
    'Rebels seize Aleppo as government lines collapse…\nAssad flees Damascus as rebels take the capital…\nIsraeli strikes hit Syrian army bases…') },
  { name: 'JSON-LD CollectionPage', syria: false, kind: 'section', input: page('https://example.com/syria', 'Syria news',
    'Syrian rebels advance on Homs as Assad forces retreat from Hama, war monitor says.', { jsonLdTypes: ['CollectionPage'] }) },
];

describe('detectPage', () => {
  it.each(CASES.map(c => [c.name, c] as const))('%s', (_name, c) => {
    const v = detectPage(c.input);
    expect(v.syriaConflict, v.reasons.join('; ')).toBe(c.syria);
    if (c.kind) expect(v.pageKind).toBe(c.kind);
    if (c.syria) expect(v.reasons.join(' ')).toMatch(/^mentions /);
  });

  it('gives human reasons naming what it found', () => {
    const v = detectPage(CASES[0]!.input);
    expect(v.reasons[0]).toMatch(/mentions .*(Astana|de-escalation)/);
  });
});
