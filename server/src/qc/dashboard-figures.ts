// The QC dashboard's figures as pure functions of counted rows: per centre and for the project,
// exams by state, pass rate, grade distribution, most frequent failed rules and artefacts, query
// counts and turnaround (median and 90th percentile of days from opening to first answer, and to
// close). Totals are sums of the centres' counts; percentiles are taken over all the centres' queries.
import { GRADES, type Grade } from './checklist-definition.ts';
import { EXAM_STATES, RECEIVING, REVIEWED, type ExamListState } from './exam-states.ts';
import { REVIEW_VERDICTS, type ReviewVerdict } from './review-rules.ts';

export const LIST_STATES = [RECEIVING, ...EXAM_STATES] as const;
export const TOP = 10;

export interface Turnaround {
  /** Queries measured. */
  n: number;
  medianDays: number | null;
  p90Days: number | null;
}

export interface QueryFigures {
  opened: number;
  open: number;
  answered: number;
  closed: number;
  overdue: number;
  toAnswer: Turnaround;
  toClose: Turnaround;
}

export interface CentreFigures {
  /** null for the project total. */
  centreId: string | null;
  centreName: string;
  examsByState: Record<ExamListState, number>;
  /** Exams with a QC verdict (qc-passed, qc-passed-with-remarks, qc-failed). */
  reviewed: number;
  /** Share of reviewed exams that passed (with or without remarks), 0–1; null before any verdict. */
  passRate: number | null;
  /** Verdicts of every completed review, earlier rounds included. */
  reviewVerdicts: Record<ReviewVerdict, number>;
  /** Series grades of every completed review. */
  grades: Record<Grade, number>;
  /** Rules that failed, by the number of exams where they failed at least once, most frequent first. */
  failedRules: Array<{ rule: string; label: string; exams: number }>;
  /** Artefacts ticked in completed reviews, most frequent first. */
  artefacts: Array<{ code: string; series: number }>;
  queries: QueryFigures;
}

export interface CountedRows {
  centres: Array<{ id: string; name: string }>;
  examStates: Array<{ centre_id: string; state: string; n: number }>;
  verdicts: Array<{ centre_id: string; verdict: string; n: number }>;
  grades: Array<{ centre_id: string; grade: string; n: number }>;
  failedRules: Array<{ centre_id: string; rule: string; label: string; n: number }>;
  artefacts: Array<{ centre_id: string; code: string; n: number }>;
  queries: Array<{ centre_id: string; state: string; overdue: boolean; days_to_answer: number | null; days_to_close: number | null }>;
}

/** Linear interpolation between closest ranks (PostgreSQL's percentile_cont), to 0.1 day. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const value = sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
  return Math.round(value * 10) / 10;
}

const turnaround = (days: number[]): Turnaround => ({ n: days.length, medianDays: percentile(days, 0.5), p90Days: percentile(days, 0.9) });
const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

function top<T extends { n: number }>(rows: readonly T[], key: (r: T) => string): Array<{ key: string; row: T; n: number }> {
  const byKey = new Map<string, { key: string; row: T; n: number }>();
  for (const r of rows) {
    const k = key(r);
    const found = byKey.get(k);
    if (found) found.n += r.n;
    else byKey.set(k, { key: k, row: r, n: r.n });
  }
  return [...byKey.values()].sort((a, b) => b.n - a.n || (a.key < b.key ? -1 : 1)).slice(0, TOP);
}

/** The figures of the rows given (one centre's, or all of them for the total). */
function figuresOf(centreId: string | null, centreName: string, rows: CountedRows, keep: (centre: string) => boolean): CentreFigures {
  const examsByState = zeros(LIST_STATES);
  for (const r of rows.examStates.filter((x) => keep(x.centre_id))) examsByState[r.state as ExamListState] += r.n;
  const reviewed = REVIEWED.reduce((n, s) => n + examsByState[s], 0);
  const passed = examsByState['qc-passed'] + examsByState['qc-passed-with-remarks'];
  const reviewVerdicts = zeros(REVIEW_VERDICTS);
  for (const r of rows.verdicts.filter((x) => keep(x.centre_id))) reviewVerdicts[r.verdict as ReviewVerdict] += r.n;
  const grades = zeros(GRADES);
  for (const r of rows.grades.filter((x) => keep(x.centre_id))) grades[r.grade as Grade] += r.n;
  const queries = rows.queries.filter((x) => keep(x.centre_id));
  const count = (state: string) => queries.filter((q) => q.state === state).length;
  return {
    centreId,
    centreName,
    examsByState,
    reviewed,
    passRate: reviewed === 0 ? null : Math.round((passed / reviewed) * 10_000) / 10_000,
    reviewVerdicts,
    grades,
    failedRules: top(rows.failedRules.filter((x) => keep(x.centre_id)), (r) => r.rule).map((t) => ({ rule: t.key, label: t.row.label, exams: t.n })),
    artefacts: top(rows.artefacts.filter((x) => keep(x.centre_id)), (r) => r.code).map((t) => ({ code: t.key, series: t.n })),
    queries: {
      opened: queries.length,
      open: count('open'),
      answered: count('answered'),
      closed: count('closed'),
      overdue: queries.filter((q) => q.overdue).length,
      toAnswer: turnaround(queries.flatMap((q) => (q.days_to_answer === null ? [] : [Number(q.days_to_answer)]))),
      toClose: turnaround(queries.flatMap((q) => (q.days_to_close === null ? [] : [Number(q.days_to_close)]))),
    },
  };
}

export function centreFigures(rows: CountedRows): CentreFigures[] {
  return rows.centres.map((c) => figuresOf(c.id, c.name, rows, (id) => id === c.id));
}

export function totalFigures(rows: CountedRows, name: string): CentreFigures {
  const ids = new Set(rows.centres.map((c) => c.id));
  return figuresOf(null, name, rows, (id) => ids.has(id));
}
