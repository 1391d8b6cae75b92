import type { EntityMention } from '../../src/core/types.js';

export interface Props {
  text: string;
  /** Where `text` starts in the article (mentions' offsets are in the same space). */
  start: number;
  mentions: EntityMention[];
  dir: 'ltr' | 'rtl' | 'auto';
  lang: string | undefined;
  onEntity(m: EntityMention, opener: HTMLElement): void;
}

/** The mentions that sit in this sentence, in order, without overlaps (a mention carried over from another
 *  sentence does not match its text here and is left out). */
function placed(text: string, start: number, mentions: EntityMention[]): EntityMention[] {
  const inside = mentions
    .filter(m => m.start >= start && m.end - start <= text.length && text.slice(m.start - start, m.end - start) === m.text)
    .sort((a, b) => a.start - b.start);
  const out: EntityMention[] = [];
  for (const m of inside) if (m.start >= (out.at(-1)?.end ?? 0)) out.push(m);
  return out;
}

/** The evidence sentence, its named people, groups and places underlined: each opens the same card as its chip. */
export function Evidence({ text, start, mentions, dir, lang, onEntity }: Props) {
  const parts: (string | EntityMention)[] = [];
  let at = 0;
  for (const m of placed(text, start, mentions)) {
    parts.push(text.slice(at, m.start - start), m);
    at = m.end - start;
  }
  parts.push(text.slice(at));
  return (
    <blockquote class="evidence" dir={dir} lang={lang}>
      {parts.map((p, i) => (typeof p === 'string' ? p : (
        <button key={i} type="button" class="term" aria-haspopup="dialog" onClick={e => onEntity(p, e.currentTarget)}>{p.text}</button>
      )))}
    </blockquote>
  );
}
