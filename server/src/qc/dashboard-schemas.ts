// Response shapes of the QC dashboard (OpenAPI).
import { Type } from '@fastify/type-provider-typebox';
import { oneOf, Uuid } from '../platform/schemas.ts';
import { GRADES } from './checklist-definition.ts';
import { CSV_TABLES } from './dashboard-csv.ts';
import { LIST_STATES } from './dashboard-figures.ts';
import { REVIEW_VERDICTS } from './review-rules.ts';
import { QuerySummaryView } from './review-schemas.ts';

const Counts = (keys: readonly string[]) => Type.Object(Object.fromEntries(keys.map((k) => [k, Type.Integer({ minimum: 0 })])));
const Days = Type.Union([Type.Number(), Type.Null()]);
const Turnaround = Type.Object({ n: Type.Integer({ description: 'Queries measured' }), medianDays: Days, p90Days: Days });

export const CentreFiguresView = Type.Object({
  centreId: Type.Union([Uuid, Type.Null()], { description: 'null for the project total' }),
  centreName: Type.String(),
  examsByState: Counts(LIST_STATES),
  reviewed: Type.Integer({ description: 'Exams with a QC verdict' }),
  passRate: Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { description: 'Share of reviewed exams that passed (with or without remarks); null before any verdict' }),
  reviewVerdicts: Counts(REVIEW_VERDICTS),
  grades: Counts(GRADES),
  failedRules: Type.Array(Type.Object({ rule: Type.String({ description: 'series/rule' }), label: Type.String(), exams: Type.Integer({ description: 'Exams where the rule failed at least once' }) }), { maxItems: 10 }),
  artefacts: Type.Array(Type.Object({ code: Type.String(), series: Type.Integer({ description: 'Series it was ticked on' }) }), { maxItems: 10 }),
  queries: Type.Object({
    opened: Type.Integer(),
    open: Type.Integer(),
    answered: Type.Integer(),
    closed: Type.Integer(),
    overdue: Type.Integer({ description: 'Open (unanswered) after their due day' }),
    toAnswer: Turnaround,
    toClose: Turnaround,
  }),
});

export const DashboardView = Type.Object({
  generatedAt: Type.String({ format: 'date-time' }),
  centreId: Type.Union([Uuid, Type.Null()], { description: "The data manager's centre when the figures are restricted to it" }),
  centres: Type.Array(CentreFiguresView),
  total: Type.Union([CentreFiguresView, Type.Null()]),
  examsLeftOut: Type.Integer({ description: "Exams left out because their subject's information/consent no longer allows processing" }),
  overdueQueries: Type.Union([Type.Array(QuerySummaryView), Type.Null()]),
});

export const CsvQuery = Type.Object({ table: Type.Optional(oneOf(CSV_TABLES, 'centres (default): one row per centre and the total; failed-rules; artefacts')) }, { additionalProperties: false });
