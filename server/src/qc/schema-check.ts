// The first line of validation of a submitted definition: its shape, against the same TypeBox schema
// the OpenAPI document shows. The first error becomes a problem that names the offending field.
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { invalid, type DomainError } from '../platform/domain-error.ts';

interface FieldError {
  /** JSON pointer into the definition, e.g. /series/0/rules/2/min. */
  field: string;
  message: string;
}

function firstSchemaError(schema: TSchema, value: unknown): FieldError | undefined {
  for (const error of Value.Errors(schema, value)) {
    // An unknown property is reported twice: once at its own path (a false "additionalProperties"
    // schema), once at its parent; the first names the field.
    if (error.keyword === 'boolean' && error.schemaPath.endsWith('additionalProperties')) {
      return { field: error.instancePath, message: 'is not a known field' };
    }
    if (error.keyword === 'required') {
      const missing = (error.params as { requiredProperties?: string[] }).requiredProperties?.[0];
      if (missing) return { field: `${error.instancePath}/${missing}`, message: 'is required' };
    }
    return { field: error.instancePath || '/', message: error.message };
  }
  return undefined;
}

/** A refusal naming the field: code `<kind>.<problem>`, the field as a JSON pointer. */
export const fieldError = (kind: string, problem: string, field: string, message: string): DomainError =>
  invalid(`${kind}.${problem}`, `${field} ${message}`, { field });

/** @param at JSON pointer of the value in the request, prefixed to the field named. */
export function checkShape<T>(kind: string, schema: TSchema, value: unknown, at = ''): T {
  const error = firstSchemaError(schema, value);
  if (error) throw fieldError(kind, 'invalid-definition', `${at}${error.field === '/' && at ? '' : error.field}`, error.message);
  return value as T;
}
