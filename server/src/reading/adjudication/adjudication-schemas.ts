// Request and response shapes of adjudication and final values (OpenAPI).
import { Type } from '@fastify/type-provider-typebox';
import { oneOf, Uuid } from '../../platform/schemas.ts';
import { DECISION_CHOICES, PROVENANCE_SOURCES } from './final-values.ts';
import { DISCORDANCE_RULES } from './rules.ts';

const Instant = Type.String({ format: 'date-time' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const FIELD_KEY = '^[a-z][A-Za-z0-9]{0,39}$';

export const AdjudicationParams = Type.Object({ projectId: Uuid, adjudicationId: Uuid });

export const FieldValueSchema = Type.Union([Type.Number(), Type.String({ maxLength: 10000 }), Type.Array(Type.Integer(), { maxItems: 17 })], {
  description: 'number: a number field; string: a category or text; integers: AHA segments',
});
const Values = Type.Record(Type.String(), FieldValueSchema, { description: 'Field key → value; an absent key was not answered' });

export const AdjudicationStateSchema = oneOf(['open', 'in-progress', 'resolved'] as const);

export const AdjudicationSummaryView = Type.Object({
  id: Uuid,
  state: AdjudicationStateSchema,
  blindedLabel: Type.String({ description: 'e.g. "Adjudication 0007"; the exam is not named' }),
  discordantFields: Type.Array(Type.String()),
  createdAt: Instant,
  claimedAt: Nullable(Instant),
  mine: Type.Boolean({ description: 'Claimed by the caller' }),
});

export const DiscordanceView = Type.Object({
  field: Type.String(),
  rule: oneOf(DISCORDANCE_RULES, 'answered-in-one-read: a number only one reader gave'),
  a: Nullable(FieldValueSchema),
  b: Nullable(FieldValueSchema),
  difference: Nullable(Type.Number({ description: '|a − b|, or for relative-difference its percent of the mean' })),
  threshold: Nullable(Type.Number()),
});

const DecisionSchema = Type.Object(
  {
    field: Type.String({ pattern: FIELD_KEY }),
    choice: oneOf(DECISION_CHOICES, "read-a / read-b: that read's value (for a computed field: that read's inputs); value: the value given"),
    value: Type.Optional(FieldValueSchema),
    reason: Type.String({ maxLength: 2000, description: 'Why; required, recorded with the decision and on the audit trail' }),
  },
  { additionalProperties: false },
);

export const ResolveBody = Type.Object({ decisions: Type.Array(DecisionSchema, { minItems: 1, maxItems: 200 }) }, { additionalProperties: false });

const ReadView = Type.Object({
  values: Values,
  annotations: Type.Any({ description: 'ReadAnnotations: contours and measurements' }),
  volumetry: Type.Any({ description: 'The volumetry computed from the contours, or null' }),
});

export const AdjudicationView = Type.Object({
  ...AdjudicationSummaryView.properties,
  studyInstanceUID: Type.String(),
  series: Type.Array(
    Type.Object({ seriesInstanceUID: Type.String(), description: Type.String(), modality: Nullable(Type.String()), seriesNumber: Nullable(Type.Integer()), instances: Type.Integer() }),
  ),
  form: Type.Object({ version: Type.Integer(), definition: Type.Any({ description: 'ReadingFormDefinition' }) }),
  readA: ReadView,
  readB: ReadView,
  discordances: Type.Array(DiscordanceView),
  decisions: Type.Array(Type.Object({ field: Type.String(), choice: oneOf(DECISION_CHOICES), value: Type.Optional(FieldValueSchema), reason: Type.String() })),
  resolvedAt: Nullable(Instant),
});

const ProvenanceView = Type.Object({
  source: oneOf(PROVENANCE_SOURCES),
  reads: Type.Array(Uuid, { description: 'The submitted reads the value comes from' }),
  reason: Type.Optional(Type.String()),
  computedFrom: Type.Optional(Type.Array(Type.String())),
});

export const FinalValueView = Type.Object({
  examId: Uuid,
  studyInstanceUID: Type.String(),
  subjectCode: Type.String(),
  formVersion: Type.Integer(),
  values: Values,
  provenance: Type.Record(Type.String(), ProvenanceView),
  adjudicationTaskId: Nullable(Uuid),
  definedAt: Instant,
  digest: Type.String({ description: 'SHA-256 of the canonical JSON of {values, provenance}' }),
});
