// Dates in the language of the panel's strings. English keeps format-date.ts (shared with the exports and exact
// at every precision: "Fri 7 Jul 2017", "spring 2016"); a translated UI names its date locale in
// "panel_date_locale" and gets Intl.DateTimeFormat for the precisions Intl can say (day, month, year), in UTC
// so the calendar day never shifts with the reader's time zone. Other precisions stay as format-date says them.
import type { IsoDay, Precision } from '../../src/core/types.js';
import { formatEventDate, formatLongDay, precisionOf } from '../../src/core/format-date.js';
import { t } from './i18n.js';

type Dated = { value: string; precision: Precision; mention?: { text: string } };

const OPTIONS: Partial<Record<Precision, Intl.DateTimeFormatOptions>> = {
  time: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  day: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

/** The locale dates are written in; null for English (format-date.ts) or a tag Intl does not accept. */
function dateLocale(locale: string): string | null {
  if (!locale || /^en\b/i.test(locale)) return null;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale])[0] ?? null;
  } catch {
    return null;
  }
}

function intl(value: string, precision: Precision, locale: string, options?: Intl.DateTimeFormatOptions): string | null {
  const opts = options ?? OPTIONS[precision];
  // Only a plain value at its own precision (not a range, not an unresolved "XXXX-07-07").
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!opts || !m || precisionOf(value) !== precision) return null;
  const at = Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1));
  return new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' }).format(at);
}

/** An event's or a KB entry's date for the panel. */
export function panelDate(date: Dated, locale = t('panel_date_locale')): string {
  const loc = dateLocale(locale);
  return (loc && intl(date.value, date.precision, loc)) || formatEventDate(date);
}

/** The header's publication date ("10 July 2017"). */
export function panelLongDay(day: IsoDay, locale = t('panel_date_locale')): string {
  const loc = dateLocale(locale);
  return (loc && intl(day, 'day', loc, { day: 'numeric', month: 'long', year: 'numeric' })) || formatLongDay(day);
}
