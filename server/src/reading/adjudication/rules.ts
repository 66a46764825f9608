// The reading design's adjudication rules applied to two submitted reads of one exam: which fields
// the two readers disagree on, by which rule, and by how much. Pure: no I/O.
import type { AdjudicationRule, FormDefinition, FieldValue, ReadValues } from './form-types.ts';

export type DiscordanceRule = 'absolute-difference' | 'relative-difference' | 'categorical-disagreement' | 'answered-in-one-read';
export const DISCORDANCE_RULES: readonly DiscordanceRule[] = ['absolute-difference', 'relative-difference', 'categorical-disagreement', 'answered-in-one-read'];

export interface Discordance {
  field: string;
  rule: DiscordanceRule;
  /** Read A's value (slot 1), null when not answered. */
  a: FieldValue | null;
  b: FieldValue | null;
  /** |a − b| for absolute-difference, |a − b| / |mean(a, b)| in percent for relative-difference; null otherwise. */
  difference: number | null;
  /** The rule's limit: points for absolute-difference, percent for relative-difference; null otherwise. */
  threshold: number | null;
}

/**
 * One discordance at most per field, in the form's order: a number field by the first of its rules
 * that fires, or when only one reader answered it; a category or segments field whenever the two
 * answers differ (a category cannot be averaged, so the categorical rule only names what is
 * always true). Text is never compared. A computed field answered by one read only is left to its
 * inputs, which then differ themselves.
 */
export function findDiscordances(form: FormDefinition, rules: readonly AdjudicationRule[], a: ReadValues, b: ReadValues): Discordance[] {
  const found: Discordance[] = [];
  for (const field of form.fields) {
    const va = a[field.key] ?? null;
    const vb = b[field.key] ?? null;
    if (field.kind === 'text' || (va === null && vb === null)) continue;
    if (field.kind === 'category' || field.kind === 'segments') {
      if (!sameAnswer(va, vb)) found.push({ field: field.key, rule: 'categorical-disagreement', a: va, b: vb, difference: null, threshold: null });
      continue;
    }
    if (va === null || vb === null) {
      if (!field.computed) found.push({ field: field.key, rule: 'answered-in-one-read', a: va, b: vb, difference: null, threshold: null });
      continue;
    }
    const fired = numberDiscordance(field.key, rules, va as number, vb as number);
    if (fired) found.push(fired);
  }
  return found;
}

function numberDiscordance(key: string, rules: readonly AdjudicationRule[], a: number, b: number): Discordance | undefined {
  const gap = Math.abs(a - b);
  for (const rule of rules) {
    if (rule.kind === 'absolute-difference' && rule.field === key && gap > rule.threshold) {
      return { field: key, rule: rule.kind, a, b, difference: gap, threshold: rule.threshold };
    }
    if (rule.kind === 'relative-difference' && rule.field === key) {
      const mean = Math.abs((a + b) / 2);
      if (gap === 0) continue;
      // Two values around zero have no meaningful ratio: any gap between them is discordant.
      const percent = mean === 0 ? null : (100 * gap) / mean;
      if (percent === null || percent > rule.thresholdPercent) return { field: key, rule: rule.kind, a, b, difference: percent, threshold: rule.thresholdPercent };
    }
  }
  return undefined;
}

/** Equal answers: the same string, or the same segments (each read stores them sorted and unique). */
export function sameAnswer(a: FieldValue | null, b: FieldValue | null): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}
