import { parseHTML } from 'linkedom';

// Pages come in their declared charset (htmldate's test pages include windows-1252, ISO-8859-x, EUC-KR …):
// sniff the BOM, then <meta charset> / http-equiv (or the XML declaration) in the first 4 KB, as browsers do, else
// UTF-8. Saved copies are often re-encoded to UTF-8 while still declaring the old charset (a page declaring EUC-KR
// that decodes to 1,536 U+FFFD): bytes that are valid UTF-8 with some non-ASCII are UTF-8 whatever the page says,
// since legacy multi-byte text is almost never valid UTF-8 by accident.
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head) ?? /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)/i.exec(head);
  const label = m?.[1]?.toLowerCase();
  if (label && !/^utf-?8$/.test(label)) {
    if (bytes.some(b => b > 0x7f)) {
      try { return new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { /* not UTF-8: the declared charset */ }
    }
    try { return new TextDecoder(label).decode(bytes); } catch { /* unknown label: fall through to UTF-8 */ }
  }
  if (label) return new TextDecoder('utf-8').decode(bytes);
  // Undeclared and not UTF-8: windows-1252, the web's legacy default (WHATWG encoding sniffing for Western locales).
  try { return new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { return new TextDecoder('windows-1252').decode(bytes); }
}

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
