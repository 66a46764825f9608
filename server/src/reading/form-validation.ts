// A submitted reading form is checked in full before it becomes a version: its shape (field by field,
// so that the refusal names the field and its kind), then what a schema cannot say: unique keys and
// options, min < max, conditions on an existing category field and one of its options, computations
// on number fields without cycles, each volumetry result filled into one field at most.
import { Type } from 'typebox';
import { checkShape, fieldError } from '../qc/schema-check.ts';
import { COMPUTED_ARITY, FIELD_KINDS, FIELD_SCHEMAS, MAX_FIELDS, type FormField, type ReadingFormDefinition } from './form-definition.ts';

const KIND = 'reading-form';
const refuse = (problem: string, field: string, message: string) => fieldError(KIND, problem, field, message);

const EnvelopeSchema = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 200 }), fields: Type.Array(Type.Unknown(), { minItems: 1, maxItems: MAX_FIELDS }) },
  { additionalProperties: false },
);

/** @param base JSON pointer of the definition in the request, prefixed to every field named. */
export function validateReadingForm(value: unknown, base = ''): ReadingFormDefinition {
  const envelope = checkShape<{ name: string; fields: unknown[] }>(KIND, EnvelopeSchema, value, base);
  const fields = envelope.fields.map((field, i) => checkField(field, `${base}/fields/${i}`));
  const byKey = new Map<string, { field: FormField; index: number }>();
  fields.forEach((field, index) => {
    if (byKey.has(field.key)) throw refuse('duplicate-key', `${base}/fields/${index}/key`, `"${field.key}" is the key of another field already`);
    byKey.set(field.key, { field, index });
  });
  const volumetry = new Set<string>();
  fields.forEach((field, i) => {
    const at = `${base}/fields/${i}`;
    if (field.kind === 'number') {
      if (!(field.min < field.max)) throw refuse('range-inverted', `${at}/min`, `${field.min} is not below max ${field.max}`);
      if (field.volumetry !== undefined) {
        if (volumetry.has(field.volumetry)) throw refuse('duplicate-volumetry', `${at}/volumetry`, `${field.volumetry} fills another field already`);
        volumetry.add(field.volumetry);
        if (field.computed) throw refuse('computed-with-volumetry', `${at}/volumetry`, 'a computed field is not filled from the volumetry');
      }
      if (field.computed) {
        const { op, of } = field.computed;
        if (of.length !== COMPUTED_ARITY[op]) throw refuse('computed-arity', `${at}/computed/of`, `${op} takes ${COMPUTED_ARITY[op]} field${COMPUTED_ARITY[op] > 1 ? 's' : ''}, not ${of.length}`);
        of.forEach((key, j) => {
          const input = byKey.get(key);
          if (!input) throw refuse('computed-unknown-field', `${at}/computed/of/${j}`, `"${key}" is not a field of the form`);
          if (input.field.kind !== 'number') throw refuse('computed-not-number', `${at}/computed/of/${j}`, `"${key}" is a ${input.field.kind} field, not a number field`);
        });
      }
    } else if (field.kind === 'category') {
      const values = new Set<string>();
      field.options.forEach((o, j) => {
        if (values.has(o.value)) throw refuse('duplicate-option', `${at}/options/${j}/value`, `"${o.value}" is another option's value already`);
        values.add(o.value);
      });
    }
    if ((field.kind === 'category' || field.kind === 'segments') && field.when) {
      const { field: on, equals } = field.when;
      const target = byKey.get(on);
      if (!target) throw refuse('when-unknown-field', `${at}/when/field`, `"${on}" is not a field of the form`);
      if (on === field.key) throw refuse('when-cycle', `${at}/when/field`, 'a field cannot depend on itself');
      if (target.field.kind !== 'category') throw refuse('when-not-category', `${at}/when/field`, `"${on}" is a ${target.field.kind} field; a condition tests a category field`);
      if (!target.field.options.some((o) => o.value === equals)) throw refuse('when-not-an-option', `${at}/when/equals`, `"${equals}" is not an option of "${on}"`);
    }
  });
  checkCycles(fields, byKey, base);
  return { name: envelope.name, fields };
}

function checkField(value: unknown, at: string): FormField {
  const kind = typeof value === 'object' && value !== null ? (value as { kind?: unknown }).kind : undefined;
  if (typeof kind !== 'string' || !(FIELD_KINDS as string[]).includes(kind)) {
    throw refuse('unknown-field-kind', `${at}/kind`, `must be one of ${FIELD_KINDS.join(', ')}`);
  }
  return checkShape<FormField>(KIND, FIELD_SCHEMAS[kind as keyof typeof FIELD_SCHEMAS], value, at);
}

/** Computations and conditions form a graph of dependencies that must have no cycle. */
function checkCycles(fields: FormField[], byKey: Map<string, { field: FormField; index: number }>, base: string): void {
  const dependsOn = (f: FormField): string[] => {
    if (f.kind === 'number') return f.computed?.of ?? [];
    if (f.kind === 'category' || f.kind === 'segments') return f.when ? [f.when.field] : [];
    return [];
  };
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (key: string, path: string[]): void => {
    if (state.get(key) === 'done') return;
    if (state.get(key) === 'visiting') {
      const { field, index } = byKey.get(key)!;
      const where = field.kind === 'number' ? 'computed/of' : 'when/field';
      throw refuse(field.kind === 'number' ? 'computed-cycle' : 'when-cycle', `${base}/fields/${index}/${where}`, `depends on itself through ${[...path.slice(path.indexOf(key)), key].join(' → ')}`);
    }
    state.set(key, 'visiting');
    for (const next of dependsOn(byKey.get(key)!.field)) visit(next, [...path, key]);
    state.set(key, 'done');
  };
  for (const f of fields) visit(f.key, []);
}
