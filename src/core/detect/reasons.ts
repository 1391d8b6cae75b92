// The popup's "why": which names the page mentions, and what weighed against them.
import type { CueGroup } from './lexicon.js';
import type { SubjectScore } from './subject.js';

export function subjectReasons(s: SubjectScore, gatePassed: boolean): string[] {
  const out: string[] = [];
  if (!gatePassed) out.push('no Syria name in the title or opening');
  const names = s.top.filter(t => t.entry.anchor).slice(0, 4).map(t => t.entry.label);
  if (names.length) out.push(`mentions ${names.join(', ')}`);
  if (s.elsewhere >= 3) out.push('about another conflict or country');
  if (s.genreName && s.genreName !== 'elsewhere' && s.genre >= 3) out.push(`reads like ${GENRE[s.genreName]}`);
  return out;
}

const GENRE: Record<Exclude<CueGroup, 'elsewhere'>, string> = {
  recipe: 'a recipe',
  travel: 'travel writing',
  sports: 'a sports report',
  markets: 'a markets report',
  arts: 'an arts or culture piece',
  other: 'a pet page',
};
