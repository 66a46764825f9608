// Adjudication: when an exam's primary reads are all submitted, its final values are defined at
// once (one read, or two that agree) or an adjudication task opens on the fields the design's rules
// find discordant. An adjudicator of another centre who did not read the exam claims the task, sees
// the two reads blinded as Read A and Read B, and decides each discordant field with a reason; the
// final values are defined in the same transaction. Every step is audited.
import type { Kysely } from 'kysely';
import type { ActionContext } from '../../access/actor.ts';
import { separationError } from '../../access/membership-service.ts';
import { ownCentreReview } from '../../access/separation-of-duties.ts';
import type { AuditService } from '../../audit/audit-service.ts';
import type { Database } from '../../db/schema.ts';
import { conflict, forbidden, notFound } from '../../platform/domain-error.ts';
import { mayProcessRow } from '../../subjects/consent-gate.ts';
import type { AdjudicationStore, TaskRow } from './adjudication-store.ts';
import { parsed } from './adjudication-store.ts';
import { checkConditions, checkDecisions, invalidDecisions } from './decisions.ts';
import type { FinalValuesDefiner } from './final-values-definer.ts';
import type { Decision } from './final-values.ts';
import type { FormDefinition, ReadValues } from './form-types.ts';
import type { ReadingDefinitions } from './reading-definitions.ts';
import { findDiscordances, type Discordance } from './rules.ts';

export type AdjudicationState = 'open' | 'in-progress' | 'resolved';

export interface AdjudicationSummary {
  id: string;
  state: AdjudicationState;
  blindedLabel: string;
  discordantFields: string[];
  createdAt: string;
  claimedAt: string | null;
  mine: boolean;
}

export interface AdjudicatedRead {
  values: ReadValues;
  annotations: unknown;
  volumetry: unknown;
}

export interface AdjudicationView extends AdjudicationSummary {
  studyInstanceUID: string;
  series: Array<{ seriesInstanceUID: string; description: string; modality: string | null; seriesNumber: number | null; instances: number }>;
  form: { version: number; definition: FormDefinition };
  readA: AdjudicatedRead;
  readB: AdjudicatedRead;
  discordances: Discordance[];
  decisions: Decision[];
  resolvedAt: string | null;
}

export class AdjudicationService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
    private readonly store: AdjudicationStore,
    private readonly definitions: ReadingDefinitions,
    private readonly finals: FinalValuesDefiner,
  ) {}

  /**
   * Called by the reading module in the transaction that submits a primary read. Once the design's
   * primary reads are all submitted: final values, or an adjudication task. Does nothing before, or
   * when the exam already has either.
   */
  async onPrimaryReadsComplete(trx: Kysely<Database>, ctx: ActionContext, examId: string): Promise<void> {
    // Two readers submitting at once: the second waits here, then sees both reads.
    await trx.selectFrom('exam').select('id').where('id', '=', examId).forUpdate().execute();
    const reads = await this.store.primaryReads(trx, examId);
    if (reads.length === 0 || (await this.store.hasOutcome(trx, examId))) return;
    const design = await this.definitions.design(trx, reads[0]!.designVersionId);
    const system: ActionContext = { actor: null, requestId: ctx.requestId, actingRole: 'system' };
    if (design.mode === 'single') {
      await this.finals.fromSingleRead(trx, system, examId, reads[0]!);
      return;
    }
    const [a, b] = [reads.find((r) => r.slot === 1), reads.find((r) => r.slot === 2)];
    if (!a || !b) return;
    const form = await this.definitions.form(trx, a.formVersionId);
    const discordances = findDiscordances(form.definition, design.adjudicationRules, a.values, b.values);
    if (discordances.length === 0) {
      await this.finals.fromTwoReads(trx, system, examId, a, b);
      return;
    }
    const exam = await trx.selectFrom('exam').select(['project_id', 'study_instance_uid']).where('id', '=', examId).executeTakeFirstOrThrow();
    const task = await this.store.insertTask(trx, { projectId: exam.project_id, examId, readA: a.id, readB: b.id, formVersionId: a.formVersionId, discordances, at: new Date() });
    await this.audit.record(trx, system, {
      action: 'adjudication.opened',
      targetType: 'adjudication_task',
      targetId: task.id,
      projectId: exam.project_id,
      after: { state: 'open', readA: a.id, readB: b.id, discordances },
      details: { studyInstanceUID: exam.study_instance_uid, number: task.number, fields: discordances.map((d) => `${d.field}:${d.rule}`) },
    });
  }

  async queue(projectId: string, ctx: ActionContext): Promise<AdjudicationSummary[]> {
    const rows = await this.store.queue(this.db, projectId, ctx.actor!.userId, ctx.actor!.organisationId);
    return rows.map((r) => summaryOf(r, ctx.actor!.userId));
  }

  /** Claims the oldest open task the adjudicator may take. */
  async next(ctx: ActionContext, projectId: string): Promise<AdjudicationSummary> {
    const open = (await this.store.queue(this.db, projectId, ctx.actor!.userId, ctx.actor!.organisationId)).filter((r) => r.state === 'open');
    for (const candidate of open) {
      try {
        return await this.claim(ctx, projectId, candidate.id);
      } catch (error) {
        // Another adjudicator took it between the queue and the claim: the next one then.
        if ((error as { code?: string }).code !== 'adjudication.already-claimed') throw error;
      }
    }
    throw conflict('adjudication.queue-empty', 'no adjudication is waiting for you');
  }

  async claim(ctx: ActionContext, projectId: string, taskId: string): Promise<AdjudicationSummary> {
    const userId = ctx.actor!.userId;
    await this.db.transaction().execute(async (trx) => {
      const task = await this.found(await this.store.lockTask(trx, projectId, taskId));
      if (task.state === 'resolved') throw conflict('adjudication.already-resolved', 'this adjudication is resolved');
      if (task.state === 'in-progress') {
        if (task.adjudicator_id === userId) return;
        throw conflict('adjudication.already-claimed', 'another adjudicator holds this adjudication');
      }
      await this.checkEligible(trx, ctx, task);
      const at = new Date();
      await this.store.claim(trx, task.id, userId, at);
      await this.audit.record(trx, ctx, {
        action: 'adjudication.claimed',
        targetType: 'adjudication_task',
        targetId: task.id,
        projectId,
        before: { state: 'open' },
        after: { state: 'in-progress', adjudicator: userId },
        details: { studyInstanceUID: task.study_instance_uid, number: task.number },
      });
    });
    return summaryOf((await this.store.task(this.db, projectId, taskId))!, userId);
  }

  /** The two reads side by side, blinded: no reader, no centre, no dates. Only for its adjudicator. */
  async view(ctx: ActionContext, projectId: string, taskId: string): Promise<AdjudicationView> {
    const task = await this.found(await this.store.task(this.db, projectId, taskId));
    if (task.adjudicator_id !== ctx.actor!.userId) throw forbidden('adjudication.not-yours', 'claim this adjudication before opening it');
    await this.checkProcessable(this.db, task.exam_id);
    const [form, reads, series, decisions] = await Promise.all([
      this.definitions.form(this.db, task.form_version_id),
      this.store.reads(this.db, [task.read_a, task.read_b]),
      this.store.seriesOf(this.db, task.exam_id),
      this.store.decisions(this.db, task.id),
    ]);
    const read = (id: string): AdjudicatedRead => {
      const r = reads.get(id)!;
      return { values: r.values, annotations: r.annotations, volumetry: r.volumetry };
    };
    return {
      ...summaryOf(task, ctx.actor!.userId),
      studyInstanceUID: task.study_instance_uid,
      series: series.map((s) => ({ seriesInstanceUID: s.series_instance_uid, description: s.series_description ?? '', modality: s.modality, seriesNumber: s.series_number, instances: s.number_of_instances })),
      form: { version: form.version, definition: form.definition },
      readA: read(task.read_a),
      readB: read(task.read_b),
      discordances: parsed<Discordance[]>(task.discordances),
      decisions,
      resolvedAt: task.resolved_at ? new Date(task.resolved_at).toISOString() : null,
    };
  }

  /** Every discordant field decided with a reason; the final values defined with the resolution. */
  async resolve(ctx: ActionContext, projectId: string, taskId: string, decisions: Decision[]): Promise<AdjudicationView> {
    await this.db.transaction().execute(async (trx) => {
      const task = await this.found(await this.store.lockTask(trx, projectId, taskId));
      if (task.state === 'resolved') throw conflict('adjudication.already-resolved', 'this adjudication is resolved: its final values are defined');
      if (task.state !== 'in-progress') throw conflict('adjudication.not-claimed', 'claim this adjudication before resolving it');
      if (task.adjudicator_id !== ctx.actor!.userId) throw forbidden('adjudication.not-yours', 'another adjudicator holds this adjudication');
      await this.checkProcessable(trx, task.exam_id);
      const discordances = parsed<Discordance[]>(task.discordances);
      const form = await this.definitions.form(trx, task.form_version_id);
      const errors = checkDecisions(form.definition, discordances, decisions);
      if (errors.length > 0) throw invalidDecisions(errors);
      const trimmed = decisions.map((d) => ({ ...d, reason: d.reason.trim() }));
      const reads = await this.store.reads(trx, [task.read_a, task.read_b]);
      const a = { id: task.read_a, values: reads.get(task.read_a)!.values };
      const b = { id: task.read_b, values: reads.get(task.read_b)!.values };
      const final = await this.finals.compute(trx, task.exam_id, form, a, b, discordances, trimmed);
      const inconsistent = checkConditions(form.definition, final.values);
      if (inconsistent.length > 0) throw invalidDecisions(inconsistent);
      const at = new Date();
      await this.store.resolve(trx, task.id, trimmed, at);
      await this.audit.record(trx, ctx, {
        action: 'adjudication.resolved',
        targetType: 'adjudication_task',
        targetId: task.id,
        projectId,
        before: { state: 'in-progress' },
        after: { state: 'resolved', decisions: trimmed },
        details: { studyInstanceUID: task.study_instance_uid, number: task.number, decisions: trimmed.map((d) => `${d.field}:${d.choice}`) },
      });
      await this.finals.define(trx, ctx, { projectId, examId: task.exam_id, studyInstanceUID: task.study_instance_uid, formVersionId: task.form_version_id, final, adjudicationTaskId: task.id });
    });
    return this.view(ctx, projectId, taskId);
  }

  private async found(task: TaskRow | undefined): Promise<TaskRow> {
    if (!task) throw notFound('adjudication.not-found', 'no adjudication with this id in the project');
    return task;
  }

  /** Separation of duties: never the adjudicator's centre, never an exam they read; subject processable. */
  private async checkEligible(trx: Kysely<Database>, ctx: ActionContext, task: TaskRow): Promise<void> {
    const violation = ownCentreReview('adjudicator', ctx.actor!.organisationId ?? '', task.centre_id);
    if (violation) throw separationError(violation);
    if (await this.store.hasReadExam(trx, task.exam_id, ctx.actor!.userId)) {
      throw forbidden('reading.adjudicator-read-exam', 'you read this exam: an adjudicator never adjudicates an exam they read');
    }
    await this.checkProcessable(trx, task.exam_id);
  }

  /** The consent gate: a subject whose processing stopped (objection, withdrawal) is no longer adjudicated. */
  private async checkProcessable(db: Kysely<Database>, examId: string): Promise<void> {
    const subject = await db
      .selectFrom('exam as e')
      .innerJoin('subject as s', 's.id', 'e.subject_id')
      .select(['s.processing_allowed_from', 's.processing_stopped_at'])
      .where('e.id', '=', examId)
      .executeTakeFirstOrThrow();
    if (!mayProcessRow(subject)) throw conflict('exam.subject-not-processable', "the subject's information/consent status does not allow its imaging to be read");
  }
}

function summaryOf(task: TaskRow, userId: string): AdjudicationSummary {
  return {
    id: task.id,
    state: task.state as AdjudicationState,
    blindedLabel: `Adjudication ${String(task.number).padStart(4, '0')}`,
    discordantFields: parsed<Discordance[]>(task.discordances).map((d) => d.field),
    createdAt: new Date(task.created_at).toISOString(),
    claimedAt: task.claimed_at ? new Date(task.claimed_at).toISOString() : null,
    mine: task.adjudicator_id === userId,
  };
}
