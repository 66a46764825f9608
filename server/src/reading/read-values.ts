// A read's values checked against its form version: every problem listed with its field and a stable
// code (a draft may be incomplete, out of range or still hold an answer no longer asked; a submitted
// read may not). Pure: no HTTP, no SQL.
import type { FieldValue, FormField, ReadingFormDefinition, ReadValues } from './form-definition.ts';

export interface ValueError {
  field: string;
  code: 'unknown-field' | 'wrong-type' | 'required' | 'out-of-range' | 'too-many-decimals' | 'not-an-option' | 'segment-out-of-range' | 'duplicate-segment' | 'text-too-long' | 'not-asked';
  message: string;
}

const asked = (field: FormField, values: ReadValues): boolean =>
  !('when' in field) || field.when === undefined || values[field.when.field] === field.when.equals;

/** Values as stored: segments sorted, computed fields left to the server, answers no longer asked dropped (draft). */
export function checkValues(form: ReadingFormDefinition, input: unknown, mode: 'draft' | 'submit'): { values: ReadValues; errors: ValueError[] } {
  const errors: ValueError[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { values: {}, errors: [{ field: '', code: 'wrong-type', message: 'values must be an object keyed by field' }] };
  }
  const fields = new Map(form.fields.map((f) => [f.key, f]));
  const given = input as Record<string, unknown>;
  const values: ReadValues = {};
  for (const [key, value] of Object.entries(given)) {
    const field = fields.get(key);
    if (!field) {
      errors.push({ field: key, code: 'unknown-field', message: `"${key}" is not a field of form "${form.name}"` });
      continue;
    }
    if (field.kind === 'number' && field.computed) continue; // derived on the server from its inputs
    const checked = checkValue(field, value, mode, errors);
    if (checked !== undefined) values[key] = checked;
  }
  for (const field of form.fields) {
    const isAsked = asked(field, values);
    if (!isAsked && values[field.key] !== undefined) {
      if (mode === 'draft') delete values[field.key];
      else errors.push({ field: field.key, code: 'not-asked', message: `is only asked when ${'when' in field && field.when ? `${field.when.field} is ${field.when.equals}` : 'another answer allows it'}` });
    }
    const empty = values[field.key] === undefined || (Array.isArray(values[field.key]) && (values[field.key] as number[]).length === 0);
    const computed = field.kind === 'number' && field.computed !== undefined;
    if (mode === 'submit' && field.required && isAsked && !computed && empty && !errors.some((e) => e.field === field.key)) {
      errors.push({ field: field.key, code: 'required', message: 'is required' });
    }
  }
  return { values, errors };
}

function checkValue(field: FormField, value: unknown, mode: 'draft' | 'submit', errors: ValueError[]): FieldValue | undefined {
  const fail = (code: ValueError['code'], message: string) => {
    errors.push({ field: field.key, code, message });
    return undefined;
  };
  switch (field.kind) {
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail('wrong-type', 'must be a finite number');
      if (mode === 'submit' && (value < field.min || value > field.max)) return fail('out-of-range', `${value} ${field.unit} is outside ${field.min}–${field.max} ${field.unit}`);
      const scaled = value * 10 ** field.decimals;
      if (mode === 'submit' && Math.abs(scaled - Math.round(scaled)) > 1e-6 * Math.max(1, Math.abs(scaled))) return fail('too-many-decimals', `has more than ${field.decimals} decimal${field.decimals === 1 ? '' : 's'}`);
      return value;
    }
    case 'category':
      if (typeof value !== 'string') return fail('wrong-type', 'must be one of the options, as a string');
      if (!field.options.some((o) => o.value === value)) return fail('not-an-option', `"${value.slice(0, 64)}" is not one of ${field.options.map((o) => o.value).join(', ')}`);
      return value;
    case 'segments': {
      if (!Array.isArray(value) || value.length > 17 || !value.every((v) => Number.isInteger(v))) return fail('wrong-type', 'must be a list of AHA segment numbers');
      const segments = value as number[];
      const outside = segments.find((s) => s < 1 || s > 17);
      if (outside !== undefined) return fail('segment-out-of-range', `segment ${outside} is not one of the 17 AHA segments`);
      if (new Set(segments).size !== segments.length) return fail('duplicate-segment', 'names a segment twice');
      return [...segments].sort((a, b) => a - b);
    }
    case 'text':
      if (typeof value !== 'string') return fail('wrong-type', 'must be text');
      if (value.length > field.maxLength) return fail('text-too-long', `has ${value.length} characters; at most ${field.maxLength}`);
      return value;
  }
}
