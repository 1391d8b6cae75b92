// Is this page a news article, a live blog, a section front / list of stories, or something else (encyclopedia,
// recipe, forum, FAQ)? Works from url + title + text alone (the CLI's JSON Lines inputs); page metadata and DOM
// structure, when present, take precedence.
import type { DetectInput, PageKind } from '../types.js';

export interface PageKindVerdict {
  pageKind: PageKind;
  isNews: boolean;
  reasons: string[];
}

const NEWS_TYPES = /^(?:NewsArticle|ReportageNews|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|Article|BlogPosting|Report)$/;
const LIST_TYPES = /^(?:CollectionPage|ItemList|SearchResultsPage|WebSite|ProfilePage|SiteNavigationElement)$/;
const OTHER_TYPES = /^(?:Recipe|Product|Book|Movie|SoftwareApplication|JobPosting|FAQPage|QAPage|DiscussionForumPosting)$/;

// Listing and search URLs: /tag/x, /topics/x, /category/x/page/3, /search?q=, /news-category/x, /author/x.
const LIST_URL = /_archive\.html|\/(?:tags?|topics?|category|categories|sections?|news-category|authors?|archives?|search)(?:\/|$|\?)|[?&](?:q|query|s|search|tag|cat|category|topic)=|\/page\/\d+\/?$/i;
// A site's home page: nothing after the host but a language code or index file.
const HOME_URL = /^[a-z]+:\/\/[^/?#]+\/?(?:[a-z]{2}(?:-[a-z]{2})?\/?|index\.\w+)?(?:#.*)?$/i;
const LIVE_URL = /\/live(?:[-/]|$)|[-/]live-(?:updates|blog|news)/i;
const LIVE_TITLE = /\blive(?: updates| blog|:)|\bas it happened\b/i;
const LIVE_INDEX_TITLE = /^\s*live(?: blogs| news| coverage)?\s*$/i;
const WIKI_URL = /(?:^|[./])(?:wiki[a-z]*|[a-z]*wiki|britannica|encyclopedia|liquisearch)\.|\/wiki\/|wikipedia/i;
const BOOK_URL = /(?:^|[/-])(?:e?books?|novels?|chapters?|read-online)(?:[/_.-]|$)/i;
// Government sites and official statements: "Press Statement", "We condemn…", "The United States strongly condemns…".
const GOV_HOST = /^[a-z]+:\/\/(?:[^/]*\.)?(?:[^/.]+\.gov(?:\.[a-z]{2})?|[^/.]+\.gouv\.[a-z]{2}|[^/.]+\.gob\.[a-z]{2}|[^/.]+\.gc\.ca|mfa\.[^/]+|[^/.]+\.mil)(?:[:/]|$)/i;
const STATEMENT = /^\s*(?:press (?:statement|release)\b|(?:we|the united states|the government of \p{Lu}\p{L}+) (?:strongly )?(?:condemns?|deplores?|welcomes?|calls on)\b)/iu;
const EVENT_URL = /\/events?\//i;
const FORUM_URL = /\/(?:threads?|forums?|viewtopic|questions)\//i;

// Text shapes of a list of teasers: "Full Story", "[Read more...]", "Digest more", or teasers cut off mid-sentence.
const TEASER_LINK = /^(?:full story|read more|\[?read more(?:\.\.\.|…)?\]?|digest more|continue reading)$|(?:\.\.\.|…)\s*(?:\[read more(?:\.\.\.|…)?\])?$/i;
// Encyclopedia: citation markers, infobox rows, "Last updated".
const CITATION = /\[(?:\d{1,3}|[a-z]|citation needed)\]/g;
const INFOBOX = /^(?:-\s*)?(?:belligerents|commanders and leaders|units involved|casualties and losses|part ?of:? (?:the )?[^\n]{0,80}\b(?:war|conflict|campaign|offensive|intervention|involvement)\s*$|date\b.*\(\d+ (?:days?|months?)|result\b|territorial\s*changes|last updated)/im;
const ALSO_CALLED = /\((?:also (?:called|known as)|or simply)\b[^)]{0,900}\)[^.]{0,300}?\b(?:is|was|are|were) (?:a|an|the)\b/i;
// Blog archives and label pages.
const ARCHIVE_TEXT = /^(?:showing posts (?:from|with label|for)|posts tagged|« older entries|older posts)\b/im;
// Comment threads: several lines that start with a date and go on with the post ("Sep 3, 2015 What exactly…").
const DATED_POST = /^(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4}) +\S[^\n]{20,}$/gm;
// Government travel advisories: "Travel Warning", "U.S. citizens", "consular services", "Do not travel".
const ADVISORY = /\b(?:travel (?:warning|advisory|alert)|do not travel|defer (?:all|non-?essential) travel|consular (?:services|affairs|information|relations|assistance)|u\.s\. citizens|citizens (?:should|are advised))\b/gi;
// Book pages and reviews: "ISBN", "paperback", "368 pages", "the novel", "readers", "protagonist".
const BOOK_TEXT = /\b(?:isbn|paperback|hardcover|hardback|e-?book|\d{2,4} pages|(?:the|this|her|his|debut|first) (?:novel|book|memoir)|novels?|readers?|protagonist|(?:narrative )?non-?fiction|fiction|(?:review|reviewed|translated) by|publisher|rate this book|book club)\b/gi;
// Reference pages: country profiles and fact sheets ("Capital: Damascus", "Population 21.1 million"), timelines.
const REFERENCE_TITLE = /\b(?:country profile|fast facts|key facts|fact ?file|fact sheet|at a glance)\b/i;
const FACT_LINE = /^(?:[-•*]\s*)?(capital|population|area|currency|religions?|languages?|major (?:language|religion)|gdp|life expectancy|median age|ethnic groups|unemployment|literacy rate)\b/gim;
const YEAR_LINE = /^(?:[-•*]\s*)?\d{3,4}(?: ?(?:BCE|BC|CE|AD))?(?:\s*[-–]\s*(?:\d{2,4}|present))?\s*(?:[-–:]|\()/gm;
// Podcast, video and streaming pages: "In this episode", "Season: 1", "Duration: 1h".
const MEDIA_URL = /\/(?:podcasts?|episodes?|tvshows?|tv-shows?)\//i;
const MEDIA_TEXT = /\b(?:podcasts?|(?:this|the|first|final|next|last) episode|episodes \d|ad choices|listen (?:now|here|on)|subscribe to (?:the|our) podcast|documentary podcast)\b|^(?:type|season|episode|duration|release|rating|runtime)\s*:/gim;
// Humanitarian situation reports and bulletins.
const SITREP = /\b(?:situation report|flash update|sit ?rep|humanitarian bulletin|this (?:report|update) (?:is|was) (?:produced|compiled|prepared)|the next (?:report|update) will)\b/gi;
// Blog and guide voice: "Let's unpack…", "Hey everyone", "in this guide", and the writer's own questions.
const BLOG_VOICE = /\blet['’]s\b|\bhey (?:everyone|there|guys|folks)\b|\bguys\b|\bfolks\b|\b(?:in )?this (?:guide|post)\b|\bstay tuned\b/gi;
const OWN_QUESTION = /\?(?![\s]*["”’'])/g;
// Research papers and reports: "ISSN", "Abstract", "Figure 1", "(BAMF 2017b)", "et al.".
const PAPER = /\b(?:ISSN|doi:|DOI|Abstract|Working Paper|et al\.|(?:Figure|Table) \d+|see section \d+)\b|\(\p{Lu}[\p{L}&.]+(?: et al\.)?,? (?:19|20)\d\d[a-z]?(?:, p\. ?\d+)?\)/gu;
// Forum and FAQ pages.
const FAQ_TITLE = /\b(?:Q ?& ?A|FAQs?|frequently asked questions)\b/i;
const FORUM_TEXT = /^(?:what's new|reply|quote|log in or register|leave a comment)$/im;
const FAQ_TEXT = /^\s*(?:\d+[.-]\s*|q:\s*)?(?:what|how|can|why|is|are|do|does|who|where|when)\b[^\n]{5,120}\?\s*$/gim;

export function classifyPage(input: DetectInput): PageKindVerdict {
  const url = input.url ?? '';
  const types = input.jsonLdTypes ?? [];
  const lines = input.text.split('\n').map(l => l.trim()).filter(Boolean);
  const head = input.text.slice(0, 4000);

  if (types.includes('LiveBlogPosting') || LIVE_URL.test(url) || LIVE_TITLE.test(input.title)) {
    // An index of live blogs is a list of links to them, not one of them.
    const links = lines.filter(l => TEASER_LINK.test(l)).length;
    if (!types.includes('LiveBlogPosting') && (LIVE_INDEX_TITLE.test(input.title) || links >= 3)) return section('a live-blog index');
    return { pageKind: 'live-blog', isNews: true, reasons: ['a live blog'] };
  }
  if (types.some(t => OTHER_TYPES.test(t))) return other('not a news page (page type)');
  const typedNews = types.some(t => NEWS_TYPES.test(t)) || input.ogType === 'article';
  if (WIKI_URL.test(url) || (head.match(CITATION)?.length ?? 0) >= 2 || INFOBOX.test(head)) return other('an encyclopedia page');
  if (definesTitle(input.title, head)) return other('an encyclopedia page');
  if (new Set(`${input.title}\n${head}`.match(ADVISORY)?.map(m => m.toLowerCase())).size >= 2) return other('a travel advisory');
  if ((head.match(DATED_POST)?.length ?? 0) >= 2) return other('a comment thread');
  if (MEDIA_URL.test(url) || distinct(`${input.title}\n${head}`.match(MEDIA_TEXT)) >= 2) return other('a podcast or video page');
  if (distinct(`${input.title}\n${head}`.match(SITREP)) >= 2) return other('a situation report');
  if (distinct(head.match(BLOG_VOICE)) + ((head.match(OWN_QUESTION)?.length ?? 0) >= 2 ? 1 : 0) >= 2) return other('a blog post or guide');
  if (distinct(head.match(BOOK_TEXT)) >= 3) return other('a book page or review');
  if (REFERENCE_TITLE.test(input.title) || distinct(head.match(FACT_LINE)) >= 3) return other('a reference page');
  const yearLines = head.match(YEAR_LINE)?.length ?? 0;
  if (yearLines >= 5 && yearLines * 3 >= lines.length) return other('a reference timeline');
  if ((head.match(PAPER)?.length ?? 0) >= 2) return other('a research paper or report');
  if (GOV_HOST.test(url) || STATEMENT.test(head)) return other('an official statement or government page');
  if (EVENT_URL.test(url)) return other('an event listing');
  if (BOOK_URL.test(url.replace(/^[a-z]+:\/\/[^/]+/i, ''))) return other('a book page');
  if (FORUM_URL.test(url) || FORUM_TEXT.test(head)) return other('a forum page');
  if (FAQ_TITLE.test(input.title) || (head.match(FAQ_TEXT)?.length ?? 0) >= 2) return other('a questions-and-answers page');

  if (ARCHIVE_TEXT.test(head)) return section('a blog archive');
  const teasers = lines.filter(l => TEASER_LINK.test(l) || isCutOff(l)).length;
  // Section fronts: mostly link text, or a long run of linked headlines around little prose.
  const density = input.linkDensity ?? 0;
  const domList = !typedNews && ((input.readerable === false && density > 0.5) || ((input.headlineLinks ?? 0) >= 12 && density > 0.35));
  const listUrl = (LIST_URL.test(url) || pagedIndex(url) || HOME_URL.test(url)) && !typedNews;
  if (types.some(t => LIST_TYPES.test(t)) && !typedNews) return section('a list of stories (page type)');
  if (domList || listUrl || teasers >= 3 || (teasers >= 2 && teasers * 3 >= lines.length)) {
    return section(listUrl ? 'a section, tag or search page' : 'a list of stories');
  }
  if (!typedNews && namesATopic(input.title)) return other('a topic page (its title names a topic, not a story)');
  return { pageKind: 'article', isNews: true, reasons: [] };
}

const distinct = (m: RegExpMatchArray | null): number => new Set(m?.map(x => x.toLowerCase().replace(/^[-•*]\s*/, ''))).size;

/** "Syria", "Middle East", "Siege of Kobanî": a headline tells a story in more words (evidence: every title of three
 * words or fewer in the dev corpora is a tag, section, encyclopedia or reference page). */
function namesATopic(title: string): boolean {
  const t = title.split(' | ')[0]!.trim();
  return t.length > 0 && !/[:?!\d]/.test(t) && t.split(/\s+/).length <= 3;
}

/** "/en/syria?page=13": a paged index, not a paged article (an article's URL carries a slug or a long id). */
function pagedIndex(url: string): boolean {
  const m = /^[a-z]+:\/\/[^/]+(\/[^?#]*)?\?(?:[^#]*&)?page=\d+/i.exec(url);
  if (!m) return false;
  const path = m[1] ?? '/';
  const last = path.split('/').filter(Boolean).pop() ?? '';
  return !/\d{4,}/.test(path) && (last.match(/[-_]/g)?.length ?? 0) < 2;
}

/** An encyclopedia opening: the first sentence restates the title and defines it ("The Ghouta chemical attack was a…"),
 * or names its subject's other names before defining it ("The Geneva II Conference (also called …) was a …"). */
function definesTitle(title: string, head: string): boolean {
  if (ALSO_CALLED.test(head.slice(0, 1500))) return true;
  const t = title.replace(/\s*\(.*\)\s*$/, '').trim().toLowerCase();
  if (t.split(/\s+/).length < 2) return false;
  const first = head.trimStart().slice(0, 300).toLowerCase();
  const at = first.startsWith(t) ? t.length : first.startsWith(`the ${t}`) ? t.length + 4 : -1;
  return at >= 0 && /^[^.]{0,120}?\b(?:is|was|are|were|refers to)\b (?:a|an|the)\b/.test(first.slice(at));
}

/** A long line that stops mid-sentence: a teaser cut off by a listing page, not a paragraph or a caption. */
function isCutOff(line: string): boolean {
  return line.length >= 80 && !/^[-•*–]\s/.test(line) && /[\p{L},]$/u.test(line) && !/[.!?:"”’)\]]\s*\S{0,3}$/u.test(line);
}

const other = (why: string): PageKindVerdict => ({ pageKind: 'other', isNews: false, reasons: [why] });
const section = (why: string): PageKindVerdict => ({ pageKind: 'section', isNews: false, reasons: [why] });
