// Response and parameter shapes of the QC routes (OpenAPI), beside the definitions' own schemas.
import { Type } from '@fastify/type-provider-typebox';
import { oneOf, ProjectParams, Uuid } from '../platform/schemas.ts';
import { EXAM_STATES, RECEIVING } from './exam-states.ts';
import { ConditionSchema, MEASURES } from './protocol-definition.ts';

export const VersionParams = Type.Object({ projectId: Uuid, version: Type.Integer({ minimum: 1, maximum: 1_000_000 }) });
export const ExamParams = Type.Object({
  projectId: Uuid,
  studyInstanceUid: Type.String({ minLength: 1, maxLength: 64, pattern: '^[0-9]+(\\.[0-9]+)*$', description: 'StudyInstanceUID of the exam (as stored, de-identified)' }),
});
export { ProjectParams };

export const VersionView = Type.Object({
  version: Type.Integer(),
  title: Type.String(),
  reason: Type.String(),
  createdBy: Type.Union([Uuid, Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  current: Type.Boolean({ description: 'Whether this is the version new exams are checked against' }),
});

export const NewVersionBody = <T extends ReturnType<typeof Type.Object>>(definition: T) =>
  Type.Object(
    { definition, reason: Type.String({ minLength: 3, maxLength: 500, description: 'Why this version; recorded on the audit trail.' }) },
    { additionalProperties: false },
  );

export const ExamListStateSchema = oneOf([...EXAM_STATES, RECEIVING], `${RECEIVING}: received, not yet submitted by the centre; checks-failed: a conformance rule failed, the centre may re-send series and submit again; awaiting-review: every rule passed, the exam waits for QC review; in-review: claimed by a QC reviewer; qc-passed, qc-passed-with-remarks, qc-failed: the review's verdict (after a fail the centre re-sends series and submits again)`);
const VerdictSchema = oneOf(['pass', 'fail'] as const);
const RuleVerdictSchema = oneOf(['pass', 'fail', 'not-applicable'] as const);
const Instant = Type.Union([Type.String({ format: 'date-time' }), Type.Null()]);

export const ExamListQuery = Type.Object(
  {
    state: Type.Optional(ExamListStateSchema),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 200 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
  },
  { additionalProperties: false },
);

export const ExamSummaryView = Type.Object({
  studyInstanceUid: Type.String(),
  subjectCode: Type.String(),
  consentStatus: Type.String(),
  processingAllowed: Type.Boolean({ description: "Whether the subject's information/consent allows its imaging to be processed now" }),
  centreId: Uuid,
  centreName: Type.String(),
  studyDate: Type.Union([Type.String(), Type.Null()]),
  numberOfSeries: Type.Integer(),
  numberOfInstances: Type.Integer(),
  state: ExamListStateSchema,
  conformanceVerdict: Type.Union([VerdictSchema, Type.Null()]),
  failedRules: Type.Union([Type.Integer(), Type.Null()]),
  submissions: Type.Integer(),
  protocolVersion: Type.Union([Type.Integer(), Type.Null()], { description: 'The protocol version the exam is checked against, fixed at its first submission' }),
  firstSubmittedAt: Instant,
  lastSubmittedAt: Instant,
});

const RunSummaryProperties = {
  submission: Type.Integer(),
  ranAt: Type.String({ format: 'date-time' }),
  protocolVersion: Type.Integer(),
  verdict: VerdictSchema,
  failedRules: Type.Integer(),
  seriesCount: Type.Integer(),
  instanceCount: Type.Integer(),
  submittedBy: Type.Union([Uuid, Type.Null()]),
  comment: Type.Union([Type.String(), Type.Null()]),
};

const ExpectationView = Type.Object(
  { ...ConditionSchema.properties, required: Type.Optional(Type.Boolean({ description: 'For the presence rule: whether the series is required' })) },
  { description: 'What the rule asked for' },
);

const RuleResultView = Type.Object({
  rule: Type.String({ description: `The rule's id; "present" for the series' own presence` }),
  label: Type.String(),
  expected: ExpectationView,
  measured: Type.Union([Type.Array(Type.Union([Type.Number(), Type.String()])), Type.Null()], { description: `Distinct values measured over the series (measures: ${MEASURES.join(', ')})` }),
  unit: Type.Union([Type.String(), Type.Null()]),
  verdict: RuleVerdictSchema,
  reason: Type.String(),
});

const SeriesResultView = Type.Object({
  name: Type.String(),
  label: Type.String(),
  required: Type.Boolean(),
  seriesInstanceUid: Type.Union([Type.String(), Type.Null()]),
  seriesNumber: Type.Union([Type.Integer(), Type.Null()]),
  seriesDescription: Type.Union([Type.String(), Type.Null()]),
  otherCandidates: Type.Array(Type.String(), { description: 'Other exam series that met the recognition conditions; the one meeting the most rules is checked' }),
  results: Type.Array(RuleResultView),
});

const UnmatchedSeriesView = Type.Object({
  seriesInstanceUID: Type.String(),
  seriesNumber: Type.Union([Type.Integer(), Type.Null()]),
  seriesDescription: Type.Union([Type.String(), Type.Null()]),
  instances: Type.Integer(),
});

export const ExamDetailView = Type.Object({
  ...ExamSummaryView.properties,
  conformance: Type.Union([
    Type.Object({ ...RunSummaryProperties, series: Type.Array(SeriesResultView), unmatchedSeries: Type.Array(UnmatchedSeriesView) }),
    Type.Null(),
  ]),
  runs: Type.Array(Type.Object(RunSummaryProperties)),
});

export const SubmitBody = Type.Object(
  { comment: Type.Optional(Type.String({ minLength: 1, maxLength: 1000, description: "The data manager's remark, e.g. which series were re-sent; recorded on the audit trail" })) },
  { additionalProperties: false },
);
