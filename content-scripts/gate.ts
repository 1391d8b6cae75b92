// The always-on gate (≤ 5 KB gzipped): reads only cheap signals (URL, title, meta, JSON-LD @type, the first
// paragraphs), and tells the background, which injects the analysis bundle when the page may be about the Syrian
// conflict. Nothing is observed or stored, and nothing leaves the browser (field notes §4.3).
import { gateVerdict, readGateSignals } from '../src/core/gate.js';
import { ext } from '../src/browser/ext.js';
import type { GateResult } from '../src/browser/messages.js';
import { readableDocument } from './page-document.js';

const g = globalThis as { __sntGate?: boolean };

function run(): void {
  // Manifest and all-sites registrations may both match one page: run once.
  if (g.__sntGate || !ext) return;
  g.__sntGate = true;
  const doc = readableDocument(document);
  // Not HTML (text/plain, XML, images shown by the browser): nothing to read (field notes §3.2 item 19).
  if (doc.contentType !== 'text/html' && doc.contentType !== 'application/xhtml+xml') return;
  const { pass, score } = gateVerdict(readGateSignals(doc, location.href));
  // A skipped page is reported too, so the popup can say why nothing happened.
  const msg: GateResult = { type: 'cs-bg-gate', pass, score };
  ext.runtime.sendMessage(msg).catch(() => undefined);
}

run();
