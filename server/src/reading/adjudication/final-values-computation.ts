// The computed fields of final values (reading spec: difference = of[0] − of[1]; ejection-fraction
// = 100·(of[0] − of[1]) / of[0]; indexed = of[0] / body surface area), from unrounded inputs, each
// rounded to its field's decimals; absent when an input is absent. And the body surface area of an
// exam's subject (Mosteller) from the study's retained PatientSize (m) and PatientWeight (kg).
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { bodySurfaceArea } from '../volumetry/index.ts';
import type { ComputeFields, ExamBodySurfaceArea } from './final-values-definer.ts';
import { roundTo } from './final-values.ts';
import type { FieldValue, FormField } from './form-types.ts';

export const computeFields: ComputeFields = (form, entered, bsa) => {
  const byKey = new Map(form.fields.map((f) => [f.key, f]));
  const raw = new Map<string, number | undefined>();
  const valueOf = (key: string, depth = 0): number | undefined => {
    const field = byKey.get(key);
    if (!field || field.kind !== 'number' || depth > byKey.size) return undefined;
    if (!field.computed) return typeof entered[key] === 'number' ? (entered[key] as number) : undefined;
    if (raw.has(key)) return raw.get(key);
    const inputs = field.computed.of.map((k) => valueOf(k, depth + 1));
    const value = inputs.some((v) => v === undefined) ? undefined : operate(field.computed.op, inputs as number[], bsa);
    raw.set(key, value !== undefined && Number.isFinite(value) ? value : undefined);
    return raw.get(key);
  };
  const out: Record<string, FieldValue> = {};
  for (const field of form.fields) {
    if (!isComputed(field)) continue;
    const value = valueOf(field.key);
    if (value !== undefined) out[field.key] = roundTo(value, field.decimals);
  }
  return out;
};

function operate(op: 'difference' | 'ejection-fraction' | 'indexed', [a, b]: number[], bsa: number | undefined): number | undefined {
  if (op === 'difference') return a! - b!;
  if (op === 'ejection-fraction') return a === 0 ? undefined : (100 * (a! - b!)) / a!;
  return bsa === undefined || bsa <= 0 ? undefined : a! / bsa;
}

const isComputed = (field: FormField): field is Extract<FormField, { kind: 'number' }> => field.kind === 'number' && field.computed !== undefined;

/** PatientSize (0010,1020) in metres and PatientWeight (0010,1030) in kilograms, as retained with the study. */
export const examBodySurfaceArea: ExamBodySurfaceArea = async (db: Kysely<Database>, examId: string) => {
  const study = await db.selectFrom('exam as e').innerJoin('study as s', 's.id', 'e.study_id').select('s.attributes').where('e.id', '=', examId).executeTakeFirst();
  if (!study) return undefined;
  const attributes = JSON.parse(study.attributes) as Record<string, { Value?: unknown[] } | undefined>;
  const height = Number(attributes['00101020']?.Value?.[0]);
  const weight = Number(attributes['00101030']?.Value?.[0]);
  return bodySurfaceArea(height, weight);
};
