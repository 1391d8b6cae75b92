// The demo article behind a strict page CSP and with CSS that would wreck an unisolated panel (field notes §2.4,
// §3.2 items 9–10): the panel's styles must survive both, in each browser's content-script world.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ROOT } from './helpers.js';

const CSP = "default-src 'none'; style-src 'self'";
const HOSTILE = 'html{font-size:10px} body{color:red;line-height:3;letter-spacing:2px;direction:rtl} *{font-family:serif!important} button{background:lime!important}';

export interface HostileSite {
  url: string;
  close(): Promise<void>;
}

export async function serveHostile(): Promise<HostileSite> {
  const html = fs.readFileSync(path.join(ROOT, 'demo/iran-syria-ceasefire.html'), 'utf8')
    .replace('<head>', '<head><link rel="stylesheet" href="/hostile.css">');
  const server = http.createServer((req, res) => {
    if (req.url === '/hostile.css') return void res.writeHead(200, { 'content-type': 'text/css' }).end(HOSTILE);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP }).end(html);
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}/news/strict-csp.html`,
    // Browsers keep idle connections open; without this, close() waits for their keep-alive to time out.
    close: () => new Promise(r => { server.close(() => r()); server.closeAllConnections(); }),
  };
}

/** Evaluated in the page: computed styles of the panel that page CSS or a blocked sheet would change. */
export const PANEL_STYLE_PROBE = `(() => {
  const host = [...document.documentElement.children].find(e => e.tagName.toLowerCase().startsWith('snt-panel-'));
  const root = host && host.shadowRoot;
  const aside = root && root.querySelector('aside');
  if (!aside) return null;
  const cs = getComputedStyle(aside);
  const row = getComputedStyle(root.querySelector('.row-main') || aside);
  return { position: cs.position, fontSize: cs.fontSize, width: cs.width, direction: cs.direction,
    serif: /serif/.test(cs.fontFamily) && !/sans-serif/.test(cs.fontFamily), rowBackground: row.backgroundColor };
})()`;

export const EXPECTED_STYLES = { position: 'fixed', fontSize: '14px', width: '380px', direction: 'ltr', serif: false, rowBackground: 'rgba(0, 0, 0, 0)' };
