// Page CSP may block our styles (field notes §2.4): Chromium content scripts need a constructable sheet in
// adoptedStyleSheets, while Firefox content scripts have historically failed to adopt one (bugzilla 1770592) but
// may append a <style> whose text is set before it is connected (firefox-translations#272). So: adopt, check that
// it applied through a custom property, and fall back to <style> when it did not.
const PROBE = '--snt-styled';

export type StyleMode = 'adopted' | 'style-element';

export function adoptStyles(root: ShadowRoot, host: HTMLElement, css: string): StyleMode {
  const win = host.ownerDocument.defaultView;
  const probeCss = `${css}\n:host { ${PROBE}: 1; }`;
  try {
    const Sheet = win?.CSSStyleSheet;
    if (Sheet && 'adoptedStyleSheets' in root) {
      const sheet = new Sheet();
      sheet.replaceSync(probeCss);
      root.adoptedStyleSheets = [sheet];
      if (win.getComputedStyle(host).getPropertyValue(PROBE).trim() === '1') return 'adopted';
    }
  } catch {
    // Not supported from this world: fall through to <style>.
  }
  const style = host.ownerDocument.createElement('style');
  style.textContent = probeCss;
  root.appendChild(style);
  return 'style-element';
}
