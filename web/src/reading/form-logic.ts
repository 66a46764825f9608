// What the reading form shows and sends, apart from how it looks: which fields are asked (`when`),
// which are computed by the server, the values the contours' volumetry proposes, and the values
// sent (fields no longer asked are dropped, so a changed answer leaves nothing stale behind).
import type { FieldValue, FormField, NumberField, ReadingFormDefinition, ReadValues, Volumetry } from './reading-types';

export const isComputed = (field: FormField): field is NumberField & { computed: NonNullable<NumberField['computed']> } => field.kind === 'number' && field.computed !== undefined;

/** A field is asked unless its `when` names another field whose answer is not the one expected. */
export function isAsked(field: FormField, values: ReadValues): boolean {
  if (!('when' in field) || !field.when) return true;
  return values[field.when.field] === field.when.equals;
}

/** The fields the reader answers (computed ones are derived by the server). */
export const enteredFields = (form: ReadingFormDefinition, values: ReadValues): FormField[] => form.fields.filter((f) => !isComputed(f) && isAsked(f, values));

/** The values to send: only answered fields that are asked and entered. */
export function valuesToSend(form: ReadingFormDefinition, values: ReadValues): ReadValues {
  const sent: ReadValues = {};
  for (const field of enteredFields(form, values)) {
    const value = values[field.key];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    sent[field.key] = value;
  }
  return sent;
}

/** The number typed, or undefined when the box is empty; text that is no number stays as text so the server names it. */
export function parseNumberInput(text: string): FieldValue | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : text;
}

/** The value the contours' volumetry proposes for a number field, rounded to the field's decimals. */
export function volumetryProposal(field: FormField, volumetry: Volumetry | null | undefined): number | undefined {
  if (field.kind !== 'number' || !field.volumetry || !volumetry) return undefined;
  const value = volumetry[field.volumetry];
  return typeof value === 'number' && Number.isFinite(value) ? roundTo(value, field.decimals) : undefined;
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** A number written with the field's decimals, in the page's language (French writes a decimal comma). */
export function formatNumber(value: number, decimals: number, language: string): string {
  return value.toLocaleString(language === 'en' ? 'en-GB' : 'fr-FR', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** A value as a person reads it: numbers with their decimals, segments as a list, category options by label. */
export function describeValue(field: FormField | undefined, value: FieldValue | null | undefined, language: string): string {
  if (value === undefined || value === null || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.join(', ');
  if (typeof value === 'number') return field?.kind === 'number' ? `${formatNumber(value, field.decimals, language)} ${field.unit}` : String(value);
  if (field?.kind === 'category') {
    const option = field.options.find((o) => o.value === value);
    if (option) return localText(option.label, language);
  }
  return value;
}

export const localText = (text: { en: string; fr: string }, language: string): string => (language === 'en' ? text.en : text.fr);

/** The AHA 17 segments, with the ring each belongs to, for the bull's-eye. */
export const AHA_SEGMENTS: ReadonlyArray<{ segment: number; ring: 'basal' | 'mid' | 'apical' | 'apex' }> = [
  ...[1, 2, 3, 4, 5, 6].map((segment) => ({ segment, ring: 'basal' as const })),
  ...[7, 8, 9, 10, 11, 12].map((segment) => ({ segment, ring: 'mid' as const })),
  ...[13, 14, 15, 16].map((segment) => ({ segment, ring: 'apical' as const })),
  { segment: 17, ring: 'apex' as const },
];

/** Toggles one segment in a sorted list of unique segments. */
export function toggleSegment(current: readonly number[], segment: number): number[] {
  const set = new Set(current);
  if (set.has(segment)) set.delete(segment);
  else set.add(segment);
  return [...set].sort((a, b) => a - b);
}
