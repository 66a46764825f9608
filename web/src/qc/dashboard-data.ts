// The dashboard's figures reshaped for the charts: one row per centre, named by the chart's series.
import type { Answer } from '../api/client';

export type Dashboard = Answer<'/api/projects/{projectId}/qc/dashboard', 'get'>;
export type CentreFigures = Dashboard['centres'][number];

export const GRADE_KEYS = ['good', 'acceptable', 'poor', 'non-diagnostic'] as const satisfies ReadonlyArray<keyof CentreFigures['grades']>;

/** Pass rate as a percentage, to one decimal; null before any verdict. */
export const percent = (rate: number | null): number | null => (rate === null ? null : Math.round(rate * 1000) / 10);

export const passRateRows = (centres: CentreFigures[]) => centres.map((c) => ({ centre: c.centreName, passRate: percent(c.passRate), reviewed: c.reviewed }));

export const gradeRows = (centres: CentreFigures[]) => centres.map((c) => ({ centre: c.centreName, ...c.grades }));

export const turnaroundRows = (centres: CentreFigures[]) =>
  centres.map((c) => ({ centre: c.centreName, answerMedian: c.queries.toAnswer.medianDays, answerP90: c.queries.toAnswer.p90Days, closeMedian: c.queries.toClose.medianDays }));

export const failureRows = (figures: CentreFigures) => figures.failedRules.map((f) => ({ rule: `${f.rule} — ${f.label}`, exams: f.exams }));
