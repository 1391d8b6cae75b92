// The CSS injection decision, with fake browsers: adopt when the sheet applies, else fall back to <style>.
import { describe, expect, it } from 'vitest';
import { adoptStyles } from '../../content-scripts/panel/adopt-styles.js';
import { testDom } from './dom.js';

class FakeSheet {
  text = '';
  replaceSync(t: string) { this.text = t; }
}

function setup(applies: boolean | 'throws') {
  const { doc, win } = testDom();
  const host = doc.createElement('snt-panel-test');
  doc.documentElement.appendChild(host);
  const root = host.attachShadow({ mode: 'open' });
  Object.assign(win, {
    CSSStyleSheet: FakeSheet,
    getComputedStyle: () => ({ getPropertyValue: () => (applies === true ? ' 1' : '') }),
  });
  Object.defineProperty(root, 'adoptedStyleSheets', {
    configurable: true,
    get: () => [],
    set: () => { if (applies === 'throws') throw new Error('Permission denied (Xray)'); },
  });
  return { host, root };
}

describe('adoptStyles', () => {
  it('adopts a constructable sheet when it applies (Chromium under a strict CSP)', () => {
    const { host, root } = setup(true);
    expect(adoptStyles(root, host, '.x{}')).toBe('adopted');
    expect(root.querySelector('style')).toBeNull();
  });

  it('falls back to <style> when the adopted sheet does not apply', () => {
    const { host, root } = setup(false);
    expect(adoptStyles(root, host, '.x{}')).toBe('style-element');
    expect(root.querySelector('style')!.textContent).toContain('.x{}');
  });

  it('falls back to <style> when adopting throws', () => {
    const { host, root } = setup('throws');
    expect(adoptStyles(root, host, '.x{}')).toBe('style-element');
  });
});
