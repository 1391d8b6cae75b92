// Is this page a news article, a live blog, a list of stories (section front, tag, search or home page) or something
// else (encyclopedia, recipe, reference page …)? Works from url + title + text alone (the CLI's JSON Lines inputs);
// page metadata and DOM structure, when present, come first.
import type { DetectInput, PageKind } from '../types.js';
import { listingReason, TEASER_LINK } from './listing.js';
import { NON_NEWS } from './non-news.js';

export interface PageKindVerdict {
  pageKind: PageKind;
  isNews: boolean;
  reasons: string[];
}

const NEWS_TYPES = /^(?:NewsArticle|ReportageNews|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|Article|BlogPosting|Report)$/;
const LIST_TYPES = /^(?:CollectionPage|ItemList|SearchResultsPage|WebSite|ProfilePage|SiteNavigationElement)$/;
const OTHER_TYPES = /^(?:Recipe|Product|Book|Movie|SoftwareApplication|JobPosting|FAQPage|QAPage|DiscussionForumPosting)$/;
const LIVE_URL = /\/live(?:[-/]|$)|[-/]live-(?:updates|blog|news)/i;
const LIVE_TITLE = /\blive(?: updates| blog|:)|\bas it happened\b/i;
const LIVE_INDEX_TITLE = /^\s*live(?: blogs| news| coverage)?\s*$/i;

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
  const page = { url, title: input.title, head, lines };
  const rule = NON_NEWS.find(r => r.test(page));
  if (rule) return other(rule.why);

  const typedNews = types.some(t => NEWS_TYPES.test(t)) || input.ogType === 'article';
  if (!typedNews) {
    if (types.some(t => LIST_TYPES.test(t))) return section('a list of stories (page type)');
    const listing = listingReason({ ...page, readerable: input.readerable, linkDensity: input.linkDensity, headlineLinks: input.headlineLinks });
    if (listing) return section(listing);
    if (namesATopic(input.title)) return other('a topic page (its title names a topic, not a story)');
  }
  return { pageKind: 'article', isNews: true, reasons: newsEvidence(input, typedNews, head) };
}

// "BEIRUT (Reuters) -", "SANAA, Yemen —", "MALACCA:", "BEIRUT //": a wire dateline opening the story.
const DATELINE = /^\s*[A-Z][A-Z .'/-]{2,30}(?:,\s*[A-Z][A-Za-z .]{2,20})?\s*(?:\([^)\n]{1,40}\))?\s*(?:[-–—:]|\/\/)\s/m;

/** What says "news article" besides the absence of other page kinds, for the popup's why. */
function newsEvidence(input: DetectInput, typedNews: boolean, head: string): string[] {
  const seen = [
    typedNews ? 'news metadata' : '',
    DATELINE.test(head.slice(0, 400)) ? 'a dateline' : '',
    input.byline ? 'a byline' : '',
  ].filter(Boolean);
  return seen.length ? [`a news article (${seen.join(', ')})`] : [];
}

/** "Syria", "Middle East", "Sweida": a headline tells a story in more words (evidence: every title of one or two words
 * in the dev corpora is a tag, section, reference or charity page; three-word titles include news galleries such as
 * "Syria in ruins"). */
function namesATopic(title: string): boolean {
  const t = title.split(' | ')[0]!.trim();
  return t.length > 0 && !/[:?!\d]/.test(t) && t.split(/\s+/).length <= 2;
}

const other = (why: string): PageKindVerdict => ({ pageKind: 'other', isNews: false, reasons: [why] });
const section = (why: string): PageKindVerdict => ({ pageKind: 'section', isNews: false, reasons: [why] });
