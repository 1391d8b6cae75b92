// Pages that list stories rather than tell one: section fronts, tag, search and archive pages, home pages, paged
// indexes, teaser lists. Read from the URL, the line shapes of the text, and DOM structure when there was a DOM.

// /tag/x, /topics/x, /category/x/page/3, /search?q=, ?tag=x, /news-category/x, /author/x, blogspot archives.
const LIST_URL = /_archive\.html|\/(?:tags?|topics?|category|categories|sections?|news-category|authors?|archives?|search)(?:\/|$|\?)|[?&](?:q|query|s|search|tag|cat|category|topic)=|\/page\/\d+\/?$/i;
// The page of one tag, topic, category or author, however long its name ("/tag/suriye-ordusu-turk-gozlem-noktasina",
// "/Tag/35591/Syrian-Congress-on-National-Dialogue").
const TAG_NAME_URL = /\/(?:tags?|topics?|category|categories|authors?)\/(?:\d+\/)?[^/?#]+\/?(?:[?#].*)?$/i;
// A site's home page: nothing after the host but a language code or an index file.
const HOME_URL = /^[a-z]+:\/\/[^/?#]+\/?(?:[a-z]{2}(?:-[a-z]{2})?\/?|index\.\w+)?(?:#.*)?$/i;
// A blog's or paper's date archive: the path is a year, or a year and month (and day), after at most a short folder
// ("/2016/04", "/blog/2016/04/"); an article names itself in a slug, before or after its date.
const DATE_ARCHIVE_URL = /^[a-z]+:\/\/[^/?#]+(?:\/[a-z]{1,12})?\/(?:19|20)\d\d(?:\/[01]?\d){0,2}\/?(?:[?#].*)?$/i;
// "Syria news", "Latest Syria News", "Syria news headlines": a front for a topic, not a story.
// A headline ending in "fake news" or "good news" tells a story.
const NEWS_FRONT_TITLE = /^(?:latest |breaking )?(?:[\p{L}'-]+ ){1,3}(?<!(?:fake|good|bad|great|false|the|no|big) )news(?: headlines| stories| and updates| today)?$/iu;
const ARCHIVE_TEXT = /^(?:showing posts (?:from|with label|for)|posts tagged|« older entries|older posts)\b/im;
// "Full Story", "[Read more...]", "Digest more", or a line ending in an ellipsis.
export const TEASER_LINK = /^(?:full story|read more|\[?read more(?:\.\.\.|…)?\]?|digest more|continue reading)$|(?:\.\.\.|…)\s*(?:\[read more(?:\.\.\.|…)?\])?$/i;

export interface ListingSignals {
  url: string;
  title: string;
  head: string;
  lines: string[];
  readerable?: boolean;
  linkDensity?: number;
  headlineLinks?: number;
}

/** Why the page is a listing, or null. */
export function listingReason(s: ListingSignals): string | null {
  if ((LIST_URL.test(s.url) && (!articleSlug(s.url) || TAG_NAME_URL.test(s.url))) || pagedIndex(s.url) || HOME_URL.test(s.url) || DATE_ARCHIVE_URL.test(s.url)) return 'a section, tag, search or home page';
  if (NEWS_FRONT_TITLE.test(s.title.split(' | ')[0]!.trim())) return 'a section front (its title names a news topic)';
  if (ARCHIVE_TEXT.test(s.head)) return 'a blog archive';
  const density = s.linkDensity ?? 0;
  // Mostly link text, or a long run of linked headlines around little prose.
  if ((s.readerable === false && density > 0.5) || ((s.headlineLinks ?? 0) >= 12 && density > 0.35)) return 'a list of stories';
  // The headline repeated above the text is not a teaser, and a stored excerpt may stop mid-sentence at its end.
  const body = s.lines.slice(0, -1);
  const teasers = body.filter(l => l !== s.title.trim() && (TEASER_LINK.test(l) || isCutOff(l))).length;
  if (teasers >= 3 || (teasers >= 2 && teasers * 3 >= body.length)) return 'a list of stories';
  return null;
}

/** An article's own address under a listing-like folder ("/archives/2024/01/three-ways-for-syrians-abroad-to-obtain-a-
 * passport/"): a slug of four words or more ends the path (a number alone is a tag id as often as an article id). */
function articleSlug(url: string): boolean {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  const last = path.split('/').filter(Boolean).pop() ?? '';
  // WordPress's numeric permalinks file each post as "/archives/97506".
  return last.split('-').filter(Boolean).length >= 4 || /\/archives\/\d{3,}\/?$/.test(path);
}

/** "/en/syria?page=13", "/regions/all/187?pageOn=54", "/syria/4": a paged index, not a paged article (an article's URL
 * carries a slug or a long id). */
function pagedIndex(url: string): boolean {
  const query = /^[a-z]+:\/\/[^/]+(\/[^?#]*)?\?(?:[^#]*&)?(?:page|pageon|paged|pg|pgno)=\d+/i.exec(url);
  if (query) {
    const path = query[1] ?? '/';
    const last = path.split('/').filter(Boolean).pop() ?? '';
    return !/\d{4,}/.test(path) && (last.match(/[-_]/g)?.length ?? 0) < 2;
  }
  // A one-word topic folder and a page number of one to three digits.
  return /^[a-z]+:\/\/[^/?#]+(?:\/[a-z]{2}(?:-[a-z]{2})?)?\/[a-z]{3,}\/\d{1,3}\/?(?:[?#].*)?$/i.test(url);
}

/** A long line that stops mid-sentence: a teaser cut off by a listing page, not a paragraph, a bullet or a photo
 * caption ending in its credit ("… March 7, 2014. REUTERS/Hosam Katan"). */
function isCutOff(line: string): boolean {
  return line.length >= 80 && !/^[-•*–]\s/.test(line) && /[\p{L},]$/u.test(line) && !/[.!?:"”’)\]]\s*\S{0,3}$/u.test(line) && !PHOTO_CREDIT.test(line);
}

// "… REUTERS/Hosam Katan", "… Photo: BULENT KILIC/AFP", "… Photo: Rodi Said/REUTERS".
const PHOTO_CREDIT = /(?:^|[\s./])(?:REUTERS|Reuters|AFP|AP|EPA|Getty Images|Anadolu|SANA|Xinhua)(?:\/[^\n]{0,60})?$|\bPhoto(?:graph)?:\s*[^\n]{2,60}$/;
