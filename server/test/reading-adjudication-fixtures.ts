// A platform for the adjudication, final-value, progress and agreement tests: the QC world (two
// centres, exams that pass QC), the default cardiac MR form and a design set through the API, two
// qualified readers, adjudicators of the core lab and of CHU Nord, and helpers that read exams.
import assert from 'node:assert/strict';
import { CARDIAC_MR_FORM } from '../src/reading/cardiac-mr-form.ts';
import { DEFAULT_DESIGN, type ReadingDesign } from '../src/reading/design-definition.ts';
import { randomUUID } from 'node:crypto';
import { computeFields, examBodySurfaceArea } from '../src/reading/adjudication/final-values-computation.ts';
import type { ReadingFormDefinition, ReadValues } from '../src/reading/form-definition.ts';
import { api, createQcWorld, register, review, submitNewExam, type QcWorld } from './qc-review-fixtures.ts';
import { DEMO_PASSWORD, signIn } from './support/test-platform.ts';

export interface ReadingWorld extends QcWorld {
  userIds: Record<string, string>;
}

const system = { actor: null, requestId: null };
let subjects = 0;

export async function createReadingWorld(design: ReadingDesign = DEFAULT_DESIGN): Promise<ReadingWorld> {
  const w = await createQcWorld();
  const platform = w.platform;
  const coreLabId = (await platform.services.db.selectFrom('organisation').select('id').where('name', 'like', 'Core lab%').executeTakeFirstOrThrow()).id;
  for (const [username, organisationId, role] of [
    ['adj-north', w.northId, 'adjudicator'],
    ['adj2', coreLabId, 'adjudicator'],
  ] as const) {
    const user = await platform.services.users.create(system, { username, displayName: `${username} person`, organisationId, password: DEMO_PASSWORD });
    await platform.services.memberships.grant(system, w.projectId, { userId: user.id, role, reason: 'test set-up' });
  }
  const users = await platform.services.db.selectFrom('app_user').select(['id', 'username']).execute();
  const userIds = Object.fromEntries(users.map((u) => [u.username, u.id]));
  // reader1 adjudicates too: the separation of duties is checked per exam.
  await platform.services.memberships.grant(system, w.projectId, { userId: userIds.reader1!, role: 'adjudicator', reason: 'test set-up' });
  for (const u of ['reader2', 'adjudicator', 'adj-north', 'adj2']) w.s[u] = await signIn(platform.app, u);
  const form = await api(w, w.s.manager!, 'POST', '/reading-forms', { definition: CARDIAC_MR_FORM, reason: 'default cardiac MR form' });
  assert.equal(form.statusCode, 201, form.body);
  const designed = await api(w, w.s.manager!, 'POST', '/reading-designs', { definition: design, reason: 'reading design of the trial' });
  assert.equal(designed.statusCode, 201, designed.body);
  for (const reader of ['reader1', 'reader2']) await qualify(w, userIds[reader]!);
  return { ...w, userIds };
}

/** A qualification record on form version 1, recorded by the core-lab manager. */
export async function qualify(w: QcWorld, userId: string, outcome: 'qualified' | 'not-qualified' = 'qualified', completedOn = '2026-11-01'): Promise<void> {
  const r = await api(w, w.s.manager!, 'POST', `/readers/${userId}/training-records`, { kind: 'qualification', formVersion: 1, completedOn, outcome, evidence: 'ten test cases' });
  assert.equal(r.statusCode, 201, r.body);
}

/** A new CHU Nord exam that passes QC; returns its StudyInstanceUID and exam id. */
export async function passedExam(w: ReadingWorld): Promise<{ study: string; examId: string }> {
  const code = `R${String(++subjects).padStart(3, '0')}`;
  await register(w, code, 'north');
  const { study } = await submitNewExam(w, code, 'north');
  await review(w, w.s.qc!, study, 'pass');
  const exam = await w.platform.services.db.selectFrom('exam').select('id').where('study_instance_uid', '=', study).executeTakeFirstOrThrow();
  return { study, examId: exam.id };
}

/**
 * The reads of an exam as the reading module's submit leaves them: a task per read (primary slots in
 * the order given, a re-read after its reader's primary read), the submitted read with its computed
 * fields, and onPrimaryReadsComplete called in the transaction of each primary read. The reading
 * module's worklist and submit routes are not in place yet: this is the one step not taken through
 * the API.
 */
const nextTaskNumber = async (db: ReadingWorld['platform']['services']['db'], projectId: string): Promise<number> =>
  Number((await db.selectFrom('reading_task').select((eb) => eb.fn.coalesce(eb.fn.max('number'), eb.lit(0)).as('n')).where('project_id', '=', projectId).executeTakeFirstOrThrow()).n) + 1;

export async function readExam(w: ReadingWorld, exam: { study: string; examId: string }, reads: Array<{ reader: string; values: ReadValues; kind?: 'primary' | 'reread'; state?: 'open' | 'in-progress' | 'submitted'; availableFrom?: Date }>): Promise<string[]> {
  const db = w.platform.services.db;
  const row = await db.selectFrom('exam').select(['subject_id', 'centre_id']).where('id', '=', exam.examId).executeTakeFirstOrThrow();
  const form = await db.selectFrom('reading_form_version').select(['id', 'definition']).where('project_id', '=', w.projectId).orderBy('version', 'desc').executeTakeFirstOrThrow();
  const design = await db.selectFrom('reading_design_version').select('id').where('project_id', '=', w.projectId).orderBy('version', 'desc').executeTakeFirstOrThrow();
  const definition = JSON.parse(form.definition) as ReadingFormDefinition;
  const bsa = await examBodySurfaceArea(db, exam.examId);
  // Passing QC planned the exam's tasks already (still open, nobody's): these reads take their place.
  await db.deleteFrom('reading_task').where('exam_id', '=', exam.examId).where('state', '=', 'open').where('reader_id', 'is', null).execute();
  const ids: string[] = [];
  let slot = 0;
  for (const r of reads) {
    const kind = r.kind ?? 'primary';
    const readerId = w.userIds[r.reader]!;
    const state = r.state ?? 'submitted';
    const original = kind === 'reread' ? await db.selectFrom('reading_task').select(['id', 'slot']).where('exam_id', '=', exam.examId).where('kind', '=', 'primary').where('reader_id', '=', readerId).executeTakeFirstOrThrow() : undefined;
    const at = new Date();
    const taskId = randomUUID();
    const readId = randomUUID();
    const values = { ...r.values, ...computeFields(definition, r.values, bsa) };
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('reading_task')
        .values({ id: taskId, project_id: w.projectId, exam_id: exam.examId, study_instance_uid: exam.study, subject_id: row.subject_id, centre_id: row.centre_id, number: await nextTaskNumber(trx, w.projectId), kind, slot: original?.slot ?? ++slot, reread_of: original?.id ?? null, form_version_id: form.id, design_version_id: design.id, state, reader_id: readerId, order_key: taskId, available_from: r.availableFrom ?? at, claimed_at: state === 'open' ? null : at, submitted_at: state === 'submitted' ? at : null, created_at: at })
        .execute();
      if (state !== 'submitted') return;
      await trx
        .insertInto('reading_read')
        .values({ id: readId, task_id: taskId, project_id: w.projectId, exam_id: exam.examId, reader_id: readerId, form_version_id: form.id, values: JSON.stringify(values), annotations: JSON.stringify({ contours: [], measurements: [] }), volumetry: null, status: 'submitted', saved_at: at, submitted_at: at, digest: 'test' })
        .execute();
      if (kind === 'primary') await w.platform.services.reading.adjudication.onPrimaryReadsComplete(trx, { actor: null, requestId: null, actingRole: 'reader' }, exam.examId);
    });
    ids.push(readId);
  }
  return ids;
}

/** Entered values of a plausible read; LVEF follows from the volumes. */
export const values = (lvEdv: number, lvEsv: number, lvMass: number, lge: ReadValues = { lgePresent: 'no' }): ReadValues => ({
  lvEdv,
  lvEsv,
  lvMass,
  rvEdv: 160,
  rvEsv: 70,
  ...lge,
});

export async function auditOf(w: QcWorld, action: string) {
  return w.platform.services.db.selectFrom('audit_event').select(['action', 'actor_role', 'target_id', 'details', 'reason']).where('action', '=', action).orderBy('seq').execute();
}
