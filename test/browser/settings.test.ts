import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, cleanSettings, isSilenced, siteOf, withSilenced } from '../../src/browser/settings.js';

describe('settings from storage', () => {
  it('keeps valid values and drops the rest', () => {
    expect(cleanSettings({ open: 'badge', theme: 'dark', side: 'left', width: 512.4, context: true, silenced: ['example.org'] }))
      .toEqual({ open: 'badge', theme: 'dark', side: 'left', width: 512, context: true, silenced: ['example.org'] });
    expect(cleanSettings({ open: 'always', theme: 'blue', side: 3, width: -1, context: 'yes', silenced: 'example.org' })).toEqual(DEFAULT_SETTINGS);
    expect(cleanSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps only plain hostnames in the silenced list, once each', () => {
    expect(cleanSettings({ silenced: ['a.com', 'a.com', 'javascript:alert(1)', 42, 'B.com', 'ok-site.net'] }).silenced).toEqual(['a.com', 'ok-site.net']);
  });
});

describe('silenced sites', () => {
  it('names a page by its hostname without www', () => {
    expect(siteOf('https://www.Reuters.com/world/x')).toBe('reuters.com');
    expect(siteOf('http://127.0.0.1:8080/a')).toBe('127.0.0.1');
    expect(siteOf('chrome://version')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });

  it('covers the site and its subdomains, not look-alikes', () => {
    expect(isSilenced('https://www.bbc.co.uk/news/1', ['bbc.co.uk'])).toBe(true);
    expect(isSilenced('https://news.bbc.co.uk/1', ['bbc.co.uk'])).toBe(true);
    expect(isSilenced('https://notbbc.co.uk/1', ['bbc.co.uk'])).toBe(false);
    expect(isSilenced(null, ['bbc.co.uk'])).toBe(false);
  });

  it('adds and removes a site', () => {
    expect(withSilenced(['a.com'], 'b.com', true)).toEqual(['a.com', 'b.com']);
    expect(withSilenced(['a.com', 'b.com'], 'a.com', false)).toEqual(['b.com']);
    expect(withSilenced(['a.com'], 'a.com', true)).toEqual(['a.com']);
  });
});
