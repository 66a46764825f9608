// The final value of each field of an exam, and where it comes from: the single read; or, of two
// reads, the mean of their numbers, the categories they agree on, and the adjudicator's decisions on
// the fields they disagreed on. Computed fields are always recomputed from the final inputs, so a
// decision on one (e.g. lvEf) adopts the chosen read's inputs (lvEdv, lvEsv). Pure: no I/O.
import { invalid } from '../../platform/domain-error.ts';
import type { FieldValue, FormDefinition, FormField, ReadValues } from './form-types.ts';
import { sameAnswer, type Discordance } from './rules.ts';

export type ProvenanceSource = 'single-read' | 'mean-of-reads' | 'agreed' | 'adjudication';
export const PROVENANCE_SOURCES: readonly ProvenanceSource[] = ['single-read', 'mean-of-reads', 'agreed', 'adjudication'];

export interface FieldProvenance {
  source: ProvenanceSource;
  /** The submitted reads the value comes from (none for a value the adjudicator entered). */
  reads: string[];
  reason?: string;
  /** For a computed field: the fields it is computed from. */
  computedFrom?: string[];
}

export interface FinalValues {
  values: Record<string, FieldValue>;
  provenance: Record<string, FieldProvenance>;
}

export interface SubmittedRead {
  id: string;
  values: ReadValues;
}

export type DecisionChoice = 'read-a' | 'read-b' | 'value';
export const DECISION_CHOICES: readonly DecisionChoice[] = ['read-a', 'read-b', 'value'];

export interface Decision {
  field: string;
  choice: DecisionChoice;
  value?: FieldValue;
  reason: string;
}

/** The form's computed fields filled in from the entered ones (absent when an input is absent). */
export type Recompute = (entered: Readonly<Record<string, FieldValue>>) => Readonly<Record<string, FieldValue>>;

/** A single-read design: the read is the final value, text included. */
export function finalFromSingleRead(form: FormDefinition, read: SubmittedRead, recompute: Recompute): FinalValues {
  const values: Record<string, FieldValue> = {};
  const provenance: Record<string, FieldProvenance> = {};
  for (const field of form.fields) {
    const value = read.values[field.key];
    if (isComputed(field) || value === undefined) continue;
    values[field.key] = value;
    provenance[field.key] = { source: 'single-read', reads: [read.id] };
  }
  return withComputed(form, values, provenance, recompute, new Map());
}

/**
 * Two reads: every discordant field decided (checked by the caller, see decisions.ts), the rest
 * agreed or averaged. Free text is not carried: two comments have no common value.
 */
export function finalFromTwoReads(
  form: FormDefinition,
  a: SubmittedRead,
  b: SubmittedRead,
  discordances: readonly Discordance[],
  decisions: readonly Decision[],
  recompute: Recompute,
): FinalValues {
  const byKey = new Map(form.fields.map((f) => [f.key, f]));
  const decided = new Map(decisions.map((d) => [d.field, d]));
  const discordant = new Set(discordances.map((d) => d.field));
  const imposed = imposedByComputedDecisions(byKey, decisions, a, b);
  const values: Record<string, FieldValue> = {};
  const provenance: Record<string, FieldProvenance> = {};
  for (const field of form.fields) {
    if (isComputed(field) || field.kind === 'text') continue;
    const key = field.key;
    const decision = decided.get(key);
    const follows = imposed.get(key);
    let chosen: { value: FieldValue | undefined; provenance: FieldProvenance } | undefined;
    if (decision) chosen = { value: decidedValue(decision, a, b), provenance: adjudicated(decision, a, b) };
    if (follows) {
      const value = follows.read.values[key];
      if (chosen && !sameAnswer(chosen.value ?? null, value ?? null)) {
        throw invalid('adjudication.conflicting-decisions', `the decision on ${key} contradicts the decision on ${follows.decision.field}, which is computed from it`, {
          errors: [{ field: key, code: 'conflicting-decisions', message: `${follows.decision.field} is computed from ${key}: decide both from the same read` }],
        });
      }
      chosen ??= { value, provenance: { source: 'adjudication', reads: [follows.read.id], reason: `follows the decision on ${follows.decision.field}: ${follows.decision.reason}` } };
    }
    if (!chosen) {
      if (discordant.has(key)) throw new Error(`discordant field ${key} has no decision`);
      chosen = agreedOrMean(field, a, b);
    }
    if (chosen && chosen.value !== undefined) {
      values[key] = chosen.value;
      provenance[key] = chosen.provenance;
    }
  }
  const computedDecisions = new Map([...decided].filter(([key]) => isComputed(byKey.get(key))).map(([key, d]) => [key, adjudicated(d, a, b)]));
  return withComputed(form, values, provenance, recompute, computedDecisions);
}

/** Rounds half away from zero to the field's decimals (the mean of two reads). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  // The epsilon absorbs binary representation (1.005 × 100 = 100.49999…).
  return (Math.sign(value) * Math.round(Math.abs(value) * factor * (1 + Number.EPSILON))) / factor;
}

function agreedOrMean(field: FormField, a: SubmittedRead, b: SubmittedRead): { value: FieldValue; provenance: FieldProvenance } | undefined {
  const va = a.values[field.key];
  const vb = b.values[field.key];
  if (va === undefined && vb === undefined) return undefined;
  const reads = [a.id, b.id];
  if (field.kind === 'number' && typeof va === 'number' && typeof vb === 'number') {
    return { value: roundTo((va + vb) / 2, field.decimals), provenance: { source: 'mean-of-reads', reads } };
  }
  if (va !== undefined && vb !== undefined && sameAnswer(va, vb)) return { value: va, provenance: { source: 'agreed', reads } };
  throw new Error(`field ${field.key} differs between the reads and has no decision`);
}

function decidedValue(decision: Decision, a: SubmittedRead, b: SubmittedRead): FieldValue | undefined {
  if (decision.choice === 'value') return decision.value;
  return (decision.choice === 'read-a' ? a : b).values[decision.field];
}

function adjudicated(decision: Decision, a: SubmittedRead, b: SubmittedRead): FieldProvenance {
  const reads = decision.choice === 'read-a' ? [a.id] : decision.choice === 'read-b' ? [b.id] : [];
  return { source: 'adjudication', reads, reason: decision.reason };
}

/** The entered fields a decision on a computed field takes from the chosen read. */
function imposedByComputedDecisions(byKey: Map<string, FormField>, decisions: readonly Decision[], a: SubmittedRead, b: SubmittedRead) {
  const imposed = new Map<string, { read: SubmittedRead; decision: Decision }>();
  for (const decision of decisions) {
    if (!isComputed(byKey.get(decision.field)) || decision.choice === 'value') continue;
    const read = decision.choice === 'read-a' ? a : b;
    for (const leaf of enteredInputs(byKey, decision.field)) {
      const earlier = imposed.get(leaf);
      if (earlier && earlier.read !== read && !sameAnswer(a.values[leaf] ?? null, b.values[leaf] ?? null)) {
        throw invalid('adjudication.conflicting-decisions', `${earlier.decision.field} and ${decision.field} are both computed from ${leaf}: decide them from the same read`, {
          errors: [{ field: decision.field, code: 'conflicting-decisions', message: `${earlier.decision.field} and ${decision.field} are both computed from ${leaf}` }],
        });
      }
      imposed.set(leaf, { read, decision });
    }
  }
  return imposed;
}

/** The entered (not computed) fields a computed field depends on, through other computed fields. */
export function enteredInputs(byKey: ReadonlyMap<string, FormField>, key: string, seen = new Set<string>()): string[] {
  const field = byKey.get(key);
  if (!field || seen.has(key)) return [];
  seen.add(key);
  if (!isComputed(field)) return [key];
  return [...new Set(field.computed.of.flatMap((input) => enteredInputs(byKey, input, seen)))];
}

function withComputed(form: FormDefinition, values: Record<string, FieldValue>, provenance: Record<string, FieldProvenance>, recompute: Recompute, decided: ReadonlyMap<string, FieldProvenance>): FinalValues {
  const computed = recompute(values);
  const byKey = new Map(form.fields.map((f) => [f.key, f]));
  for (const field of form.fields) {
    if (!isComputed(field)) continue;
    const value = computed[field.key];
    if (value === undefined) continue;
    values[field.key] = value;
    const computedFrom = field.computed.of;
    const decision = decided.get(field.key);
    if (decision) {
      provenance[field.key] = { ...decision, computedFrom };
      continue;
    }
    const sources = enteredInputs(byKey, field.key).map((k) => provenance[k]).filter((p): p is FieldProvenance => p !== undefined);
    const reads = [...new Set(sources.flatMap((p) => p.reads))];
    const source = (['adjudication', 'mean-of-reads', 'single-read', 'agreed'] as const).find((s) => sources.some((p) => p.source === s)) ?? 'agreed';
    provenance[field.key] = { source, reads, computedFrom };
  }
  return { values, provenance };
}

function isComputed(field: FormField | undefined): field is Extract<FormField, { kind: 'number' }> & { computed: { op: string; of: string[] } } {
  return field?.kind === 'number' && field.computed !== undefined;
}
