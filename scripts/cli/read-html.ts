import { parseHTML } from 'linkedom';

// Pages come in their declared charset (htmldate's test pages include windows-1252, ISO-8859-x, Shift_JIS …):
// sniff the BOM, then <meta charset> / http-equiv in the first 4 KB, as browsers do, else UTF-8.
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  const label = m?.[1]?.toLowerCase();
  if (label) {
    try { return new TextDecoder(label).decode(bytes); } catch { /* unknown label: fall through to UTF-8 */ }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
