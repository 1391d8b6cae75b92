import { describe, expect, it } from 'vitest';
import { timeElementDates } from '../../../src/core/published-date/time-element.js';
import { doc } from './helpers.js';

const brief = (html: string) => timeElementDates(doc(html), 'dmy').map(c => `${c.date} ${c.role} ${c.source}`);

describe('time elements and microdata', () => {
  it.each([
    ['<article><time datetime="2020-01-27T10:00:00+01:00">27. Januar</time></article>', '2020-01-27 other time[datetime]'],
    ['<time pubdate datetime="2020-01-27">x</time>', '2020-01-27 published time[pubdate]'],
    ['<time class="entry-date published" datetime="2020-01-27">x</time>', '2020-01-27 published time[datetime]'],
    ['<time class="updated" datetime="2020-02-01">x</time>', '2020-02-01 modified time[datetime]'],
    ['<span itemprop="datePublished" content="2020-01-27">27.01.2020</span>', '2020-01-27 published itemprop/datePublished'],
    ['<span itemprop="dateModified">2020-02-01</span>', '2020-02-01 modified itemprop/dateModified'],
    ['<abbr class="published" title="2020-01-27T10:00:00Z">Jan 27</abbr>', '2020-01-27 published abbr[title]'],
    ['<time>27.01.2020, 12:01 Uhr</time>', '2020-01-27 other time[datetime]'],
    ['<time>05/10/2018</time>', '2018-10-05 other time[datetime]'],
    ['<time datetime="10/05/2018 09:00">x</time>', '2018-10-05 other time[datetime]'],
  ])('%s', (html, expected) => {
    expect(brief(html)).toEqual([expected]);
  });
  it('ignores a time without a day', () => {
    expect(brief('<time datetime="PT5M">5 min</time><time>12:01</time>')).toEqual([]);
  });
});
