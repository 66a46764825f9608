// The reading form (eCRF) as data: the fields a reader answers for an exam, their units, ranges and
// conditions. One schema per field kind gives the validation, the TypeScript types and the OpenAPI
// document; form-validation.ts adds what a schema cannot say (unique keys, references, cycles).
import { Type } from 'typebox';

export const VOLUMETRY_KEYS = ['lvEdvMl', 'lvEsvMl', 'lvSvMl', 'lvEfPercent', 'lvMassG', 'rvEdvMl', 'rvEsvMl', 'rvSvMl', 'rvEfPercent'] as const;
export type VolumetryKey = (typeof VOLUMETRY_KEYS)[number];
export const COMPUTED_OPS = ['difference', 'ejection-fraction', 'indexed'] as const;
export type ComputedOp = (typeof COMPUTED_OPS)[number];
/** Inputs each computation takes: difference and ejection fraction two, indexed one. */
export const COMPUTED_ARITY: Record<ComputedOp, number> = { difference: 2, 'ejection-fraction': 2, indexed: 1 };

export const FIELD_KEY_PATTERN = '^[a-z][A-Za-z0-9]{0,39}$';
export const MAX_FIELDS = 200;
export const MAX_TEXT_LENGTH = 20000;

const Key = Type.String({ pattern: FIELD_KEY_PATTERN, description: 'Stable key of the field in read values: a letter, then letters and digits, at most 40.' });
const LocalText = Type.Object({ en: Type.String({ minLength: 1, maxLength: 200 }), fr: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false });
const When = Type.Object(
  { field: Key, equals: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false, description: 'The field is asked (and may be answered) only when this category field has this value.' },
);

export const NumberFieldSchema = Type.Object(
  {
    key: Key,
    kind: Type.Literal('number'),
    label: LocalText,
    unit: Type.String({ maxLength: 20 }),
    min: Type.Number(),
    max: Type.Number(),
    decimals: Type.Integer({ minimum: 0, maximum: 6 }),
    required: Type.Boolean(),
    volumetry: Type.Optional(Type.Union(VOLUMETRY_KEYS.map((k) => Type.Literal(k)), { description: "Pre-filled from the contours' volumetry." })),
    computed: Type.Optional(
      Type.Object(
        { op: Type.Union(COMPUTED_OPS.map((o) => Type.Literal(o))), of: Type.Array(Key, { minItems: 1, maxItems: 2 }) },
        { additionalProperties: false, description: 'Computed on the server, never entered: difference = of[0] − of[1]; ejection-fraction = 100·(of[0] − of[1]) / of[0]; indexed = of[0] / body surface area (Mosteller).' },
      ),
    ),
  },
  { additionalProperties: false },
);

export const CategoryFieldSchema = Type.Object(
  {
    key: Key,
    kind: Type.Literal('category'),
    label: LocalText,
    options: Type.Array(Type.Object({ value: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,63}$' }), label: LocalText }, { additionalProperties: false }), { minItems: 2, maxItems: 50 }),
    ordered: Type.Boolean(),
    required: Type.Boolean(),
    when: Type.Optional(When),
  },
  { additionalProperties: false },
);

export const SegmentsFieldSchema = Type.Object(
  { key: Key, kind: Type.Literal('segments'), label: LocalText, required: Type.Boolean(), when: Type.Optional(When) },
  { additionalProperties: false, description: 'AHA 17-segment map; the value is a sorted list of unique segment numbers 1..17.' },
);

export const TextFieldSchema = Type.Object(
  { key: Key, kind: Type.Literal('text'), label: LocalText, maxLength: Type.Integer({ minimum: 1, maximum: MAX_TEXT_LENGTH }), required: Type.Boolean() },
  { additionalProperties: false },
);

export const FIELD_SCHEMAS = { number: NumberFieldSchema, category: CategoryFieldSchema, segments: SegmentsFieldSchema, text: TextFieldSchema } as const;
export const FIELD_KINDS = Object.keys(FIELD_SCHEMAS) as (keyof typeof FIELD_SCHEMAS)[];

export const FormFieldSchema = Type.Union([NumberFieldSchema, CategoryFieldSchema, SegmentsFieldSchema, TextFieldSchema]);

export const ReadingFormDefinitionSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    fields: Type.Array(FormFieldSchema, { minItems: 1, maxItems: MAX_FIELDS }),
  },
  { additionalProperties: false },
);

type LocalTextValue = { en: string; fr: string };
type WhenValue = { field: string; equals: string };
export interface NumberField {
  key: string; kind: 'number'; label: LocalTextValue; unit: string; min: number; max: number; decimals: number; required: boolean;
  volumetry?: VolumetryKey; computed?: { op: ComputedOp; of: string[] };
}
export interface CategoryField {
  key: string; kind: 'category'; label: LocalTextValue; options: { value: string; label: LocalTextValue }[]; ordered: boolean; required: boolean; when?: WhenValue;
}
export interface SegmentsField { key: string; kind: 'segments'; label: LocalTextValue; required: boolean; when?: WhenValue }
export interface TextField { key: string; kind: 'text'; label: LocalTextValue; maxLength: number; required: boolean }
export type FormField = NumberField | CategoryField | SegmentsField | TextField;
export interface ReadingFormDefinition {
  name: string;
  fields: FormField[];
}

/** Read values: number fields hold numbers, category and text fields strings, segments lists. */
export type FieldValue = number | string | number[];
export type ReadValues = Record<string, FieldValue>;
