// Serves the bench's pages on 127.0.0.1 (an origin the gate covers, so the real extension runs there as on a news
// site). Cross-origin isolation headers give the page performance.now() at 5 µs instead of 100 µs resolution
// (HR-Time §4.1), which a sub-millisecond gate needs; they also block any cross-origin subresource the saved pages name.
import http from 'node:http';
import type { BenchPage } from './pages.js';

export interface PageServer { urlOf(i: number): string; close(): Promise<void> }

export async function servePages(pages: BenchPage[]): Promise<PageServer> {
  const server = http.createServer((req, res) => {
    const m = /^\/p\/(\d+)(?:[/?#]|$)/.exec(req.url ?? '');
    const page = m ? pages[Number(m[1])] : undefined;
    if (!page) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    // No charset in the header: the page's own declaration decides, as for a saved page.
    res.writeHead(200, {
      'content-type': 'text/html',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    }).end(page.body());
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return { urlOf: i => `${origin}/p/${i}/`, close: () => new Promise(r => server.close(() => r())) };
}
