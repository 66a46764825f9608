// Request and response shapes of the QC review and query routes (OpenAPI).
import { Type } from '@fastify/type-provider-typebox';
import { oneOf, Uuid } from '../platform/schemas.ts';
import { GRADES } from './checklist-definition.ts';
import { NAME_PATTERN } from './protocol-definition.ts';
import { MAX_TEXT, MESSAGE_KINDS, QUERY_ORIGINS, QUERY_STATES } from './query-rules.ts';
import { REVIEW_STATUSES, REVIEW_VERDICTS } from './review-rules.ts';

const Instant = Type.String({ format: 'date-time' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
export const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A calendar day, YYYY-MM-DD (UTC)' });
const Text = (description: string) => Type.String({ minLength: 1, maxLength: MAX_TEXT, pattern: '\\S', description });

export const ReviewStatusSchema = oneOf(REVIEW_STATUSES, 'in-progress: claimed by its reviewer; completed: with a verdict; released: handed back to the queue; cancelled: the centre re-submitted and the checks failed');
export const VerdictSchema = oneOf(REVIEW_VERDICTS, 'pass → exam qc-passed; pass-with-remarks → qc-passed-with-remarks; fail → qc-failed and a query to the centre');

export const SeriesParams = Type.Object({
  projectId: Uuid,
  studyInstanceUid: Type.String({ minLength: 1, maxLength: 64, pattern: '^[0-9]+(\\.[0-9]+)*$' }),
  seriesName: Type.String({ pattern: NAME_PATTERN, maxLength: 64, description: "The protocol series' name, e.g. cine-sax" }),
});
export const QueryParams = Type.Object({ projectId: Uuid, queryId: Uuid });

const SeriesToGradeView = Type.Object({
  name: Type.String(),
  label: Type.String(),
  seriesInstanceUid: Type.String(),
  seriesNumber: Nullable(Type.Integer()),
  seriesDescription: Nullable(Type.String()),
  artefacts: Type.Array(Type.String(), { description: "The checklist's artefact codes that may be ticked on this series" }),
});

const GradeView = Type.Object({
  seriesName: Type.String(),
  seriesInstanceUid: Type.String({ description: 'The series graded; a grade of a series since re-sent must be given again' }),
  grade: oneOf(GRADES),
  artefacts: Type.Array(Type.String()),
  comment: Nullable(Type.String()),
  gradedBy: Nullable(Uuid),
  gradedAt: Instant,
});

export const ReviewView = Type.Object({
  id: Uuid,
  studyInstanceUid: Type.String(),
  round: Type.Integer({ minimum: 1, description: "1 for the exam's first review, one more after each that ended" }),
  submission: Type.Integer({ minimum: 1, description: "The exam's submission when the review was claimed" }),
  status: ReviewStatusSchema,
  reviewerId: Uuid,
  reviewerName: Type.String(),
  checklistVersion: Type.Integer({ description: 'The checklist version the review is graded with (current when claimed)' }),
  claimedAt: Instant,
  endedAt: Nullable(Instant),
  verdict: Nullable(VerdictSchema),
  reason: Nullable(Type.String()),
  seriesToGrade: Nullable(Type.Array(SeriesToGradeView, { description: "While in progress: every series the latest conformance run found, each graded before the verdict" })),
  grades: Type.Array(GradeView),
});

export const CompletedReviewView = Type.Object({ ...ReviewView.properties, queryId: Nullable(Uuid) }, { description: 'queryId: the query a failed review opened' });

export const QueueEntryView = Type.Object({
  studyInstanceUid: Type.String(),
  subjectCode: Type.String(),
  centreId: Uuid,
  centreName: Type.String(),
  studyDate: Nullable(Type.String()),
  numberOfSeries: Type.Integer(),
  numberOfInstances: Type.Integer(),
  state: oneOf(['awaiting-review', 'in-review'] as const),
  submissions: Type.Integer(),
  protocolVersion: Type.Integer(),
  firstSubmittedAt: Instant,
  lastSubmittedAt: Instant,
  pendingQueries: Type.Integer({ description: 'Queries on the exam not closed yet' }),
  review: Nullable(Type.Object({ id: Uuid, round: Type.Integer(), reviewerId: Uuid, reviewerName: Nullable(Type.String()), claimedAt: Instant })),
});

export const QueueQuery = Type.Object(
  {
    mine: Type.Optional(Type.Boolean({ description: 'Only the exams I am reviewing' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 200 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
  },
  { additionalProperties: false },
);

export const GradeBody = Type.Object(
  {
    grade: oneOf(GRADES),
    artefacts: Type.Array(Type.String({ pattern: NAME_PATTERN, maxLength: 64 }), { maxItems: 64, uniqueItems: true, description: "Codes of the checklist's artefacts seen on the series" }),
    comment: Type.Optional(Type.String({ maxLength: 5000, description: 'Needed for the grades the checklist names (commentRequiredFor)' })),
  },
  { additionalProperties: false },
);

export const VerdictBody = Type.Object(
  {
    verdict: VerdictSchema,
    reason: Type.Optional(Type.String({ maxLength: MAX_TEXT, description: 'Needed for pass-with-remarks and fail; the centre reads it (a failed review opens a query with it)' })),
    queryDueDate: Type.Optional(Day),
  },
  { additionalProperties: false },
);

export const ReleaseBody = Type.Object({ reason: Type.String({ minLength: 3, maxLength: 500, description: 'Why; recorded on the audit trail.' }) }, { additionalProperties: false });

export const QueryStateSchema = oneOf(QUERY_STATES, 'open: waiting for the centre; answered: the centre replied or re-submitted; closed: settled by QC (reopen to ask again)');
const QueryOriginSchema = oneOf(QUERY_ORIGINS, 'conformance: opened by the automatic checks at submission; reviewer: asked by QC; review-verdict: a failed review');

export const QuerySummaryView = Type.Object({
  id: Uuid,
  studyInstanceUid: Type.String(),
  examState: Type.String(),
  subjectCode: Type.String(),
  centreId: Uuid,
  centreName: Type.String(),
  seriesInstanceUid: Nullable(Type.String()),
  origin: QueryOriginSchema,
  state: QueryStateSchema,
  question: Type.String({ description: 'The first message' }),
  dueDate: Day,
  overdue: Type.Boolean({ description: 'Open (unanswered) after its due day' }),
  openedBy: Nullable(Uuid),
  openedAt: Instant,
  firstAnsweredAt: Nullable(Instant),
  answeredAt: Nullable(Instant),
  closedAt: Nullable(Instant),
  reopened: Type.Integer({ minimum: 0 }),
  messages: Type.Integer(),
  lastMessageAt: Nullable(Instant),
});

export const QueryDetailView = Type.Object({
  ...QuerySummaryView.properties,
  processingAllowed: Type.Boolean(),
  thread: Type.Array(
    Type.Object({
      seq: Type.Integer({ minimum: 1 }),
      kind: oneOf(MESSAGE_KINDS),
      authorUserId: Nullable(Uuid),
      authorName: Nullable(Type.String()),
      authorRole: Type.String({ description: 'The role the author acted in; system for the automatic checks' }),
      body: Type.String(),
      createdAt: Instant,
    }),
  ),
});

export const QueryListQuery = Type.Object(
  {
    state: Type.Optional(QueryStateSchema),
    overdue: Type.Optional(Type.Boolean()),
    centreId: Type.Optional(Uuid),
    studyInstanceUid: Type.Optional(Type.String({ maxLength: 64, pattern: '^[0-9]+(\\.[0-9]+)*$' })),
    origin: Type.Optional(QueryOriginSchema),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 200 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
  },
  { additionalProperties: false },
);

export const NewQueryBody = Type.Object(
  {
    text: Text('The question to the centre'),
    dueDate: Type.Optional(Day),
    seriesInstanceUid: Type.Optional(Type.String({ maxLength: 64, pattern: '^[0-9]+(\\.[0-9]+)*$', description: 'The series the question is about, if one' })),
  },
  { additionalProperties: false },
);
export const ReplyBody = Type.Object({ text: Text("The centre's answer") }, { additionalProperties: false });
export const CloseBody = Type.Object({ comment: Type.Optional(Text('Why it is settled')) }, { additionalProperties: false });
export const ReopenBody = Type.Object({ text: Text('What is still needed'), dueDate: Type.Optional(Day) }, { additionalProperties: false });
