import { parseHTML } from 'linkedom';

/** A document from a small HTML snippet (body content, or a whole page when it starts with <html>). */
export function doc(html: string): Document {
  const page = /^\s*<(!doctype|html)/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as Document;
}

export const NOW = '2026-01-01T00:00:00Z';
