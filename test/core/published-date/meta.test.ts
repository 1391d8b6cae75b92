import { describe, expect, it } from 'vitest';
import { metaDates } from '../../../src/core/published-date/meta.js';
import { doc } from './helpers.js';

const brief = (html: string) => metaDates(doc(`<!doctype html><html><head>${html}</head><body></body></html>`)).map(c => `${c.date} ${c.role} ${c.source}`);

describe('meta', () => {
  it.each([
    ['<meta property="article:published_time" content="2017-07-10T07:02:00+02:00">', '2017-07-10 published meta/article:published_time'],
    ['<meta name="DC.date.issued" content="2017-07-10">', '2017-07-10 published meta/dc.date.issued'],
    ['<meta name="pubdate" content="20170710">', '2017-07-10 published meta/pubdate'],
    ['<meta name="sailthru.date" content="Mon, 10 Jul 2017 07:02:00 -0400">', '2017-07-10 published meta/sailthru.date'],
    ['<meta name="parsely-pub-date" content="2017-07-10T11:02:00Z">', '2017-07-10 published meta/parsely-pub-date'],
    ['<meta name="parsely-page" content=\'{"title": "x", "pub_date": "2017-07-10T11:02:00Z"}\'>', '2017-07-10 published meta/parsely-page'],
    ['<meta itemprop="datePublished" content="2017-07-10">', '2017-07-10 published meta/datepublished'],
    ['<meta property="article:modified_time" content="2017-07-12T08:00:00Z">', '2017-07-12 modified meta/article:modified_time'],
    ['<meta property="og:updated_time" content="2017-07-12">', '2017-07-12 modified meta/og:updated_time'],
    ['<meta name="date" content="2017-07-10">', '2017-07-10 other meta/date'],
    ['<meta name="date" content="11/01/2023 12:43:42">', '2023-11-01 other meta/date'],
  ])('%s', (html, expected) => {
    expect(brief(html)).toEqual([expected]);
  });
  it('ignores unknown names and non-dates', () => {
    expect(brief('<meta name="viewport" content="2017-07-10"><meta name="date" content="today">')).toEqual([]);
  });
});
