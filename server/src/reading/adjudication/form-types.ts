// The reading form and design shapes adjudication works on, as the reading module defines them.
export type { FieldValue, FormField, ReadingFormDefinition as FormDefinition, ReadValues } from '../form-definition.ts';
export type { AdjudicationRule } from '../design-definition.ts';
