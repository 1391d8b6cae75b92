// Pages that are about the conflict but are not news: each rule names the kind of page and the evidence it reads.
// The dev corpus holds a real page for each (test/fixtures/news, `why`); test/core/detect/page-kind.test.ts one case.
// Rules read the URL, the title and the opening (`head`, 4000 characters); they are tried in order.

export interface PageText {
  url: string;
  title: string;
  head: string;
  lines: string[];
}

export interface NonNewsRule {
  why: string;
  test: (p: PageText) => boolean;
}

const WIKI_URL = /(?:^|[./])(?:wiki[a-z0-9]*|[a-z]*wiki|britannica|encyclopedia|liquisearch)\.|\/wiki\/|wikipedia/i;
// Citation markers, infobox rows, "Last updated".
const CITATION = /\[(?:\d{1,3}|[a-z]|citation needed)\]/g;
const INFOBOX = /^(?:-\s*)?(?:belligerents|commanders and leaders|units involved|casualties and losses|part ?of:? (?:the )?[^\n]{0,80}\b(?:war|conflict|campaign|offensive|intervention|involvement)(?:\s*\([^)\n]{0,40}\))?\s*$|wikipedia\s*$|from wikipedia, the free encyclopedia|date\b.*\(\d+ (?:days?|months?)|result\b|territorial\s*changes)/im;
const ALSO_CALLED = /^(?:the )?([^.\n(]{3,120})\((?:also (?:called|known as)|or simply)\b[^)]{0,900}\)[^.]{0,300}?\b(?:is|was|are|were) (?:a|an|the)\b/im;
// "The Syrian civil war (al-ḥarb al-ʾahlīyah al-sūrīyah) is an ongoing …", "Bashar al-Assad (Arabic: …; born 1965) is a …":
// a name, its native-script or transliterated form, birth date or language label in brackets, then a definition. A news
// lede's bracket holds an acronym ("Hayat Tahrir al-Sham (HTS) said …"), which this leaves alone.
const NATIVE_NAME_DEFINITION = /^(?:the )?\p{Lu}[^.\n(]{1,80}\((?=[^)\n]*(?:[^\x00-\x7f\u2018-\u201d\u2013\u2014]|\b(?:arabic|kurdish|turkish|persian|hebrew|aramaic|born|died|listen)\b))[^)\n]{2,200}\)[^.\n]{0,40}? (?:is|was|are|were) (?:a|an|the)\b/iu;
// Dictionary entries: a pronunciation in IPA ("/ˈsɪriən/") or spelled out ("pronounced as"; "the decline is
// pronounced" is not one).
const PRONUNCIATION = /\/[^/\s]*[ˈˌəɪʊɔæʃʒθðŋː][^/\s]*\/|\bpronounced (?:as|like)\b/u;
// Government travel advisories.
const ADVISORY = /\b(?:travel (?:warning|advisory|alert)|do not travel|defer (?:all|non-?essential) travel|consular (?:services|affairs|information|relations|assistance)|u\.s\. citizens|citizens (?:should|are advised))\b/gi;
// Comment threads: several lines that start with a date and go on with the post ("Sep 3, 2015 What exactly…").
const DATED_POST = /^(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4}) +\S[^\n]{20,}$/gm;
// Podcast, video and streaming pages: "In this episode", "Season: 1", "Duration: 1h".
// A post that shares a video: "this short film clearly explained …", "Link to video:", "Highly recommended".
const VIDEO_SHARE = /\b(?:this (?:short )?(?:video|film|documentary)|link to (?:the )?video|highly recommended)\b/gi;
const MEDIA_URL = /\/(?:podcasts?|episodes?|tvshows?|tv-shows?)\/|^[a-z]+:\/\/(?:[^/]*\.)?(?:pod[a-z]*|[a-z]*podcasts?|acast|soundcloud|stitcher|spreaker)\./i;
// A show's host "is joined by" a "returning guest".
const MEDIA_TEXT = /\b(?:podcasts?|(?:this|the|first|final|next|last) episode|episodes \d|ad choices|listen (?:now|here|on)|subscribe to (?:the|our) podcast|documentary podcast|(?:is|are) joined by|(?:returning|special|our) guests?)\b|^(?:type|season|episode|duration|release|rating|runtime)\s*:/gim;
// Humanitarian situation reports and bulletins, monthly and weekly reports ("this Monthly Report was drafted …",
// a "/periodical/" address).
const SITREP = /\b(?:situation report|flash update|sit ?rep|humanitarian bulletin|(?:monthly|weekly|quarterly|bi-?weekly) (?:report|update|brief)|this (?:monthly |weekly )?(?:report|update) (?:is|was) (?:produced|compiled|prepared|drafted)|the next (?:report|update) will)\b/gi;
const PERIODICAL_URL = /\/periodicals?\//i;
// Blog and guide voice: "Let's unpack…", "Hey everyone", "in this guide", and the writer's own questions.
const BLOG_VOICE = /\blet['’]s\b|\bhey (?:everyone|there|guys|folks)\b|\bguys\b|\bfolks\b|\b(?:in )?this (?:guide|post)\b|\bin this (?:article|blog),? (?:we|i)(?:'ll| will)\b|\bstay tuned\b/gi;
const OWN_QUESTION = /\?(?!\s*["”’'])/g;
// Book pages and reviews: "ISBN", "paperback", "368 pages", "the novel", "readers", "protagonist".
// Also an ISBN-13 without its label, e-book formats, and an "(Imprint: Publisher)" citation ("(Liveright: Norton)"; a
// "(Photo: AFP)" caption credit is not one). Words are separated by one space, not an optional one: "(" and 20,000
// letters took 17 s splitting them every possible way (test/core/events/fuzz.test.ts hostile text).
const BOOK_TEXT = /\b(?:isbn|paperback|hardcover|hardback|e-?books?|epub|\d{2,4} pages|(?:the|this|her|his|debut|first) (?:novel|book|memoir)|novels?|memoirs?|readers?|protagonist|(?:narrative )?non-?fiction|fiction|(?:review|reviewed|translated) by|publisher|rate this book|book club|follows the (?:story|life|lives) of|97[89]-?\d{10}|97[89]-\d{1,5}-\d{1,7}-\d{1,7}-\d)\b|\((?!(?:photo|image|picture|credit|source|file|video|reuters|afp|ap|getty)\b)\p{Lu}[\p{L}.&]*(?:\s\p{Lu}[\p{L}.&]*){0,2}\s?: ?\p{Lu}[\p{L}.&]*(?: \p{Lu}[\p{L}.&]*)?\)/giu;
// A books site ("books.example.com") or a books folder — not a word in an article slug ("/news/assad-book-ban" is news).
const BOOK_HOST = /^[a-z]+:\/\/(?:www\.)?(?:e?books?|reads?|bookreviews?)\./i;
const BOOK_URL = /\/(?:[a-z]+-)?(?:e?books?|novels?|chapters?|read-online)\//i;
// Country profiles and fact sheets ("Capital: Damascus", "Population 21.1 million"), year-by-year timelines.
const REFERENCE_TITLE = /\b(?:country profile|fast facts|key facts|fact ?file|fact sheet|at a glance)\b/i;
const FACT_LINE = /^(?:[-•*]\s*)?(capital|population|area|currency|religions?|languages?|major (?:language|religion)|gdp|life expectancy|median age|ethnic groups|unemployment|literacy rate)\b/gim;
const YEAR_LINE = /^(?:[-•*]\s*)?\d{3,4}(?: ?(?:BCE|BC|CE|AD))?(?:\s*[-–]\s*(?:\d{2,4}|present))?\s*(?:[-–:]|\()/gm;
// Charity appeals and how-to-help pages: "Donate now", "Please give generously", "£90 can provide…".
const APPEAL = /\b(?:donate|donating|donations?|give generously|please give|appeal|your (?:urgent )?support|can provide (?:a|an|one)|fundrais\w*|sponsor a)\b/gi;
const HOW_TO_TITLE = /^\s*how (?:you|to|can)\b/i;
// Research papers: "ISSN", "Abstract", "Figure 1", "(BAMF 2017b)", "et al.", a footnote "[1]", "This article examines".
const PAPER = /\b(?:ISSN|doi:|DOI|Abstract|Working Paper|et al\.|(?:Figure|Table) \d+|see section \d+|[Tt]his (?:article|paper|study) (?:examines|argues|analy[sz]es|explores|investigates|assesses))\b|\[\d{1,3}\]|\(\p{Lu}[\p{L}&.]+(?: et al\.)?,? (?:19|20)\d\d[a-z]?(?:, p\. ?\d+)?\)/gu;
// Government sites and official statements: "Press Statement", "We condemn…", "The United States strongly condemns…".
const GOV_HOST = /^[a-z]+:\/\/(?:[^/]*\.)?(?:[^/.]+\.gov(?:\.[a-z]{2})?|[^/.]+\.gouv\.[a-z]{2}|[^/.]+\.gob\.[a-z]{2}|[^/.]+\.gc\.ca|mfa\.[^/]+|[^/.]+\.mil)(?:[:/]|$)/i;
const STATEMENT = /^\s*(?:press (?:statement|release)\b|(?:we|the united states|the government of \p{Lu}\p{L}+) (?:strongly )?(?:condemns?|deplores?|welcomes?|calls on)\b)/iu;
// A personal blog or diary: the writer's own "I" and "my" outside quotations, at least 5 and 3 in every 100 words
// (dev corpus: the personal blog posts reach 3.3–5 %, the most personal news feature 2.4 %).
const FIRST_PERSON = /\b(?:I|[Mm]y|[Mm]e|I'm|I've|I'd|I'll)\b/g;
const QUOTED = /["“][^"”\n]{0,400}["”]/g;
// Job postings: a jobs address ("/jobs/", "/vacancies/", "jobs.example.org") or the furniture of a vacancy ("Duty
// station:", "Contract duration", "Position Summary", "Application deadline", "is looking for a Country Director").
const JOB_URL = /\/(?:jobs?|vacanc(?:y|ies)|elenco-vacancies|careers?|job-offer-list|job-detail)(?:\/|-)|^[a-z]+:\/\/(?:jobs|careers)\./i;
const JOB_TEXT = /\b(?:job (?:title|description|offer)|duty station|contract (?:duration|type)|position summary|application deadline|closing date|terms of reference|(?:your|key) responsibilities|reporting to|vacancy(?: no)?)\b/gi;
const LOOKING_FOR = /\bis looking for an? \p{Lu}/u;
const EVENT_URL = /\/(?:events?|timelines)\//i;
// Forum and comment pages: their folders ("/threads/", "/r/syriancivilwar/", "/comment/3185183", "…/comments", a Discourse
// topic "/t/<slug>/<id>"), their
// hosts ("community.…", "forum.…", mailing-list archives) and their furniture ("Expand full comment").
const FORUM_URL = /\/(?:threads?|forums?|viewtopic|questions|discussions?|r\/\w+|comments?|pipermail)(?:\/|$)|\/t\/[^/?#]+\/\d+|^[a-z]+:\/\/(?:forums?|community|boards?|discuss|lists)\.|showthread\.php/i;
const FORUM_TEXT = /^(?:what's new|reply|quote|log in or register|leave a comment|expand full comment)$|\bsubreddit\b/im;
// Report documents (NGO, UN and research reports as files): a table of contents, an executive summary, a methodology
// section, recommendations, a copyright or licence notice, sections numbered "I. … II. … III. …".
const ROMAN_SECTION = /(?:^|\s)(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s+\p{Lu}/gu;
const REPORT_TEXT = /\b(?:contents|executive summary|methodology|recommendations|all rights reserved|licen[cs]ed under|copyright|cover (?:photo|design)|printed in)\b|©/gi;
// FAQ pages number their questions ("1. What is UNHCR's position …?"); news explainers ask unnumbered ones
// ("Where is Bashar al-Assad?"), and "Q&A:" headlines are news, so only "FAQ" titles count.
// Quizzes: "quiz"/"trivia" in the address or the title ("Do You Understand Syria? Take Our Quiz"), or multiple-choice
// lines ("A) Aleppo B) Hama C) Homs D) Damasco").
const QUIZ_WORD = /quiz|trivia/i;
const MULTIPLE_CHOICE = /^[^\n]*\bA\) [^\n]{1,60}\bB\) [^\n]{1,60}\bC\) /gm;
const FAQ_TITLE = /\b(?:FAQs?|frequently asked questions|Q ?& ?A on)\b/i;
const FAQ_TEXT = /^\s*(?:\d+[.)-]|q:)\s*(?:what|how|can|why|is|are|do|does|who|where|when|irrespective)\b[^\n]{5,160}\?\s*$/im;

const count = (re: RegExp, s: string): number => s.match(re)?.length ?? 0;
const distinct = (re: RegExp, s: string): number => new Set(s.match(re)?.map(x => x.toLowerCase().replace(/^[-•*]\s*/, ''))).size;
const path = (url: string): string => url.replace(/^[a-z]+:\/\/[^/]+/i, '');

export const NON_NEWS: NonNewsRule[] = [
  { why: 'an encyclopedia page', test: p => WIKI_URL.test(p.url) || count(CITATION, p.head) >= 2 || INFOBOX.test(p.head) || definesTitle(p.title || slugTitle(p.url), p.head) || NATIVE_NAME_DEFINITION.test(p.head.trimStart().slice(0, 400)) },
  { why: 'a dictionary page', test: p => PRONUNCIATION.test(p.head) },
  { why: 'a travel advisory', test: p => distinct(ADVISORY, `${p.title}\n${p.head}`) >= 2 },
  { why: 'a comment thread', test: p => count(DATED_POST, p.head) >= 2 },
  { why: 'a podcast or video page', test: p => MEDIA_URL.test(p.url) || distinct(MEDIA_TEXT, `${p.title}\n${p.head}`) >= 2 || distinct(VIDEO_SHARE, p.head) >= 2 },
  { why: 'a situation report', test: p => distinct(SITREP, `${p.title}\n${p.head}`) >= 2 || PERIODICAL_URL.test(p.url) },
  { why: 'a blog post or guide', test: p => distinct(BLOG_VOICE, p.head) + (count(OWN_QUESTION, p.head) >= 2 ? 1 : 0) >= 2 },
  { why: 'a book page or review', test: p => distinct(BOOK_TEXT, `${p.title}\n${p.head}`) >= 3 || BOOK_URL.test(path(p.url)) || BOOK_HOST.test(p.url) },
  { why: 'a reference page', test: p => REFERENCE_TITLE.test(p.title) || distinct(FACT_LINE, p.head) >= 3 || isTimeline(p) },
  { why: 'a charity appeal or how-to page', test: p => distinct(APPEAL, `${p.title}\n${p.head}`) >= 2 || HOW_TO_TITLE.test(p.title) },
  { why: 'a research paper or report', test: p => count(PAPER, p.head) >= 2 || distinct(REPORT_TEXT, p.head) + (count(ROMAN_SECTION, p.head) >= 3 ? 1 : 0) >= 3 },
  { why: 'an official statement or government page', test: p => GOV_HOST.test(p.url) || STATEMENT.test(p.head) },
  { why: 'an event listing or timeline tool', test: p => EVENT_URL.test(p.url) },
  { why: 'a job posting', test: p => JOB_URL.test(p.url) || distinct(JOB_TEXT, p.head) + (LOOKING_FOR.test(p.head) ? 1 : 0) >= 2 },
  { why: 'a personal blog or diary', test: p => personalVoice(p.head) },
  { why: 'a forum page', test: p => FORUM_URL.test(p.url) || FORUM_TEXT.test(p.head) },
  { why: 'a quiz', test: p => QUIZ_WORD.test(p.url.replace(/[?#].*$/, '')) || QUIZ_WORD.test(p.title) || count(MULTIPLE_CHOICE, p.head) >= 2 },
  { why: 'a questions-and-answers page', test: p => FAQ_TITLE.test(p.title) || FAQ_TEXT.test(p.head) },
];

/** An encyclopedia opening: the first sentence restates the title and defines it ("The Ghouta chemical attack was a…"),
 * or gives its subject's other names before defining it ("The Geneva II Conference (also called …) was a …"). */
function definesTitle(title: string, head: string): boolean {
  const t = title.replace(/\s*\(.*\)\s*$/, '').trim().toLowerCase();
  // "Hayat Tahrir al-Sham (also known as HTS) was …" in a news story is not about the page's own title.
  const also = ALSO_CALLED.exec(head.slice(0, 1500));
  if (also?.[1] && t.split(/\s+/).length >= 2 && also[1].toLowerCase().includes(t.split(/\s+/).slice(0, 2).join(' '))) return true;
  if (t.split(/\s+/).length < 2) return false;
  // A stored page often repeats its headline on a line of its own above the text: the definition follows it.
  const lines = head.trimStart().split('\n');
  const rest = lines[0]!.trim().toLowerCase() === t ? lines.slice(1).join('\n').trimStart() : head.trimStart();
  const first = rest.slice(0, 300).toLowerCase();
  const at = first.startsWith(t) ? t.length : first.startsWith(`the ${t}`) ? t.length + 4 : -1;
  // Same line: a page that repeats its headline above a news lede is not defining anything.
  return at >= 0 && /^[^.\n]{0,120}?\b(?:is|was|are|were|refers to)\b (?:a|an|the)\b/.test(first.slice(at));
}

function personalVoice(head: string): boolean {
  const own = head.replace(QUOTED, ' ');
  const mine = own.replace(/[’‘]/g, "'").match(FIRST_PERSON)?.length ?? 0;
  const words = own.split(/\s+/).filter(Boolean).length;
  return mine >= 5 && mine * 100 >= 3 * words;
}

/** A page stored without its title is often named by its address: "/spellchecker.net/syrian%20civil%20war" → "syrian
 * civil war" (two words or more, else nothing). */
function slugTitle(url: string): string {
  const last = path(url).replace(/[?#].*$/, '').split('/').filter(Boolean).pop() ?? '';
  let words = last;
  try { words = decodeURIComponent(last); } catch { /* a malformed escape: keep the raw slug */ }
  words = words.replace(/\.[a-z]{2,5}$/i, '').replace(/[-_+\s]+/g, ' ').trim();
  return /\d/.test(words) || words.split(' ').length < 2 ? '' : words;
}

/** A year-by-year timeline: most lines start with a year ("1946 - Independence …", "2011 (March 15, Tuesday): …"). */
function isTimeline(p: PageText): boolean {
  const years = count(YEAR_LINE, p.head);
  return years >= 5 && years * 3 >= p.lines.length;
}
