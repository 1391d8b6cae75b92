// The only place that knows which parsers run and in which order the refiners fold.
import type { TemporalParser, TemporalRefiner } from './draft.js';
import { duration } from './parsers/duration.js';
import { foreignDate } from './parsers/foreign-date.js';
import { foreignWeekday } from './parsers/foreign-weekday.js';
import { holiday } from './parsers/holiday.js';
import { monthName } from './parsers/month-name.js';
import { numericDate } from './parsers/numeric-date.js';
import { quarter } from './parsers/quarter.js';
import { referenceWord } from './parsers/reference-word.js';
import { relativeDay } from './parsers/relative-day.js';
import { relativeUnit } from './parsers/relative-unit.js';
import { season } from './parsers/season.js';
import { spelledYearParser } from './parsers/spelled-year.js';
import { recurring } from './parsers/set.js';
import { timeOfDay } from './parsers/time-of-day.js';
import { unitAgo } from './parsers/unit-ago.js';
import { weekday } from './parsers/weekday.js';
import { year } from './parsers/year.js';
import { anchorClockTime } from './refiners/anchor-clock-time.js';
import { extendModifiers } from './refiners/extend-modifiers.js';
import { filterUnlikely } from './refiners/filter-unlikely.js';
import { markRange } from './refiners/mark-range.js';
import { mergeDateTime } from './refiners/merge-date-time.js';
import { removeOverlaps } from './refiners/remove-overlaps.js';
import { resolveAnaphora } from './refiners/resolve-anaphora.js';
import { resolveTense } from './refiners/resolve-tense.js';

// Parser order only breaks ties between equally long overlapping proposals (remove-overlaps keeps the earlier):
// specific forms first, so "a year ago" is unit-ago's, not duration's "a year".
export const PARSERS: TemporalParser[] = [
  numericDate, monthName, foreignDate, holiday, quarter, season, unitAgo, relativeUnit, relativeDay, weekday, foreignWeekday, timeOfDay, year, spelledYearParser, recurring, referenceWord, duration,
];

export const REFINERS: TemporalRefiner[] = [
  // remove-overlaps first: later refiners assume non-overlapping, sorted input.
  removeOverlaps,
  // filter before merging and resolving: a name ("March 8 Square") must not become an anaphora anchor.
  filterUnlikely,
  // merge after overlaps are gone, so "10 p.m. Wednesday" joins exactly two neighbours.
  mergeDateTime,
  extendModifiers,
  // resolve-tense before resolve-anaphora: anaphora anchors on the previous mention's resolved value.
  resolveTense,
  resolveAnaphora,
  // after both resolvers: a clock time copies the resolved day of its sentence.
  anchorClockTime,
  // mark-range last: it copies the resolved values of both end points.
  markRange,
];
