// A submitted reading design is checked in full against the form it will be used with (the project's
// current form): each rule names a field of the right kind, once.
import { Type } from 'typebox';
import { checkShape, fieldError } from '../qc/schema-check.ts';
import { RULE_SCHEMAS, ReadingDesignSchema, type AdjudicationRule, type ReadingDesign } from './design-definition.ts';
import type { ReadingFormDefinition } from './form-definition.ts';

const KIND = 'reading-design';
const refuse = (problem: string, field: string, message: string) => fieldError(KIND, problem, field, message);
const RULE_KINDS = Object.keys(RULE_SCHEMAS) as (keyof typeof RULE_SCHEMAS)[];

const EnvelopeSchema = Type.Object({ ...ReadingDesignSchema.properties, adjudicationRules: Type.Array(Type.Unknown(), { maxItems: 200 }) }, { additionalProperties: false });

export function validateReadingDesign(value: unknown, form: ReadingFormDefinition, base = ''): ReadingDesign {
  const design = checkShape<ReadingDesign>(KIND, EnvelopeSchema, value, base);
  const fields = new Map(form.fields.map((f) => [f.key, f]));
  const seen = new Set<string>();
  const rules = design.adjudicationRules.map((raw, i): AdjudicationRule => {
    const at = `${base}/adjudicationRules/${i}`;
    const kind = typeof raw === 'object' && raw !== null ? (raw as { kind?: unknown }).kind : undefined;
    if (typeof kind !== 'string' || !(RULE_KINDS as string[]).includes(kind)) throw refuse('unknown-rule-kind', `${at}/kind`, `must be one of ${RULE_KINDS.join(', ')}`);
    const rule = checkShape<AdjudicationRule>(KIND, RULE_SCHEMAS[kind as keyof typeof RULE_SCHEMAS], raw, at);
    if (rule.kind === 'categorical-disagreement') {
      if (rule.fields !== '*') {
        rule.fields.forEach((key, j) => {
          const f = fields.get(key);
          if (!f) throw refuse('rule-unknown-field', `${at}/fields/${j}`, `"${key}" is not a field of the current reading form`);
          if (f.kind !== 'category' && f.kind !== 'segments') throw refuse('rule-field-kind', `${at}/fields/${j}`, `"${key}" is a ${f.kind} field; this rule compares category and segments fields`);
        });
      }
      const id = `${rule.kind}:${rule.fields === '*' ? '*' : [...rule.fields].sort().join(',')}`;
      if (seen.has(id)) throw refuse('duplicate-rule', at, 'repeats another rule');
      seen.add(id);
    } else {
      const f = fields.get(rule.field);
      if (!f) throw refuse('rule-unknown-field', `${at}/field`, `"${rule.field}" is not a field of the current reading form`);
      if (f.kind !== 'number') throw refuse('rule-field-kind', `${at}/field`, `"${rule.field}" is a ${f.kind} field; this rule compares number fields`);
      const id = `${rule.kind}:${rule.field}`;
      if (seen.has(id)) throw refuse('duplicate-rule', at, `repeats another ${rule.kind} rule on "${rule.field}"`);
      seen.add(id);
    }
    return rule;
  });
  if (design.mode === 'single' && rules.length > 0) throw refuse('rules-in-single-mode', `${base}/adjudicationRules`, 'single reading has nothing to adjudicate: give no rule');
  return { ...design, adjudicationRules: rules };
}
