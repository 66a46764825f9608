// What a conformance rule asked for, written out: a range, a list of values or a pattern. The
// operators are symbols, the same in both languages; the words come from the caller's translations.
import type { RuleResult } from '../api/qc-types';

type Expected = RuleResult['expected'];
type Words = { oneOf: string; includes: string; excludes: string; pattern: string; present: string; optional: string };

export function describeExpectation(expected: Expected, unit: string | null, words: Words): string {
  const u = unit ? ` ${unit}` : '';
  const parts: string[] = [];
  if (expected.required !== undefined) parts.push(expected.required ? words.present : words.optional);
  if (expected.min !== undefined && expected.max !== undefined) parts.push(`${expected.min}–${expected.max}${u}`);
  else if (expected.min !== undefined) parts.push(`≥ ${expected.min}${u}`);
  else if (expected.max !== undefined) parts.push(`≤ ${expected.max}${u}`);
  if (expected.oneOf) parts.push(`${words.oneOf} ${expected.oneOf.join(', ')}`);
  if (expected.includes) parts.push(`${words.includes} ${expected.includes.join(', ')}`);
  if (expected.excludes) parts.push(`${words.excludes} ${expected.excludes.join(', ')}`);
  if (expected.pattern) parts.push(`${words.pattern} /${expected.pattern}/`);
  return parts.join('; ');
}

export function describeMeasured(measured: RuleResult['measured'], unit: string | null): string {
  if (measured === null || measured.length === 0) return '—';
  return `${measured.join(', ')}${unit ? ` ${unit}` : ''}`;
}
