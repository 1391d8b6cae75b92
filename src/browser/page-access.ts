// What the extension may do on a page, from its URL alone: browsers forbid scripts on their own pages, the
// stores and the PDF viewer (field notes §3.2 item 18), and the gate runs only where a match pattern covers it.

export type Restriction = 'scheme' | 'store' | 'pdf';

// Add-on stores refuse every extension's scripts.
const STORES = /^https:\/\/(?:chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)(?:\/|$)/;

export function restriction(url: string | null): Restriction | null {
  if (!url) return null;
  if (!/^https?:\/\//i.test(url)) return 'scheme';
  if (STORES.test(url)) return 'store';
  if (/\.pdf(?:[?#]|$)/i.test(url)) return 'pdf';
  return null;
}

/** Match-pattern test (scheme://host/path with the `*` forms the manifest uses); no regex built from input. */
export function matchesPattern(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const proto = u.protocol.slice(0, -1);
  if (scheme === '*' ? proto !== 'http' && proto !== 'https' : proto !== scheme) return false;
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    if (u.hostname !== base && !u.hostname.endsWith(`.${base}`)) return false;
  } else if (host !== '*' && u.hostname !== host) return false;
  return path === '/*' || u.pathname === path;
}

/** "https://www.example.com/a" → "https://www.example.com/*", the origin pattern permissions take. */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}
