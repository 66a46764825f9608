// The dashboard as CSV tables for spreadsheets: one row per centre (and the project total), or one
// row per centre and failed rule, or per centre and artefact.
import { csvRow } from '../platform/csv.ts';
import { GRADES } from './checklist-definition.ts';
import { LIST_STATES, type CentreFigures } from './dashboard-figures.ts';
import type { Dashboard } from './dashboard-service.ts';

export const CSV_TABLES = ['centres', 'failed-rules', 'artefacts'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

function centreRow(f: CentreFigures): unknown[] {
  const q = f.queries;
  return [
    f.centreName,
    ...LIST_STATES.map((s) => f.examsByState[s]),
    f.reviewed,
    percent(f.passRate),
    ...GRADES.map((g) => f.grades[g]),
    q.opened,
    q.open,
    q.answered,
    q.closed,
    q.overdue,
    q.toAnswer.medianDays,
    q.toAnswer.p90Days,
    q.toClose.medianDays,
    q.toClose.p90Days,
  ];
}

const CENTRE_HEADER = [
  'centre',
  ...LIST_STATES.map((s) => `exams ${s}`),
  'exams reviewed',
  'QC pass rate (%)',
  ...GRADES.map((g) => `series graded ${g}`),
  'queries opened',
  'queries open',
  'queries answered',
  'queries closed',
  'queries overdue',
  'median days to answer',
  'p90 days to answer',
  'median days to close',
  'p90 days to close',
];

export function dashboardCsv(dashboard: Dashboard, table: CsvTable): string {
  const all = [...dashboard.centres, ...(dashboard.total ? [dashboard.total] : [])];
  switch (table) {
    case 'centres':
      return csvRow(CENTRE_HEADER) + all.map((f) => csvRow(centreRow(f))).join('');
    case 'failed-rules':
      return csvRow(['centre', 'rule', 'label', 'exams']) + all.flatMap((f) => f.failedRules.map((r) => csvRow([f.centreName, r.rule, r.label, r.exams]))).join('');
    case 'artefacts':
      return csvRow(['centre', 'artefact', 'series']) + all.flatMap((f) => f.artefacts.map((a) => csvRow([f.centreName, a.code, a.series]))).join('');
  }
}
