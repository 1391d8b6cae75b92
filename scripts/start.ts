// npm start: builds the extension, then
//  - with a display ($DISPLAY / $WAYLAND_DISPLAY): serves demo/ on 127.0.0.1 and opens the demo article in Chromium
//    with the extension loaded (`npm start -- --firefox`: Firefox through web-ext run);
//  - without one: prints the demo's timeline (the CLI's `analyze` pipeline) and how to load the built extension.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { analyze } from './cli/analyze.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const DEMO = 'demo/iran-syria-ceasefire.html';
const CHROMIUMS = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];
const FIREFOXES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox'];

const HOW_TO_LOAD = `
The built extension:
  Chrome/Chromium: ${path.join(ROOT, 'dist/chrome')}
      chrome://extensions → Developer mode → Load unpacked → pick that folder
  Firefox:         ${path.join(ROOT, 'dist/firefox')}
      about:debugging#/runtime/this-firefox → Load Temporary Add-on… → pick manifest.json in that folder
Then open a news article about Syria on one of the sites listed in docs/extension.md, or this demo page served
from http://127.0.0.1 (e.g. \`python3 -m http.server -b 127.0.0.1 -d demo\`).
`;

function serveDemo(): Promise<{ url: string; server: http.Server }> {
  const dir = path.join(ROOT, 'demo');
  const server = http.createServer((req, res) => {
    const name = path.basename(decodeURIComponent((req.url ?? '/').split('?')[0]!));
    const file = path.join(dir, name);
    if (!name.endsWith('.html') || !fs.existsSync(file)) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fs.readFileSync(file));
  });
  return new Promise(r => server.listen(0, '127.0.0.1', () => r({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}/${path.basename(DEMO)}`, server })));
}

const firstExisting = (paths: string[]) => paths.find(p => fs.existsSync(p)) ?? null;

async function openBrowser(): Promise<void> {
  const wantFirefox = process.argv.includes('--firefox');
  const chromium = wantFirefox ? null : firstExisting(CHROMIUMS);
  const firefox = firstExisting(FIREFOXES);
  if (!chromium && !firefox) {
    console.log('No Chromium or Firefox found.');
    return printTimeline();
  }
  const { url, server } = await serveDemo();
  console.log(`Demo article: ${url}`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'snt-start-'));
  const child = chromium
    ? spawn(chromium, [
      `--user-data-dir=${profile}`, `--load-extension=${path.join(ROOT, 'dist/chrome')}`, '--no-first-run', '--no-default-browser-check',
      // Chromium refuses to start as root with its sandbox (containers, CI boxes).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      url,
    ], { stdio: 'inherit' })
    : spawn('npx', ['web-ext', 'run', '--source-dir', path.join(ROOT, 'dist/firefox'), '--firefox', firefox!, '--start-url', url, '--pref', 'extensions.originControls.grantByDefault=true'], { cwd: ROOT, stdio: 'inherit' });
  console.log(`${chromium ? 'Chromium' : 'Firefox'} is open with the extension loaded; close it (or press Ctrl+C) to stop.`);
  const code = await new Promise<number | null>(r => child.on('exit', r));
  server.close();
  fs.rmSync(profile, { recursive: true, force: true });
  if (code) console.log(`The browser exited with code ${code}.${HOW_TO_LOAD}`);
}

async function printTimeline(): Promise<void> {
  console.log(`No display: here is the demo article's timeline, from the same pipeline the extension runs\n(npm run cli -- analyze ${DEMO} --text):\n`);
  await analyze([path.join(ROOT, DEMO), '--text'], new Date().toISOString());
  console.log(HOW_TO_LOAD);
}

execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/build.ts')], { cwd: ROOT, stdio: 'inherit' });
await (process.env.DISPLAY || process.env.WAYLAND_DISPLAY ? openBrowser() : printTimeline());
