// Marked-up dates in the body: <time datetime>, HTML5 pubdate, microdata itemprop="datePublished" on any element,
// hAtom <abbr class="published" title>. Their class, id and the parent's say whether it is the publication.
import type { Candidate } from './candidate.js';
import { parseMachineDate, type Order } from './dates.js';
import { roleOf } from './roles.js';

const SELECTOR = 'time, [itemprop="datePublished"], [itemprop="dateCreated"], [itemprop="dateModified"], abbr.published, abbr.updated';

export function timeElementDates(doc: Document, order: Order | null): Candidate[] {
  const out: Candidate[] = [];
  for (const el of Array.from(doc.querySelectorAll(SELECTOR))) {
    if (el.tagName === 'META') continue; // meta.ts reads those
    const itemprop = el.getAttribute('itemprop') ?? '';
    const attr = el.getAttribute('datetime') ?? el.getAttribute('content') ?? (el.tagName === 'ABBR' ? el.getAttribute('title') : null);
    // An attribute is machine-written; the element's text is written for the page's readers, in their order.
    const value = attr ?? el.textContent ?? '';
    const d = parseMachineDate(value.slice(0, 200), attr == null ? order : 'mdy');
    if (!d) continue;
    const context = `${itemprop} ${el.hasAttribute('pubdate') ? 'pubdate' : ''} ${el.getAttribute('class') ?? ''} ${el.id} ${el.parentElement?.getAttribute('class') ?? ''}`;
    const role = /datePublished|dateCreated/.test(itemprop) ? 'published' : itemprop === 'dateModified' ? 'modified' : roleOf(context);
    const source = itemprop ? `itemprop/${itemprop}` : el.tagName === 'TIME' ? (el.hasAttribute('pubdate') ? 'time[pubdate]' : 'time[datetime]') : 'abbr[title]';
    out.push({ source, date: d.date, raw: value.trim().slice(0, 80), role, order: out.length });
  }
  return out;
}
