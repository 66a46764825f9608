// Reading tasks and reads: planning (a task per slot for each QC-passed exam), the reader's worklist
// in its deterministic order, claiming the next task (qualified readers only, never their own centre,
// never both slots of an exam, never an exam they adjudicate, never a subject whose consent stops
// processing), release, draft save and submit (values and annotations checked, computed fields and
// volumetry derived on the server, the read immutable and digested, re-read scheduled, adjudication
// and DICOM export in the same transaction).
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { ActionContext } from '../access/actor.ts';
import type { AuditService } from '../audit/audit-service.ts';
import type { Database } from '../db/schema.ts';
import { conflict, DomainError, forbidden, notFound } from '../platform/domain-error.ts';
import { processingAllowed, mayProcessRow } from '../subjects/consent-gate.ts';
import type { ReadingDesign } from './design-definition.ts';
import type { ReadingFormDefinition, ReadValues } from './form-definition.ts';
import { checkAnnotationPlaces, checkAnnotationShape, type ReadAnnotations } from './read-annotations.ts';
import { checkValues } from './read-values.ts';
import { caseLabel, rereadSelected, taskOrderKey } from './reading-order.ts';
import { isQualified } from './training-store.ts';
import type { VersionService } from './version-service.ts';
import { sha256Of } from './version-store.ts';
import { computeVolumetry, type Contour, type VolumetryResult } from './volumetry/index.ts';
import { loadSliceGeometry } from './volumetry/geometry-source.ts';

export interface TaskSummary { id: string; kind: 'primary' | 'reread'; state: string; slot: number; blindedLabel: string; claimedAt: string | null }
export interface Worklist { inProgress: TaskSummary[]; available: number; waitingWashout: number; submitted: number }

export interface ReadingHooks {
  computeFields(form: ReadingFormDefinition, values: ReadValues, bsa: number | undefined): ReadValues;
  bodySurfaceArea(db: Kysely<Database>, examId: string): Promise<number | undefined>;
  onPrimaryReadsComplete(trx: Kysely<Database>, ctx: ActionContext, examId: string): Promise<void>;
  exportSubmittedRead?(trx: Kysely<Database>, ctx: ActionContext, readId: string): Promise<unknown>;
}

/** 422 with every problem listed. */
export class InvalidReadError extends DomainError {
  constructor(code: 'reading.invalid-values' | 'reading.invalid-annotations', readonly errors: { field: string; code: string; message: string }[]) {
    super('invalid', code, `${errors.length} problem${errors.length === 1 ? '' : 's'} in the read: ${errors.slice(0, 3).map((e) => `${e.field} ${e.code}`).join(', ')}`, { errors });
  }
}

const summary = (t: { id: string; kind: string; state: string; slot: number; number: number; claimed_at: Date | null }): TaskSummary => ({
  id: t.id,
  kind: t.kind as TaskSummary['kind'],
  state: t.state,
  slot: t.slot,
  blindedLabel: caseLabel(t.number),
  claimedAt: t.claimed_at ? new Date(t.claimed_at).toISOString() : null,
});
const PASSED = ['qc-passed', 'qc-passed-with-remarks'];
const DAY_MS = 86_400_000;

export class TaskService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
    private readonly forms: VersionService<ReadingFormDefinition>,
    private readonly designs: VersionService<ReadingDesign>,
    private readonly hooks: ReadingHooks,
  ) {}

  /** Called in the QC verdict's transaction: a passed exam gets its tasks when the project has a form and a design. */
  async onQcPassed(trx: Kysely<Database>, ctx: ActionContext, projectId: string, examId: string): Promise<void> {
    const [form, design] = await Promise.all([this.forms.currentStored(projectId, trx), this.designs.currentStored(projectId, trx)]);
    if (!form || !design) return;
    const created = await this.createTasks(trx, projectId, [examId], form.id, design.id, design.definition);
    if (created > 0) await this.audit.record(trx, ctx, { action: 'reading.tasks-planned', targetType: 'exam', targetId: examId, projectId, details: { exams: 1, tasks: created } });
  }

  async plan(ctx: ActionContext, projectId: string): Promise<{ planned: number; tasks: number }> {
    return this.db.transaction().execute(async (trx) => {
      const form = await this.forms.currentStored(projectId, trx);
      if (!form) throw conflict('reading.no-form', 'the project has no reading form yet');
      const design = await this.designs.currentStored(projectId, trx);
      if (!design) throw conflict('reading.no-design', 'the project has no reading design yet');
      const exams = await trx
        .selectFrom('exam as e')
        .select('e.id')
        .where('e.project_id', '=', projectId)
        .where('e.state', 'in', PASSED)
        .where((eb) => eb.not(eb.exists(eb.selectFrom('reading_task as t').select('t.id').whereRef('t.exam_id', '=', 'e.id').where('t.kind', '=', 'primary'))))
        .orderBy('e.first_submitted_at')
        .execute();
      const tasks = await this.createTasks(trx, projectId, exams.map((e) => e.id), form.id, design.id, design.definition);
      await this.audit.record(trx, ctx, { action: 'reading.tasks-planned', targetType: 'project', targetId: projectId, projectId, details: { exams: exams.length, tasks, formVersion: form.version, designVersion: design.version } });
      return { planned: exams.length, tasks };
    });
  }

  private async createTasks(trx: Kysely<Database>, projectId: string, examIds: string[], formVersionId: string, designVersionId: string, design: ReadingDesign): Promise<number> {
    if (examIds.length === 0) return 0;
    await trx.selectFrom('project').select('id').where('id', '=', projectId).forUpdate().executeTakeFirstOrThrow();
    const last = await trx.selectFrom('reading_task').select((eb) => eb.fn.max('number').as('n')).where('project_id', '=', projectId).executeTakeFirst();
    let number = Number(last?.n ?? 0);
    const exams = await trx.selectFrom('exam').select(['id', 'study_instance_uid', 'subject_id', 'centre_id']).where('id', 'in', examIds).execute();
    const slots = design.mode === 'double' ? [1, 2] : [1];
    const now = new Date();
    const rows = exams.flatMap((e) =>
      slots.map((slot) => {
        const id = randomUUID();
        return {
          id, project_id: projectId, exam_id: e.id, study_instance_uid: e.study_instance_uid, subject_id: e.subject_id, centre_id: e.centre_id,
          number: ++number, kind: 'primary', slot, reread_of: null, form_version_id: formVersionId, design_version_id: designVersionId,
          state: 'open', reader_id: null, order_key: taskOrderKey(projectId, id), available_from: now, created_at: now,
        };
      }),
    );
    if (rows.length > 0) await trx.insertInto('reading_task').values(rows).onConflict((oc) => oc.doNothing()).execute();
    return rows.length;
  }

  /** The tasks this reader may claim now, in their order (qualification not yet applied). */
  private claimable(db: Kysely<Database>, ctx: ActionContext, projectId: string) {
    const me = ctx.actor!.userId;
    const organisationId = ctx.actor!.organisationId;
    return db
      .selectFrom('reading_task as t')
      .innerJoin('subject as sub', 'sub.id', 't.subject_id')
      .innerJoin('reading_design_version as d', 'd.id', 't.design_version_id')
      .where('t.project_id', '=', projectId)
      .where('t.state', '=', 'open')
      .where('t.available_from', '<=', sql<Date>`now()`)
      .where((eb) => eb.or([eb.and([eb('t.kind', '=', 'primary'), eb('t.reader_id', 'is', null)]), eb.and([eb('t.kind', '=', 'reread'), eb('t.reader_id', '=', me)])]))
      .where((eb) => (organisationId ? eb('t.centre_id', '<>', organisationId) : eb.val(true)))
      .where(processingAllowed('sub'))
      // Never both primary slots of one exam; never an exam this reader adjudicates.
      .where((eb) => eb.or([eb('t.kind', '=', 'reread'), eb.not(eb.exists(eb.selectFrom('reading_task as o').select('o.id').whereRef('o.exam_id', '=', 't.exam_id').where('o.kind', '=', 'primary').where('o.reader_id', '=', me)))]))
      .where((eb) => eb.not(eb.exists(eb.selectFrom('adjudication_task as a').select('a.id').whereRef('a.exam_id', '=', 't.exam_id').where('a.adjudicator_id', '=', me))));
  }

  async worklist(ctx: ActionContext, projectId: string): Promise<Worklist> {
    const me = ctx.actor!.userId;
    const mine = await this.db.selectFrom('reading_task').select(['id', 'kind', 'state', 'slot', 'number', 'claimed_at']).where('project_id', '=', projectId).where('reader_id', '=', me).where('state', '=', 'in-progress').orderBy('claimed_at').execute();
    const available = await this.claimable(this.db, ctx, projectId).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const counts = await this.db
      .selectFrom('reading_task')
      .select([
        sql<string>`count(*) filter (where state = 'open' and kind = 'reread' and available_from > now())`.as('waiting'),
        sql<string>`count(*) filter (where state = 'submitted')`.as('submitted'),
      ])
      .where('project_id', '=', projectId)
      .where('reader_id', '=', me)
      .executeTakeFirstOrThrow();
    return { inProgress: mine.map(summary), available: Number(available.n), waitingWashout: Number(counts.waiting), submitted: Number(counts.submitted) };
  }

  async claimNext(ctx: ActionContext, projectId: string): Promise<TaskSummary> {
    const me = ctx.actor!.userId;
    return this.db.transaction().execute(async (trx) => {
      const candidates = await this.claimable(trx, ctx, projectId)
        .select(['t.id', 't.kind', 't.slot', 't.number', 't.form_version_id', 't.exam_id', 't.state'])
        .orderBy(sql`case when d.definition::jsonb ->> 'worklistOrder' = 'received' then lpad(t.number::text, 12, '0') else md5(${me}::text || t.order_key) end`)
        .limit(200)
        .forUpdate('t')
        .skipLocked()
        .execute();
      if (candidates.length === 0) throw conflict('reading.worklist-empty', 'no reading task is available to you now');
      const qualified = new Map<string, boolean>();
      let chosen: (typeof candidates)[number] | undefined;
      for (const c of candidates) {
        if (!qualified.has(c.form_version_id)) qualified.set(c.form_version_id, await isQualified(trx, projectId, me, c.form_version_id));
        if (qualified.get(c.form_version_id)) {
          chosen = c;
          break;
        }
      }
      if (!chosen) throw forbidden('reading.reader-not-qualified', 'you are not qualified on the reading form version of the available tasks: the core-lab manager records your qualification first');
      const at = new Date();
      await trx.updateTable('reading_task').set({ state: 'in-progress', reader_id: me, claimed_at: at }).where('id', '=', chosen.id).execute();
      await this.audit.record(trx, ctx, { action: 'reading.task-claimed', targetType: 'reading_task', targetId: chosen.id, projectId, after: { state: 'in-progress', reader: me }, details: { kind: chosen.kind, slot: chosen.slot } });
      return summary({ ...chosen, state: 'in-progress', claimed_at: at });
    });
  }

  private async ownTask(trx: Kysely<Database>, ctx: ActionContext, projectId: string, taskId: string) {
    const task = await trx.selectFrom('reading_task').selectAll().where('id', '=', taskId).where('project_id', '=', projectId).forUpdate().executeTakeFirst();
    if (!task) throw notFound('reading.task-not-found', 'the project has no reading task with this id');
    if (task.reader_id !== ctx.actor?.userId || task.state !== 'in-progress') throw conflict('reading.task-not-yours', 'only the reader who claimed the task, while it is in progress, may do this', { state: task.state });
    const subject = await trx.selectFrom('subject').select(['processing_allowed_from', 'processing_stopped_at']).where('id', '=', task.subject_id).executeTakeFirstOrThrow();
    if (!mayProcessRow(subject)) throw conflict('exam.subject-not-processable', "the subject's information/consent status does not allow its imaging to be read");
    return task;
  }

  async release(ctx: ActionContext, projectId: string, taskId: string): Promise<TaskSummary> {
    return this.db.transaction().execute(async (trx) => {
      const task = await trx.selectFrom('reading_task').selectAll().where('id', '=', taskId).where('project_id', '=', projectId).forUpdate().executeTakeFirst();
      if (!task) throw notFound('reading.task-not-found', 'the project has no reading task with this id');
      if (task.reader_id !== ctx.actor?.userId || task.state !== 'in-progress') throw conflict('reading.task-not-yours', 'only the reader who claimed the task, while it is in progress, may release it', { state: task.state });
      await trx.deleteFrom('reading_read').where('task_id', '=', taskId).where('status', '=', 'draft').execute();
      // A re-read stays its reader's; a primary task goes back to the pool.
      await trx.updateTable('reading_task').set({ state: 'open', claimed_at: null, reader_id: task.kind === 'reread' ? task.reader_id : null }).where('id', '=', taskId).execute();
      await this.audit.record(trx, ctx, { action: 'reading.task-released', targetType: 'reading_task', targetId: taskId, projectId, before: { state: 'in-progress' }, after: { state: 'open' } });
      return summary({ ...task, state: 'open', claimed_at: null });
    });
  }

  /** The blinded view: never the centre, dates, or another reader's read. */
  async view(ctx: ActionContext, roles: readonly string[], projectId: string, taskId: string) {
    const task = await this.db.selectFrom('reading_task as t').innerJoin('subject as sub', 'sub.id', 't.subject_id').select(['t.id', 't.kind', 't.state', 't.slot', 't.number', 't.claimed_at', 't.reader_id', 't.exam_id', 't.study_instance_uid', 't.form_version_id', 't.design_version_id', 'sub.code', 'sub.processing_allowed_from', 'sub.processing_stopped_at']).where('t.id', '=', taskId).where('t.project_id', '=', projectId).executeTakeFirst();
    if (!task) throw notFound('reading.task-not-found', 'the project has no reading task with this id');
    const overseer = roles.includes('core_lab_manager') || roles.includes('auditor');
    if (!overseer && task.reader_id !== ctx.actor?.userId) throw notFound('reading.task-not-found', 'the project has no reading task of yours with this id');
    if (!overseer && !mayProcessRow(task)) throw conflict('exam.subject-not-processable', "the subject's information/consent status does not allow its imaging to be read");
    const [form, design, bsa, series, read] = await Promise.all([
      this.forms.byId(task.form_version_id),
      this.designs.byId(task.design_version_id),
      this.hooks.bodySurfaceArea(this.db, task.exam_id),
      this.db.selectFrom('series').select(['series_instance_uid', 'series_description', 'modality', 'series_number', 'number_of_instances']).where('project_id', '=', projectId).where('study_instance_uid', '=', task.study_instance_uid).orderBy('series_number').execute(),
      this.db.selectFrom('reading_read').selectAll().where('task_id', '=', taskId).executeTakeFirst(),
    ]);
    const label = caseLabel(task.number);
    return {
      task: summary(task),
      studyInstanceUID: task.study_instance_uid,
      subjectCode: design.definition.blinding.timepoint ? label : task.code,
      series: series.map((s) => ({ seriesInstanceUID: s.series_instance_uid, description: s.series_description ?? '', modality: s.modality ?? '', seriesNumber: s.series_number, instances: s.number_of_instances })),
      form: { version: form.version, definition: form.definition },
      ...(bsa !== undefined && { bodySurfaceAreaM2: Math.round(bsa * 1000) / 1000 }),
      ...(read && {
        draft: { values: JSON.parse(read.values) as ReadValues, annotations: JSON.parse(read.annotations) as ReadAnnotations, volumetry: read.volumetry ? (JSON.parse(read.volumetry) as VolumetryResult) : null, savedAt: new Date(read.saved_at).toISOString() },
      }),
    };
  }

  private async prepare(trx: Kysely<Database>, task: { project_id: string; exam_id: string; study_instance_uid: string; form_version_id: string }, body: unknown, mode: 'draft' | 'submit') {
    const input = (typeof body === 'object' && body !== null ? body : {}) as { values?: unknown; annotations?: unknown };
    const form = await this.forms.byId(task.form_version_id, trx);
    const checked = checkValues(form.definition, input.values ?? {}, mode);
    if (checked.errors.length > 0) throw new InvalidReadError('reading.invalid-values', checked.errors);
    const { annotations, errors } = checkAnnotationShape(input.annotations ?? { contours: [], measurements: [] });
    if (errors.length > 0) throw new InvalidReadError('reading.invalid-annotations', errors);
    const uids = [...new Set([...annotations.contours, ...annotations.measurements].map((a) => a.sopInstanceUID))];
    const images = uids.length === 0 ? [] : await trx.selectFrom('instance').select(['sop_instance_uid', 'series_instance_uid', 'rows', 'columns', 'number_of_frames']).where('project_id', '=', task.project_id).where('study_instance_uid', '=', task.study_instance_uid).where('sop_instance_uid', 'in', uids).execute();
    const places = checkAnnotationPlaces(annotations, new Map(images.map((i) => [i.sop_instance_uid, { seriesInstanceUID: i.series_instance_uid, rows: i.rows, columns: i.columns, frames: i.number_of_frames ?? 1 }])));
    if (places.length > 0) throw new InvalidReadError('reading.invalid-annotations', places);
    const volumetry = annotations.contours.length === 0 ? null : computeVolumetry(annotations.contours as Contour[], await loadSliceGeometry(trx, task.project_id, annotations.contours.map((c) => c.sopInstanceUID)));
    const bsa = await this.hooks.bodySurfaceArea(trx, task.exam_id);
    const computed = this.hooks.computeFields(form.definition, checked.values, bsa);
    if (mode === 'submit') {
      const errs = form.definition.fields.flatMap((f) =>
        f.kind === 'number' && typeof computed[f.key] === 'number' && ((computed[f.key] as number) < f.min || (computed[f.key] as number) > f.max)
          ? [{ field: f.key, code: 'out-of-range', message: `the computed ${computed[f.key]} ${f.unit} is outside ${f.min}–${f.max} ${f.unit}: check its inputs` }]
          : [],
      );
      if (errs.length > 0) throw new InvalidReadError('reading.invalid-values', errs);
    }
    return { values: { ...checked.values, ...computed }, computed, annotations, volumetry };
  }

  async saveDraft(ctx: ActionContext, projectId: string, taskId: string, body: unknown) {
    return this.db.transaction().execute(async (trx) => {
      const task = await this.ownTask(trx, ctx, projectId, taskId);
      const { values, computed, annotations, volumetry } = await this.prepare(trx, task, body, 'draft');
      const savedAt = new Date();
      const row = { values: JSON.stringify(values), annotations: JSON.stringify(annotations), volumetry: volumetry ? JSON.stringify(volumetry) : null, saved_at: savedAt };
      await trx
        .insertInto('reading_read')
        .values({ id: randomUUID(), task_id: taskId, project_id: projectId, exam_id: task.exam_id, reader_id: ctx.actor!.userId, form_version_id: task.form_version_id, status: 'draft', ...row })
        .onConflict((oc) => oc.column('task_id').doUpdateSet(row))
        .execute();
      await this.audit.record(trx, ctx, { action: 'reading.draft-saved', targetType: 'reading_task', targetId: taskId, projectId, details: { contours: annotations.contours.length, measurements: annotations.measurements.length } });
      return { savedAt: savedAt.toISOString(), volumetry, computed };
    });
  }

  async submit(ctx: ActionContext, projectId: string, taskId: string, body: unknown) {
    return this.db.transaction().execute(async (trx) => {
      const task = await this.ownTask(trx, ctx, projectId, taskId);
      const { values, annotations, volumetry } = await this.prepare(trx, task, body, 'submit');
      const submittedAt = new Date();
      const digest = sha256Of({ task: task.id, exam: task.exam_id, reader: task.reader_id, formVersion: task.form_version_id, values, annotations, volumetry });
      const row = { values: JSON.stringify(values), annotations: JSON.stringify(annotations), volumetry: volumetry ? JSON.stringify(volumetry) : null, saved_at: submittedAt, status: 'submitted', submitted_at: submittedAt, digest };
      const read = await trx
        .insertInto('reading_read')
        .values({ id: randomUUID(), task_id: taskId, project_id: projectId, exam_id: task.exam_id, reader_id: ctx.actor!.userId, form_version_id: task.form_version_id, ...row })
        .onConflict((oc) => oc.column('task_id').doUpdateSet(row))
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.updateTable('reading_task').set({ state: 'submitted', submitted_at: submittedAt }).where('id', '=', taskId).execute();
      await this.audit.record(trx, ctx, { action: 'reading.read-submitted', targetType: 'reading_read', targetId: read.id, projectId, after: values, details: { task: taskId, kind: task.kind, slot: task.slot, digest } });
      if (task.kind === 'primary') {
        const design = await this.designs.byId(task.design_version_id, trx);
        if (rereadSelected(projectId, task.exam_id, design.definition.reread.percent)) await this.scheduleReread(trx, ctx, task, design.definition, submittedAt);
        const primaries = await trx.selectFrom('reading_task').select('state').where('exam_id', '=', task.exam_id).where('kind', '=', 'primary').execute();
        if (primaries.every((p) => p.state === 'submitted')) await this.hooks.onPrimaryReadsComplete(trx, ctx, task.exam_id);
      }
      await this.hooks.exportSubmittedRead?.(trx, ctx, read.id);
      return { read: { id: read.id, submittedAt: submittedAt.toISOString(), digest, values } };
    });
  }

  private async scheduleReread(trx: Kysely<Database>, ctx: ActionContext, task: { id: string; project_id: string; exam_id: string; study_instance_uid: string; subject_id: string; centre_id: string; slot: number; form_version_id: string; design_version_id: string; reader_id: string | null }, design: ReadingDesign, submittedAt: Date): Promise<void> {
    await trx.selectFrom('project').select('id').where('id', '=', task.project_id).forUpdate().executeTakeFirstOrThrow();
    const last = await trx.selectFrom('reading_task').select((eb) => eb.fn.max('number').as('n')).where('project_id', '=', task.project_id).executeTakeFirst();
    const id = randomUUID();
    const availableFrom = new Date(submittedAt.getTime() + design.reread.washoutDays * DAY_MS);
    await trx
      .insertInto('reading_task')
      .values({
        id, project_id: task.project_id, exam_id: task.exam_id, study_instance_uid: task.study_instance_uid, subject_id: task.subject_id, centre_id: task.centre_id,
        number: Number(last?.n ?? 0) + 1, kind: 'reread', slot: task.slot, reread_of: task.id, form_version_id: task.form_version_id, design_version_id: task.design_version_id,
        state: 'open', reader_id: task.reader_id, order_key: taskOrderKey(task.project_id, id), available_from: availableFrom, created_at: submittedAt,
      })
      .execute();
    await this.audit.record(trx, ctx, { action: 'reading.reread-scheduled', targetType: 'reading_task', targetId: id, projectId: task.project_id, details: { rereadOf: task.id, availableFrom: availableFrom.toISOString(), washoutDays: design.reread.washoutDays } });
  }
}
