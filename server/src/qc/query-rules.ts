// Queries to centres (data clarification) as pure rules: the states and what moves a query between
// them, due dates, and the text of the query the conformance checks open.
//
//   open ──reply or re-submission (centre)──▶ answered ──close (QC)──▶ closed
//     ▲                                          │                       │
//     └────────────────reopen (QC)───────────────┴───────────────────────┘
import { conflict, invalid, type DomainError } from '../platform/domain-error.ts';

export const QUERY_STATES = ['open', 'answered', 'closed'] as const;
export type QueryState = (typeof QUERY_STATES)[number];

/** conformance: opened by the automatic checks; reviewer: asked by a QC reviewer; review-verdict: a failed review. */
export const QUERY_ORIGINS = ['conformance', 'reviewer', 'review-verdict'] as const;
export type QueryOrigin = (typeof QUERY_ORIGINS)[number];

export const MESSAGE_KINDS = ['question', 'reply', 'resubmission', 'close', 'reopen'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export type QueryAction = 'reply' | 'resubmission' | 'close' | 'reopen';

/** Days a centre has to answer when the opener sets no due date (automatic queries, failed reviews). */
export const DEFAULT_DUE_DAYS = 14;
export const MAX_DUE_DAYS = 365;
export const MAX_TEXT = 4000;

/** The state an action leads to, or why it is refused (409, a code per refusal). */
export function nextState(state: QueryState, action: QueryAction): QueryState | DomainError {
  switch (action) {
    case 'reply':
    case 'resubmission':
      if (state === 'closed') return conflict('query.closed', 'the query is closed: a QC reviewer reopens it if more is needed', { state });
      return 'answered';
    case 'close':
      if (state === 'open') return conflict('query.not-answered', 'the centre has not answered the query yet: it can be closed once answered', { state });
      if (state === 'closed') return conflict('query.already-closed', 'the query is closed already', { state });
      return 'closed';
    case 'reopen':
      if (state === 'open') return conflict('query.already-open', 'the query is open already', { state });
      return 'open';
  }
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today as a UTC calendar day, YYYY-MM-DD. */
export const dayOf = (at: Date): string => at.toISOString().slice(0, 10);

export const addDays = (day: string, days: number): string => dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));

/** A due date is a real day, not in the past, and at most MAX_DUE_DAYS ahead. */
export function checkDueDate(day: string, today: string): string {
  const m = DAY.exec(day);
  const parsed = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!parsed || dayOf(parsed) !== day) throw invalid('query.invalid-due-date', `"${day}" is not a calendar day (YYYY-MM-DD)`, { field: 'dueDate' });
  if (day < today) throw invalid('query.due-date-past', `the due date ${day} is before today (${today})`, { field: 'dueDate' });
  const latest = addDays(today, MAX_DUE_DAYS);
  if (day > latest) throw invalid('query.due-date-too-far', `the due date ${day} is more than ${MAX_DUE_DAYS} days ahead (latest ${latest})`, { field: 'dueDate' });
  return day;
}

export interface FailedRule {
  series: string;
  rule: string;
  label: string;
  reason: string;
}

/** The question of an automatic query: every failed rule, with the value measured. */
export function conformanceQuestion(submission: number, failed: readonly FailedRule[]): string {
  const lines = failed.slice(0, 50).map((f) => `- ${f.series} / ${f.label} (${f.rule}): ${f.reason}`);
  const more = failed.length > 50 ? [`- and ${failed.length - 50} more`] : [];
  const head = `The automatic conformance checks of submission ${submission} failed ${failed.length} rule${failed.length === 1 ? '' : 's'}:`;
  return [head, ...lines, ...more, 'Please re-send the series concerned and submit the exam again, or reply to explain.'].join('\n').slice(0, MAX_TEXT);
}
