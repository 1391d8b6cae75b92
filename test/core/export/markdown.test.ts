import { describe, expect, it } from 'vitest';
import { timelineToMarkdown } from '../../../src/core/export/markdown.js';
import { timelineToJson, JSON_FORMAT } from '../../../src/core/export/json.js';
import { fixtureTimeline } from '../../panel/fixture.js';

describe('timelineToMarkdown', () => {
  const t = fixtureTimeline();
  const md = timelineToMarkdown(t);

  it('starts with the escaped title, the source link and the publication date', () => {
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Iran makes pitch for \\<b\\>expansion\\</b\\> of Syria ceasefire');
    expect(md).toContain('Source: <https://example.org/news/iran-syria>');
    expect(md).toContain('Published 10 July 2017 (json-ld/datePublished)');
  });

  it('lists events by year in date order, undated last, with how each date was found', () => {
    const headings = md.split('\n').filter(l => l.startsWith('## '));
    expect(headings).toEqual(['## 2011', '## 2017', '## Undated']);
    const items = md.split('\n').filter(l => l.startsWith('- '));
    expect(items[0]).toBe('- **March 2011** — War began _(6 years before publication; date stated in the article)_');
    expect(items.map(i => /\*\*(.+?)\*\*/.exec(i)![1])).toEqual(['March 2011', 'May 2017', 'Fri 7 Jul 2017', 'Mon 10 Jul 2017', 'undated']);
    expect(md).toContain('scheduled; date inferred from “on Monday”');
    expect(md).toContain('  > Talks resume in Geneva.');
  });

  it('adds knowledge-base context only when asked, marked as background', () => {
    expect(md).not.toContain('G20');
    expect(timelineToMarkdown(t, { context: true })).toContain('- **7–8 Jul 2017** — G20 summit in Hamburg _(background, knowledge base)_');
  });

  it('never links a non-web URL', () => {
    expect(timelineToMarkdown(fixtureTimeline({ url: 'javascript:alert(1)' }))).not.toContain('Source:');
  });
});

describe('timelineToJson', () => {
  it('wraps the full timeline with a format tag and parses back', () => {
    const t = fixtureTimeline();
    const back = JSON.parse(timelineToJson(t, '2026-01-01T00:00:00Z'));
    expect(back.format).toBe(JSON_FORMAT);
    expect(back.timeline).toEqual(t);
  });
});
