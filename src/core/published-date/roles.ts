// What a class name, id or label says a date is. Published words win over modified ones only when no modified word
// is present: "date updated" is a modification, "entry-date published" a publication.
import type { Role } from './candidate.js';

const MODIFIED = /updat|modif|revis|aktualisier|geändert|geaendert|stand:|mis à jour|mise à jour|actualiza|edited|last[-_ ]?mod|تحديث|تم التحديث/i;
const PUBLISHED = /publi|posted|pubdate|created|entry-date|erschienen|veröffentlicht|veroeffentlicht|verfasst|erstellt|dateline|publié|publicado|نشر|بتاريخ/i;

export function roleOf(context: string): Role {
  if (MODIFIED.test(context)) return 'modified';
  if (PUBLISHED.test(context)) return 'published';
  return 'other';
}
