import { describe, expect, it } from 'vitest';
import { jsonLdDates } from '../../../src/core/published-date/json-ld.js';
import { doc } from './helpers.js';

const ld = (json: string): Document => doc(`<script type="application/ld+json">${json}</script>`);
const brief = (d: Document) => jsonLdDates(d).map(c => `${c.date} ${c.role} ${c.article ? 'article' : 'other'} ${c.source}`);

describe('json-ld', () => {
  it('reads an article’s datePublished and dateModified', () => {
    expect(brief(ld('{"@type":"NewsArticle","datePublished":"2017-07-10T07:02:00+02:00","dateModified":"2017-07-11T09:00:00+02:00"}')))
      .toEqual(['2017-07-10 published article json-ld/datePublished', '2017-07-11 modified article json-ld/dateModified']);
  });
  it('finds dates nested in @graph (Yoast) and keeps the WebPage apart from the Article', () => {
    expect(brief(ld('{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2019-11-17"},{"@type":"BlogPosting","datePublished":"2019-11-16"}]}')))
      .toEqual(['2019-11-17 published other json-ld/datePublished', '2019-11-16 published article json-ld/datePublished']);
  });
  it('skips comments and other foreign nodes', () => {
    expect(brief(ld('{"@type":"Article","datePublished":"2020-01-02","comment":[{"@type":"Comment","dateCreated":"2020-03-04"}],"author":{"@type":"Person","dateCreated":"2001-01-01"}}')))
      .toEqual(['2020-01-02 published article json-ld/datePublished']);
  });
  it('does not take an embedded video’s uploadDate for the article’s', () => {
    expect(brief(ld('[{"@type":"VideoObject","uploadDate":"2015-01-16T14:53:35+01:00"}]'))).toEqual(['2015-01-16 published other json-ld/uploadDate']);
  });
  it('falls back to a key search when the block is not valid JSON (trailing comma)', () => {
    expect(brief(ld('{"@type":"NewsArticle","datePublished":"2020-10-26T18:10:00+01:00",}'))).toEqual(['2020-10-26 published article json-ld/datePublished']);
  });
  it('ignores values that are not dates', () => {
    expect(brief(ld('{"@type":"Article","datePublished":"soon"}'))).toEqual([]);
  });
});
