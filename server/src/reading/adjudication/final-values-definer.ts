// Defines an exam's final values (once) from its reads and the adjudicator's decisions: computed
// fields through the reading module's own computation, with the exam's body surface area; stored
// with their digest and audited.
import type { Kysely } from 'kysely';
import type { ActionContext } from '../../access/actor.ts';
import type { AuditService } from '../../audit/audit-service.ts';
import { digestOf } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import type { AdjudicationStore, PrimaryRead } from './adjudication-store.ts';
import { finalFromSingleRead, finalFromTwoReads, type Decision, type FinalValues, type SubmittedRead } from './final-values.ts';
import type { FieldValue, FormDefinition } from './form-types.ts';
import type { ReadingDefinitions } from './reading-definitions.ts';
import type { Discordance } from './rules.ts';

/** The reading module's computation of a form's computed fields from the entered ones. */
export type ComputeFields = (form: FormDefinition, entered: Readonly<Record<string, FieldValue>>, bodySurfaceAreaM2: number | undefined) => Readonly<Record<string, FieldValue>>;
/** The body surface area of an exam's subject at the study, when its size and weight are known. */
export type ExamBodySurfaceArea = (db: Kysely<Database>, examId: string) => Promise<number | undefined>;

export class FinalValuesDefiner {
  constructor(
    private readonly audit: AuditService,
    private readonly adjudications: AdjudicationStore,
    private readonly definitions: ReadingDefinitions,
    private readonly computeFields: ComputeFields,
    private readonly bodySurfaceArea: ExamBodySurfaceArea,
  ) {}

  async compute(
    trx: Kysely<Database>,
    examId: string,
    form: { definition: FormDefinition },
    a: SubmittedRead,
    b: SubmittedRead | null,
    discordances: readonly Discordance[],
    decisions: readonly Decision[],
  ): Promise<FinalValues> {
    const bsa = await this.bodySurfaceArea(trx, examId);
    const recompute = (entered: Readonly<Record<string, FieldValue>>) => this.computeFields(form.definition, entered, bsa);
    return b ? finalFromTwoReads(form.definition, a, b, discordances, decisions, recompute) : finalFromSingleRead(form.definition, a, recompute);
  }

  async fromSingleRead(trx: Kysely<Database>, ctx: ActionContext, examId: string, read: PrimaryRead): Promise<void> {
    const form = await this.definitions.form(trx, read.formVersionId);
    const final = await this.compute(trx, examId, form, read, null, [], []);
    await this.storeFor(trx, ctx, examId, read.formVersionId, final);
  }

  async fromTwoReads(trx: Kysely<Database>, ctx: ActionContext, examId: string, a: PrimaryRead, b: PrimaryRead): Promise<void> {
    const form = await this.definitions.form(trx, a.formVersionId);
    const final = await this.compute(trx, examId, form, a, b, [], []);
    await this.storeFor(trx, ctx, examId, a.formVersionId, final);
  }

  async define(trx: Kysely<Database>, ctx: ActionContext, row: { projectId: string; examId: string; studyInstanceUID: string; formVersionId: string; final: FinalValues; adjudicationTaskId: string | null }): Promise<void> {
    const digest = digestOf({ values: row.final.values, provenance: row.final.provenance });
    await this.adjudications.insertFinalValue(trx, { ...row, digest, at: new Date() });
    const sources = [...new Set(Object.values(row.final.provenance).map((p) => p.source))].sort();
    await this.audit.record(trx, ctx, {
      action: 'reading.final-values-defined',
      targetType: 'exam',
      targetId: row.examId,
      projectId: row.projectId,
      after: { values: row.final.values, provenance: row.final.provenance },
      details: { studyInstanceUID: row.studyInstanceUID, digest, fields: Object.keys(row.final.values).length, sources, adjudication: row.adjudicationTaskId },
    });
  }

  private async storeFor(trx: Kysely<Database>, ctx: ActionContext, examId: string, formVersionId: string, final: FinalValues): Promise<void> {
    const exam = await trx.selectFrom('exam').select(['project_id', 'study_instance_uid']).where('id', '=', examId).executeTakeFirstOrThrow();
    await this.define(trx, ctx, { projectId: exam.project_id, examId, studyInstanceUID: exam.study_instance_uid, formVersionId, final, adjudicationTaskId: null });
  }
}
