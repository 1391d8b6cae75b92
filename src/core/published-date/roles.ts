// What a class name, id or label says a date is. Published words win over modified ones only when no modified word
// is present: "date updated" is a modification, "entry-date published" a publication.
import type { Role } from './candidate.js';

const MODIFIED = /updat|modif|revis|aktualisier|geändert|geaendert|stand:|mis à jour|mise à jour|actualiza|edited|last[-_ ]?mod|تحديث|تم التحديث/i;
const PUBLISHED = /publi|posted|pubdate|created|entry-date|erschienen|veröffentlicht|veroeffentlicht|verfasst|erstellt|dateline|publié|publicado|نشر|بتاريخ/i;

/** Labels of dates that are not the article's: copyright lines and a forum's or portal's clock ("Aktuelle Zeit: …"). */
export const NOT_THE_ARTICLE = /©|copyright|\(c\)|aktuelle zeit|aktuelles datum|current time|heute ist|today is|it is currently|es ist jetzt/i;

export function roleOf(context: string): Role {
  if (MODIFIED.test(context)) return 'modified';
  if (PUBLISHED.test(context)) return 'published';
  return 'other';
}
