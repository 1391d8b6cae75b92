import { describe, expect, it } from 'vitest';
import { urlDates, urlMonth } from '../../../src/core/published-date/url.js';

describe('url', () => {
  it.each([
    ['https://sprechblase.wordpress.com/2019/11/17/elektro-zapfsaeulen/', '2019-11-17'],
    ['https://example.com/news/2017-07-10-geneva-talks', '2017-07-10'],
    ['https://example.com/news/20170710/geneva', '2017-07-10'],
    ['https://example.com/a/geneva_2017_07_10.html', '2017-07-10'],
    ['https://weisser-ring.de/media-news/meldungen/29-10-2021', '2021-10-29'],
    ['https://example.com/2017/13/45/x', null],
    ['https://example.com/article-201712345', null],
    ['https://example.com/story?date=2017-07-10', null],
    ['https://20170710.example.com/story', null],
    [null, null],
  ])('%s → %s', (url, day) => {
    expect(urlDates(url)[0]?.date ?? null).toBe(day);
  });
  it('gives the year and month when the URL has no day', () => {
    expect(urlMonth('https://example.com/2017/07/geneva-talks')).toBe('2017-07');
    expect(urlMonth('https://example.com/geneva-talks')).toBeNull();
  });
});
