// Real pages (test/fixtures/pubdate/<id>/): the date and the deciding source, as reviewed in expected.json.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml, parseDocument } from '../../../scripts/cli/read-html.js';
import { findPublishedDate } from '../../../src/core/published-date/index.js';
import { NOW } from './helpers.js';

const dir = path.resolve(import.meta.dirname, '../../fixtures/pubdate');
const pages = fs.readdirSync(dir).filter(f => fs.existsSync(path.join(dir, f, 'page.html')));

describe('fixture pages', () => {
  it.each(pages)('%s', id => {
    const { url } = JSON.parse(fs.readFileSync(path.join(dir, id, 'source.json'), 'utf8')) as { url: string };
    const r = findPublishedDate(parseDocument(decodeHtml(fs.readFileSync(path.join(dir, id, 'page.html')))), url, { now: NOW });
    const got = { date: r.date, source: r.source };
    const file = path.join(dir, id, 'expected.json');
    if (process.env.UPDATE_FIXTURES) fs.writeFileSync(file, `${JSON.stringify(got, null, 2)}\n`);
    expect(got).toEqual(JSON.parse(fs.readFileSync(file, 'utf8')));
  });
});
