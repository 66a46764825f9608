// Agreement between readers on one field of the project's current reading form: inter-reader
// (the two primary reads of each exam) and intra-reader (a read and its re-read).
import type { Kysely } from 'kysely';
import type { ActionContext } from '../../access/actor.ts';
import type { AuditService } from '../../audit/audit-service.ts';
import type { Database } from '../../db/schema.ts';
import { conflict, invalid } from '../../platform/domain-error.ts';
import { parsed } from '../adjudication/adjudication-store.ts';
import type { FieldValue, FormDefinition, FormField } from '../adjudication/form-types.ts';
import type { AgreementStore, PairedReads } from './agreement-store.ts';
import { agreementComparisons, type Comparison, type FieldScale, type InterRead } from './comparisons.ts';

export interface Agreement {
  field: string;
  kind: 'number' | 'category';
  unit: string | null;
  formVersion: number;
  generatedAt: string;
  inter: Comparison[];
  intra: Comparison[];
}

export class AgreementService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
    private readonly store: AgreementStore,
  ) {}

  async agreement(projectId: string, fieldKey: string): Promise<Agreement> {
    const form = await this.store.currentForm(this.db, projectId);
    if (!form) throw conflict('reading.no-form', 'the project has no reading form yet');
    const field = parsed<FormDefinition>(form.definition).fields.find((f) => f.key === fieldKey);
    if (!field) throw invalid('agreement.unknown-field', `the reading form (version ${form.version}) has no field ${fieldKey}`, { field: fieldKey });
    const scale = scaleOf(field);
    const [inter, intra] = await Promise.all([this.store.interReader(this.db, projectId), this.store.intraReader(this.db, projectId)]);
    const usable = (rows: PairedReads[]) => rows.flatMap((r) => {
      const a = valueOn(scale, r.a[fieldKey]);
      const b = valueOn(scale, r.b[fieldKey]);
      return a === undefined || b === undefined ? [] : [{ examId: r.examId, readerA: r.readerA, a, readerB: r.readerB, b }];
    });
    const interPairs: InterRead<number | string>[] = usable(inter);
    const intraPairs = usable(intra).map((r) => ({ examId: r.examId, readerId: r.readerA, a: r.a, b: r.b }));
    const names = await this.store.names(this.db, [...new Set([...interPairs.flatMap((r) => [r.readerA, r.readerB]), ...intraPairs.map((r) => r.readerId)])]);
    return {
      field: fieldKey,
      kind: scale.kind,
      unit: field.kind === 'number' ? field.unit : null,
      formVersion: form.version,
      generatedAt: new Date().toISOString(),
      ...agreementComparisons(interPairs, intraPairs, names, scale),
    };
  }

  /** The same figures for a CSV export, which is on the audit trail. */
  async exported(ctx: ActionContext, projectId: string, fieldKey: string): Promise<Agreement> {
    const agreement = await this.agreement(projectId, fieldKey);
    await this.db.transaction().execute((trx) =>
      this.audit.record(trx, ctx, {
        action: 'reading.agreement-exported',
        targetType: 'project',
        targetId: projectId,
        projectId,
        details: { field: fieldKey, format: 'csv', formVersion: agreement.formVersion, pairs: agreement.inter[0]!.n, rereads: agreement.intra[0]!.n },
      }),
    );
    return agreement;
  }
}

function scaleOf(field: FormField): FieldScale {
  if (field.kind === 'number') return { kind: 'number' };
  if (field.kind === 'category') return { kind: 'category', ordered: field.ordered, categories: field.options.map((o) => o.value) };
  throw invalid('agreement.field-not-comparable', `${field.key} is a ${field.kind} field: agreement is measured on number and category fields`, { field: field.key });
}

function valueOn(scale: FieldScale, value: FieldValue | undefined): number | string | undefined {
  if (scale.kind === 'number') return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  return typeof value === 'string' && scale.categories.includes(value) ? value : undefined;
}
