import { describe, expect, it } from 'vitest';
import { matchesPattern, originPattern, restriction } from '../../src/browser/page-access.js';

describe('restriction', () => {
  it.each([
    ['chrome://extensions/', 'scheme'],
    ['about:debugging', 'scheme'],
    ['file:///home/me/a.html', 'scheme'],
    ['view-source:https://www.bbc.com/', 'scheme'],
    ['moz-extension://abc/popup.html', 'scheme'],
    ['https://chromewebstore.google.com/detail/x', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'store'],
    ['https://example.org/report.PDF?download=1', 'pdf'],
    ['https://www.reuters.com/world/middle-east/syria/', null],
    [null, null],
  ])('%s → %s', (url, want) => {
    expect(restriction(url)).toBe(want);
  });
});

describe('matchesPattern', () => {
  it.each([
    ['https://*.reuters.com/*', 'https://www.reuters.com/world/', true],
    ['https://*.reuters.com/*', 'https://reuters.com/', true],
    ['https://*.reuters.com/*', 'https://notreuters.com/', false],
    ['https://*.reuters.com/*', 'https://reuters.com.evil.example/', false],
    ['https://*.reuters.com/*', 'http://www.reuters.com/', false],
    ['http://127.0.0.1/*', 'http://127.0.0.1:8080/demo.html', true],
    ['http://localhost/*', 'http://127.0.0.1/', false],
    ['https://*/*', 'https://anything.example/x', true],
    ['http://*/*', 'https://anything.example/x', false],
    ['*://*.dw.com/*', 'http://www.dw.com/en', true],
    ['https://*.bbc.com/*', 'not a url', false],
  ])('%s ~ %s → %s', (pattern, url, want) => {
    expect(matchesPattern(pattern, url)).toBe(want);
  });
});

describe('originPattern', () => {
  it('keeps scheme and host, drops port and path', () => {
    expect(originPattern('https://www.bbc.com/news/world-1?x#y')).toBe('https://www.bbc.com/*');
    expect(originPattern('http://127.0.0.1:8080/demo')).toBe('http://127.0.0.1/*');
    expect(originPattern('about:blank')).toBeNull();
  });
});
