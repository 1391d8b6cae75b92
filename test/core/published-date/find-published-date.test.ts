// The resolver on small pages, each modelled on a dev page that motivated a rule.
import { describe, expect, it } from 'vitest';
import { findPublishedDate } from '../../../src/core/published-date/index.js';
import { doc, NOW } from './helpers.js';

const page = (head: string, body: string): Document => doc(`<!doctype html><html lang="de"><head>${head}</head><body>${body}</body></html>`);
const find = (d: Document, url: string | null = null, now = NOW) => findPublishedDate(d, url, { now });

describe('findPublishedDate', () => {
  it('takes article metadata that the page also shows, with high confidence', () => {
    const r = find(page('<meta property="article:published_time" content="2017-07-10T07:02:00+02:00">', '<h1>T</h1><div class="date">10. Juli 2017</div>'));
    expect(r).toMatchObject({ date: '2017-07-10', source: 'meta/article:published_time', confidence: 'high' });
  });

  it('trusts a dated URL', () => {
    const r = find(page('<meta name="date" content="2019-11-20">', '<h1>T</h1>'), 'https://blog.example.org/2019/11/17/elektro/');
    expect(r).toMatchObject({ date: '2019-11-17', source: 'url' });
  });

  it('prefers published over modified when both are only metadata', () => {
    const r = find(page('<meta property="article:modified_time" content="2020-02-01"><meta property="article:published_time" content="2020-01-24">', '<h1>T</h1>'));
    expect(r.date).toBe('2020-01-24');
  });

  it('prefers the day the page shows when JSON-LD states another (CMS draft date)', () => {
    const r = find(page(
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-01-01T11:00:00Z","dateModified":"2023-04-01T10:00:00Z"}</script>',
      '<h1>Cloud-Gaming im Test</h1><p><time datetime="2023-04-01 12:00">01.04.2023, 12:00 Uhr</time></p>',
    ));
    expect(r.date).toBe('2023-04-01');
  });

  it('believes a visible "Erschienen am" next to the headline over an unlabelled meta date', () => {
    const r = find(page('<meta name="date" content="2021-10-15">', `<h1>Neue Präsidentin</h1><p>Text. Erschienen am: 13.10.2021</p><p>${'Text. '.repeat(100)}</p><div class="date">15.10.2021</div>`));
    expect(r.date).toBe('2021-10-13');
  });

  it('does not take the masthead’s "today" for the article’s day', () => {
    const r = find(page('<meta name="date" content="2017-05-01T17:05:00+0200">', '<div class="date">Mittwoch, 26.02.2020</div><h1>Die Zukunft der Arbeit</h1><p>Sendung vom 01.05.2017</p>'));
    expect(r.date).toBe('2017-05-01');
  });

  it('does not take a body sentence under the headline for a dateline', () => {
    const sentence = 'Die Vereine freuen sich über die Rückkehr der Zuschauer in ihren Arenen. Laut der am 28.01.2022 veröffentlichten Verordnung dürfen wieder mehr Menschen in die Hallen, wie der Verband mitteilt.';
    const r = find(page('', `<p>Handball 02.02.2022</p><p>${'Text. '.repeat(80)}</p><h1>Zuschauerrückkehr</h1><p>${sentence}</p>`));
    expect(r.date).toBe('2022-02-02');
  });

  it('reads the dateline under the article’s headline, not under the masthead’s <h1>', () => {
    const r = find(page('', `<h1>Mein Blog</h1><p>Letzter Beitrag 01.01.2020</p><p>${'Menü. '.repeat(80)}</p><article><h1>Elektro-Zapfsäulen</h1><p>17.11.2019</p></article>`));
    expect(r.date).toBe('2019-11-17');
  });

  it('reads the first dateline, not the teasers after it', () => {
    const r = find(page('', '<article><h1>T</h1><div class="meta">29.04.2020, 12:01 Uhr</div><p>Text</p></article><aside><div class="teaser-date">30.04.2020</div><div class="teaser-date">26.05.2020</div></aside>'));
    expect(r.date).toBe('2020-04-29');
  });

  it('never answers a day after now, before 1995, or outside the URL’s month', () => {
    expect(find(page('<meta property="article:published_time" content="2030-01-01">', ''), null, '2026-01-01').date).toBeNull();
    expect(find(page('<meta property="article:published_time" content="1970-01-01">', '')).date).toBeNull();
    const r = find(page('<meta property="article:published_time" content="2017-08-02"><meta name="date" content="2017-07-10">', ''), 'https://example.com/2017/07/talks');
    expect(r.date).toBe('2017-07-10');
  });

  it('reads Arabic datelines with Arabic-Indic digits', () => {
    const d = doc('<!doctype html><html lang="ar" dir="rtl"><head></head><body><h1>محادثات أستانا</h1><div class="date">الاثنين ١٠ تموز ٢٠١٧</div></body></html>');
    expect(find(d).date).toBe('2017-07-10');
  });

  it('reads numeric dates in the page’s order', () => {
    const us = doc('<!doctype html><html lang="en-US"><body><h1>T</h1><div class="date">07/10/2017</div></body></html>');
    const uk = doc('<!doctype html><html lang="en-GB"><body><h1>T</h1><div class="date">07/10/2017</div></body></html>');
    expect(find(us).date).toBe('2017-07-10');
    expect(find(uk).date).toBe('2017-10-07');
  });

  it('returns null with confidence "none" when the page states no day', () => {
    const r = find(page('', '<h1>Ein Thema</h1><p>Seit 2011 … im März 2020.</p><footer>© 2022 Verlag</footer>'));
    expect(r).toMatchObject({ date: null, source: 'none', confidence: 'none' });
  });

  it('keeps all the evidence it weighed, for the panel’s "why"', () => {
    const r = find(page('<meta property="article:published_time" content="2017-07-10">', '<h1>T</h1><div class="date">10. Juli 2017</div>'));
    expect(r.evidence.map(e => e.source)).toEqual(expect.arrayContaining(['meta/article:published_time', 'dateline']));
  });
});
