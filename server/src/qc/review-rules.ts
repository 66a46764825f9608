// The QC review as pure rules: which series of an exam are graded and with which artefacts, a grade
// checked against the checklist version of the review, and the verdict checked against the grades.
import { conflict, invalid } from '../platform/domain-error.ts';
import type { ChecklistDefinition, Grade } from './checklist-definition.ts';
import type { ExamState } from './exam-states.ts';

export const REVIEW_VERDICTS = ['pass', 'pass-with-remarks', 'fail'] as const;
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];

/** in-progress: claimed by a reviewer; released: handed back to the queue; cancelled: a re-submission failed the checks. */
export const REVIEW_STATUSES = ['in-progress', 'completed', 'released', 'cancelled'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const STATE_AFTER_VERDICT: Record<ReviewVerdict, ExamState> = {
  pass: 'qc-passed',
  'pass-with-remarks': 'qc-passed-with-remarks',
  fail: 'qc-failed',
};

const DEFAULT_COMMENT_MAX = 2000;

export interface RunSeries {
  name: string;
  label: string;
  seriesInstanceUid: string | null;
  seriesNumber: number | null;
  seriesDescription: string | null;
}

export interface SeriesToGrade {
  name: string;
  label: string;
  seriesInstanceUid: string;
  seriesNumber: number | null;
  seriesDescription: string | null;
  /** The checklist's artefact codes that may be ticked on this series. */
  artefacts: string[];
}

export interface GradeInput {
  grade: Grade;
  artefacts: string[];
  comment?: string | undefined;
}

export interface StoredGrade {
  seriesName: string;
  seriesInstanceUid: string;
  grade: Grade;
}

/** Every protocol series the latest conformance run found in the exam is graded. */
export function seriesToGrade(run: readonly RunSeries[], checklist: ChecklistDefinition): SeriesToGrade[] {
  return run
    .filter((s): s is RunSeries & { seriesInstanceUid: string } => s.seriesInstanceUid !== null)
    .map((s) => ({
      name: s.name,
      label: s.label,
      seriesInstanceUid: s.seriesInstanceUid,
      seriesNumber: s.seriesNumber,
      seriesDescription: s.seriesDescription,
      artefacts: checklist.artefacts.filter((a) => !a.appliesTo || a.appliesTo.includes(s.name)).map((a) => a.code),
    }));
}

/** A grade as the checklist allows it; the comment trimmed, an empty one dropped. */
export function checkGrade(toGrade: readonly SeriesToGrade[], seriesName: string, input: GradeInput, checklist: ChecklistDefinition): GradeInput {
  const series = toGrade.find((s) => s.name === seriesName);
  if (!series) {
    const names = toGrade.map((s) => s.name).join(', ') || 'none';
    throw invalid('review.unknown-series', `"${seriesName}" is not a series of the exam to grade (series to grade: ${names})`, { field: 'seriesName' });
  }
  input.artefacts.forEach((code, i) => {
    const artefact = checklist.artefacts.find((a) => a.code === code);
    if (!artefact) throw invalid('review.unknown-artefact', `"${code}" is not an artefact of the checklist`, { field: `/artefacts/${i}` });
    if (!series.artefacts.includes(code)) throw invalid('review.artefact-not-applicable', `"${code}" cannot be ticked on ${seriesName} (the checklist restricts it to ${artefact.appliesTo?.join(', ')})`, { field: `/artefacts/${i}` });
  });
  const comment = input.comment?.trim() || undefined;
  if (!comment && checklist.commentRequiredFor?.includes(input.grade)) {
    throw invalid('review.comment-required', `a series graded ${input.grade} needs a comment`, { field: '/comment' });
  }
  const max = checklist.commentMaxLength ?? DEFAULT_COMMENT_MAX;
  if (comment && comment.length > max) throw invalid('review.comment-too-long', `the comment has ${comment.length} characters; the checklist allows ${max}`, { field: '/comment' });
  return { grade: input.grade, artefacts: input.artefacts, comment };
}

/** Grades whose series is not, or no longer, the one the latest run checked (the centre re-sent it). */
export function ungraded(toGrade: readonly SeriesToGrade[], grades: readonly StoredGrade[]): string[] {
  return toGrade.filter((s) => !grades.some((g) => g.seriesName === s.name && g.seriesInstanceUid === s.seriesInstanceUid)).map((s) => s.name);
}

export function checkVerdict(toGrade: readonly SeriesToGrade[], grades: readonly StoredGrade[], verdict: ReviewVerdict, reason: string | undefined): void {
  if (verdict !== 'pass' && !reason?.trim()) throw invalid('review.reason-required', `a verdict of ${verdict} needs a reason, which the centre reads`, { field: '/reason' });
  const missing = ungraded(toGrade, grades);
  if (missing.length > 0) throw conflict('review.series-not-graded', `every series is graded before the verdict; not graded: ${missing.join(', ')}`, { series: missing });
  const unusable = grades.filter((g) => g.grade === 'non-diagnostic' && toGrade.some((s) => s.name === g.seriesName)).map((g) => g.seriesName);
  if (verdict !== 'fail' && unusable.length > 0) {
    throw conflict('review.verdict-contradicts-grades', `an exam with a non-diagnostic series (${unusable.join(', ')}) cannot pass`, { series: unusable });
  }
}
