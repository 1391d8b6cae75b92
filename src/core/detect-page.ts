// Spots news about the Syrian conflict: is the page a news article (or live blog), and is the conflict its subject?
// The always-on gate (gate.ts) must pass the page first, so the gate never loses a page the detector accepts.
import type { DetectInput, Verdict } from './types.js';
import { gateVerdict } from './gate.js';
import { classifyPage } from './detect/page-kind.js';
import { scoreSubject, type SubjectScore } from './detect/subject.js';
import { subjectReasons } from './detect/reasons.js';
import { softSection } from './detect/soft-section.js';

/** The anchor weight the title and lead must carry: one "Syria" in the lead is enough, a passing mention lower down is not. */
export const HEAD_THRESHOLD = 3;

/** What a page filed under a soft section (lifestyle, travel, sport …) must add to the threshold. */
export const SOFT_SECTION_MARGIN = 15;

/** The combined subject score a Syria-conflict page reaches (tuned on the dev corpus, docs/detection.md). */
export const SUBJECT_THRESHOLD = 7;

export function detectPage(input: DetectInput): Verdict {
  const kind = classifyPage(input);
  const gate = gateVerdict({
    url: input.url ?? '',
    title: input.title,
    description: input.description ?? '',
    keywords: input.keywords ?? '',
    ogType: input.ogType ?? '',
    jsonLdTypes: input.jsonLdTypes ?? [],
    lead: input.text,
  });
  const s = scoreSubject(`${input.title}\n${input.description ?? ''}`, input.text);
  const soft = softSection(input.url);
  const threshold = SUBJECT_THRESHOLD + (soft ? SOFT_SECTION_MARGIN : 0);
  const subject = gate.pass && s.score >= threshold && s.conflict >= 3 && s.head >= HEAD_THRESHOLD;
  const score = Math.round(s.score * 10) / 10;
  return {
    syriaConflict: kind.isNews && subject,
    isNews: kind.isNews,
    pageKind: kind.pageKind,
    score,
    reasons: [...subjectReasons(s, gate.pass), ...(subject ? [] : refusal(s, threshold, gate.pass)), ...(soft ? [`filed under ${soft}`] : []), ...kind.reasons],
  };
}

/** Why a page that names Syria is not about its conflict, when no negative cue says so already (for the popup). */
function refusal(s: SubjectScore, threshold: number, gatePassed: boolean): string[] {
  if (!gatePassed) return [];
  if (s.head < HEAD_THRESHOLD) return ['Syria only in passing, not in the title or opening'];
  if (s.conflict < 3) return ['names Syrian places, not the conflict'];
  return s.score < threshold && s.elsewhere < 3 && s.genre < 3 ? ['too little about the conflict'] : [];
}
