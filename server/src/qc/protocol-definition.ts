// The imaging protocol as data: the series an exam must hold, how each is recognised from its DICOM
// headers, and the acceptable range of each acquisition parameter. One schema gives the validation,
// the TypeScript types and the OpenAPI document; protocol-validation.ts adds the semantic checks.
import { Type, type Static } from 'typebox';

/** Values measured over a whole series from its instances' headers (series-measures.ts). */
export const NUMERIC_MEASURES = [
  'sliceThickness',
  'sliceGap',
  'coverage',
  'slicePositions',
  'missingSlices',
  'cardiacPhases',
  'temporalResolution',
  'pixelSpacing',
  'fieldStrength',
  'instances',
] as const;
export const TEXT_MEASURES = ['plane'] as const;
export const MEASURES = [...NUMERIC_MEASURES, ...TEXT_MEASURES] as const;
export type NumericMeasure = (typeof NUMERIC_MEASURES)[number];
export type Measure = (typeof MEASURES)[number];

export const MEASURE_UNITS: Record<Measure, string | null> = {
  sliceThickness: 'mm',
  sliceGap: 'mm',
  coverage: 'mm',
  slicePositions: null,
  missingSlices: null,
  cardiacPhases: null,
  temporalResolution: 'ms',
  pixelSpacing: 'mm',
  fieldStrength: 'T',
  instances: null,
  plane: null,
};

export const PLANES = ['axial', 'coronal', 'sagittal', 'oblique'] as const;

/** Series names and rule ids: short, stable, usable in addresses and reports. */
export const NAME_PATTERN = '^[a-z0-9][a-z0-9-]{0,47}$';
/** The rule id every series gets for its own presence; a protocol cannot use it. */
export const PRESENCE_RULE = 'present';
export const MAX_REGEX_LENGTH = 200;

const Text = Type.String({ minLength: 0, maxLength: 64, description: 'A DICOM value as text (multi-valued attributes: one value)' });

const conditionProperties = {
  attribute: Type.Optional(Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z][A-Za-z0-9]*$', description: 'A DICOM attribute by its standard keyword, e.g. SliceThickness' })),
  measure: Type.Optional(Type.Unsafe<Measure>({ type: 'string', enum: [...MEASURES], description: `A value measured over the series: ${MEASURES.join(', ')}` })),
  min: Type.Optional(Type.Number({ description: 'Lowest acceptable value (numeric attribute or measure)' })),
  max: Type.Optional(Type.Number({ description: 'Highest acceptable value (numeric attribute or measure)' })),
  oneOf: Type.Optional(Type.Array(Text, { minItems: 1, maxItems: 32, uniqueItems: true, description: 'The value (multi-valued: all values joined by a backslash) must be one of these' })),
  includes: Type.Optional(Type.Array(Text, { minItems: 1, maxItems: 32, uniqueItems: true, description: 'The attribute must hold each of these values' })),
  excludes: Type.Optional(Type.Array(Text, { minItems: 1, maxItems: 32, uniqueItems: true, description: 'The attribute must hold none of these values' })),
  pattern: Type.Optional(Type.String({ minLength: 1, maxLength: MAX_REGEX_LENGTH, description: 'A regular expression the value must match, case-insensitive' })),
};

export const ConditionSchema = Type.Object(conditionProperties, {
  additionalProperties: false,
  description: 'One attribute or measure, and one test: min/max, oneOf, includes, excludes or pattern',
});

export const RuleSchema = Type.Object(
  {
    id: Type.String({ pattern: NAME_PATTERN, description: 'Unique within the series, e.g. slice-thickness' }),
    label: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
    ...conditionProperties,
  },
  { additionalProperties: false, description: 'An acceptance rule: a condition every exam series matched to this protocol series must meet' },
);

export const ProtocolSeriesSchema = Type.Object(
  {
    name: Type.String({ pattern: NAME_PATTERN, description: 'Unique within the protocol, e.g. cine-sax' }),
    label: Type.String({ minLength: 1, maxLength: 120 }),
    required: Type.Optional(Type.Boolean({ description: 'Whether an exam must hold this series (default true)' })),
    match: Type.Array(ConditionSchema, { minItems: 1, maxItems: 16, description: 'An exam series is this protocol series when it meets every condition' }),
    rules: Type.Array(RuleSchema, { maxItems: 32 }),
  },
  { additionalProperties: false },
);

export const ProtocolDefinitionSchema = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 200 }),
    description: Type.Optional(Type.String({ maxLength: 2000 })),
    series: Type.Array(ProtocolSeriesSchema, { minItems: 1, maxItems: 32 }),
  },
  { additionalProperties: false, description: 'An imaging protocol: the series each exam must hold and their acceptable acquisition parameters' },
);

export type Condition = Static<typeof ConditionSchema>;
export type Rule = Static<typeof RuleSchema>;
export type ProtocolSeries = Static<typeof ProtocolSeriesSchema>;
export type ProtocolDefinition = Static<typeof ProtocolDefinitionSchema>;

export const isNumericMeasure = (m: Measure): m is NumericMeasure => (NUMERIC_MEASURES as readonly string[]).includes(m);
