// <meta> conventions (Open Graph, Dublin Core, Parse.ly, Sailthru, Cxense, Highwire, microdata in <meta itemprop>).
// Names are matched case-insensitively on property / name / itemprop / http-equiv. The list follows the names htmldate
// and newspaper look for; "published" names are the page's own claim, "modified" ones must not win over them, and
// bare "date" names are weaker (often the crawl or the render date).
import type { Candidate, Role } from './candidate.js';
import { parseMachineDate } from './dates.js';

const NAMES: Record<string, Role> = {};
const set = (role: Role, names: string): void => { for (const n of names.split(' ')) NAMES[n] = role; };
set('published', 'article:published_time article:published og:article:published_time og:published_time article.published '
  + 'article_date_original article.created date_published datepublished published_time published-date publish_date '
  + 'publish-date publishdate pubdate pub_date publication_date publication-date dc.date.issued dcterms.issued dc.date.created '
  + 'dcterms.created dc:created parsely-pub-date sailthru.date cxenseparse:recs:publishtime originalpublicationdate '
  + 'original-publish-date citation_publication_date citation_date citation_online_date prism.publicationdate '
  + 'rnews:datepublished og:pubdate bt:pubdate eprints.date creation_date created date_created datecreated article:post_date '
  + 'content_create_date nv:date_published dailymotion:publication_date ptime release_date cxenseparse:publishtime '
  + 'analyticsattributes.articledate datecreate arc:published_time');
set('modified', 'article:modified_time article:modified og:updated_time article.updated datemodified date_modified modified_time '
  + 'last-modified lastmodified last_modified lastmod dc.date.modified dcterms.modified revised updated_time article:updated_time '
  + 'og:article:modified_time utime cxenseparse:recs:modifiedtime dateupdated');
set('other', 'date dc.date dcterms.date dc:date dc.date.available dcterms.available timestamp displaydate date.available '
  + 'sailthru.date.published citation_cover_date search_date');

export function metaDates(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const name = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? el.getAttribute('http-equiv') ?? '').trim().toLowerCase();
    const content = el.getAttribute('content') ?? el.getAttribute('datetime');
    if (!name || !content) continue;
    // Parse.ly's JSON blob: {"pub_date": "2017-07-10T07:02:00Z", …}
    const value = name === 'parsely-page' ? /"pub_date"\s{0,3}:\s{0,3}"([^"]{6,40})"/.exec(content)?.[1] : content;
    const role = name === 'parsely-page' ? 'published' : NAMES[name];
    if (!role || !value) continue;
    const d = parseMachineDate(value);
    if (d) out.push({ source: `meta/${name}`, date: d.date, raw: value.slice(0, 80), role, order: out.length });
  }
  return out;
}
