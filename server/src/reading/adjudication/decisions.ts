// The adjudicator's decisions checked before anything is written: one per discordant field and
// only those, a reason each, an entered value valid for its field, and final values that keep the
// form's conditions (a pattern only when LGE is present). Pure: no I/O.
import { invalid } from '../../platform/domain-error.ts';
import type { FieldValue, FormDefinition, FormField } from './form-types.ts';
import type { Decision } from './final-values.ts';
import type { Discordance } from './rules.ts';

export interface DecisionError {
  field: string;
  code: string;
  message: string;
}

export const MAX_REASON = 2000;
const SEGMENTS = 17;

/** Every problem with the decisions at once, so the adjudicator fixes them in one go. */
export function checkDecisions(form: FormDefinition, discordances: readonly Discordance[], decisions: readonly Decision[]): DecisionError[] {
  const byKey = new Map(form.fields.map((f) => [f.key, f]));
  const discordant = new Set(discordances.map((d) => d.field));
  const errors: DecisionError[] = [];
  const seen = new Set<string>();
  for (const d of decisions) {
    const field = byKey.get(d.field);
    if (!field) {
      errors.push({ field: d.field, code: 'unknown-field', message: `the form has no field ${d.field}` });
      continue;
    }
    if (seen.has(d.field)) errors.push({ field: d.field, code: 'duplicate-decision', message: `${d.field} is decided twice` });
    seen.add(d.field);
    if (!discordant.has(d.field)) errors.push({ field: d.field, code: 'not-discordant', message: `the two reads do not disagree on ${d.field}: its final value follows from them` });
    if (d.reason.trim().length === 0) errors.push({ field: d.field, code: 'reason-required', message: `the decision on ${d.field} needs a reason` });
    else if (d.reason.length > MAX_REASON) errors.push({ field: d.field, code: 'reason-too-long', message: `a reason has at most ${MAX_REASON} characters` });
    if (d.choice !== 'value') {
      if (d.value !== undefined) errors.push({ field: d.field, code: 'value-not-expected', message: `a value is entered only with the choice "value" (${d.field} takes ${d.choice}'s)` });
      continue;
    }
    if (field.kind === 'number' && field.computed) {
      errors.push({ field: d.field, code: 'computed-field-value', message: `${d.field} is computed from other fields: choose read A or read B, whose inputs it then takes` });
    } else if (d.value === undefined) {
      errors.push({ field: d.field, code: 'value-required', message: `the choice "value" needs the value of ${d.field}` });
    } else {
      const problem = checkFieldValue(field, d.value);
      if (problem) errors.push({ field: d.field, ...problem });
    }
  }
  for (const key of discordant) if (!seen.has(key)) errors.push({ field: key, code: 'undecided', message: `the reads disagree on ${key}: decide it` });
  return errors;
}

/** Whether a value fits its field: kind, range, decimals, options, segments, length. */
export function checkFieldValue(field: FormField, value: FieldValue): { code: string; message: string } | undefined {
  switch (field.kind) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return { code: 'not-a-number', message: `${field.key} takes a number (${field.unit})` };
      if (value < field.min || value > field.max) return { code: 'out-of-range', message: `${field.key} is between ${field.min} and ${field.max} ${field.unit}` };
      if (Math.abs(Math.round(value * 10 ** field.decimals) - value * 10 ** field.decimals) > 1e-6) return { code: 'too-many-decimals', message: `${field.key} has at most ${field.decimals} decimals` };
      return undefined;
    case 'category':
      if (typeof value !== 'string' || !field.options.some((o) => o.value === value)) {
        return { code: 'not-an-option', message: `${field.key} is one of ${field.options.map((o) => o.value).join(', ')}` };
      }
      return undefined;
    case 'segments': {
      const valid = Array.isArray(value) && value.length > 0 && value.every((s, i) => Number.isInteger(s) && s >= 1 && s <= SEGMENTS && (i === 0 || s > value[i - 1]!));
      return valid ? undefined : { code: 'invalid-segments', message: `${field.key} lists AHA segments 1 to ${SEGMENTS}, sorted, each once` };
    }
    case 'text':
      if (typeof value !== 'string') return { code: 'not-a-text', message: `${field.key} takes a text` };
      if (value.length > field.maxLength) return { code: 'too-long', message: `${field.key} has at most ${field.maxLength} characters` };
      return undefined;
  }
}

/** The final values keep the form's conditions: a field asked only when another has a value is present exactly then (if required). */
export function checkConditions(form: FormDefinition, values: Readonly<Record<string, FieldValue>>): DecisionError[] {
  const errors: DecisionError[] = [];
  for (const field of form.fields) {
    if (field.kind !== 'category' && field.kind !== 'segments') continue;
    if (!field.when) continue;
    const asked = values[field.when.field] === field.when.equals;
    const present = values[field.key] !== undefined;
    if (!asked && present) errors.push({ field: field.key, code: 'not-applicable', message: `${field.key} is answered only when ${field.when.field} is ${field.when.equals}: take it from the read that agrees` });
    if (asked && !present && field.required) errors.push({ field: field.key, code: 'required', message: `${field.key} is required when ${field.when.field} is ${field.when.equals}` });
  }
  return errors;
}

export const invalidDecisions = (errors: DecisionError[]) =>
  invalid('adjudication.invalid-decisions', `${errors.length} decision${errors.length === 1 ? '' : 's'} refused: ${errors.map((e) => `${e.field} (${e.code})`).join(', ')}`, { errors });
