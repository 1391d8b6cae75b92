import { describe, expect, it } from 'vitest';
import { datelineDates } from '../../../src/core/published-date/visible-dateline.js';
import { doc } from './helpers.js';

const brief = (html: string) => datelineDates(doc(html), 'dmy').map(c => `${c.date} ${c.role}`);

describe('visible datelines', () => {
  it.each([
    ['<div class="article-date">10. Juli 2017</div>', ['2017-07-10 other']],
    ['<p class="byline">By Jane Doe, July 10, 2017 7:02 AM</p>', ['2017-07-10 other']],
    ['<span id="datum">Veröffentlicht am 10.07.2017</span>', ['2017-07-10 published']],
    ['<div class="meta">Publié le 10 juillet 2017, mis à jour le 11 juillet 2017</div>', ['2017-07-10 published', '2017-07-11 modified']],
    ['<div class="post-info">Stand: 12.07.2017</div>', ['2017-07-12 modified']],
    ['<div class="news-time-ago" title="2020-09-20T14:20:02Z">vor 2 Stunden</div>', ['2020-09-20 other']],
    ['<div class="fecha">10 de julio de 2017</div>', ['2017-07-10 other']],
    ['<div class="date">١٠ تموز ٢٠١٧</div>', ['2017-07-10 other']],
    ['<div class="date">posted 17.11.19</div>', ['2019-11-17 published']],
  ])('%s', (html, expected) => {
    expect(brief(html)).toEqual(expected);
  });
  it('keeps the innermost of nested hooks once', () => {
    expect(brief('<div class="post-meta"><span class="post-date">10.07.2017</span></div>')).toEqual(['2017-07-10 other']);
  });
  it('skips copyright lines, clocks and long blocks', () => {
    expect(brief('<div class="footer-info">© 01.01.2020 Verlag</div><div class="time">Aktuelle Zeit: 14.10.2020, 12:18</div>')).toEqual([]);
    expect(brief(`<div class="meta">${'Lorem ipsum '.repeat(40)} 10.07.2017</div>`)).toEqual([]);
  });
});
