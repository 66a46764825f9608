// The reading core end to end through the API on QC-passed exams: planning, the qualification gate,
// the worklist order (deterministic, different per reader), the two slots to two readers, the
// reader's own centre excluded, draft, each class of bad values refused with every error listed,
// submit, immutability of the submitted read (service and trigger), release.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { CARDIAC_MR_FORM } from '../src/reading/cardiac-mr-form.ts';
import { DEFAULT_DESIGN } from '../src/reading/design-definition.ts';
import { api, createQcWorld, register, review, submitNewExam, type QcWorld } from './qc-review-fixtures.ts';
import { signIn, type Session } from './support/test-platform.ts';

let w: QcWorld;
let reader2: Session;
const ids: Record<string, string> = {};
const studies: string[] = [];

before(async () => {
  w = await createQcWorld();
  reader2 = await signIn(w.platform.app, 'reader2');
  for (const u of ['reader1', 'reader2']) ids[u] = (await w.platform.services.users.findByUsername(u))!.id;
  for (const code of ['N101', 'N102', 'N103', 'S101']) await register(w, code, code.startsWith('N') ? 'north' : 'south');
  for (const code of ['N101', 'N102', 'N103']) {
    const { study } = await submitNewExam(w, code, 'north');
    await review(w, w.s.qc!, study, 'pass');
    studies.push(study);
  }
  const south = await submitNewExam(w, 'S101', 'south');
  await review(w, w.s.qc!, south.study, 'pass');
  studies.push(south.study);
});
after(() => w.platform.close());

const values = { lvEdv: 150, lvEsv: 60, lvMass: 110, rvEdv: 160, rvEsv: 70, lgePresent: 'yes', lgePattern: 'mid-wall', lgeSegments: [9, 3], comment: 'ok' };
const noAnnotations = { contours: [], measurements: [] };

test('planning needs a form and a design, then makes two primary tasks per passed exam', async () => {
  assert.equal((await api(w, w.s.manager!, 'POST', '/reading/plan')).json().code, 'reading.no-form');
  assert.equal((await api(w, w.s.manager!, 'POST', '/reading-forms', { definition: CARDIAC_MR_FORM, reason: 'default form' })).statusCode, 201);
  assert.equal((await api(w, w.s.manager!, 'POST', '/reading-designs', { definition: DEFAULT_DESIGN, reason: 'default design' })).statusCode, 201);
  const planned = await api(w, w.s.manager!, 'POST', '/reading/plan');
  assert.equal(planned.statusCode, 200, planned.body);
  assert.deepEqual(planned.json(), { planned: 4, tasks: 8 });
  assert.deepEqual((await api(w, w.s.manager!, 'POST', '/reading/plan')).json(), { planned: 0, tasks: 0 });
  assert.equal((await api(w, w.s.reader1!, 'POST', '/reading/plan')).statusCode, 403);
});

test('an unqualified reader is refused; once qualified, claims follow a deterministic order', async () => {
  const refused = await api(w, w.s.reader1!, 'POST', '/reading/worklist/next');
  assert.equal(refused.statusCode, 403, refused.body);
  assert.equal(refused.json().code, 'reading.reader-not-qualified');
  for (const u of ['reader1', 'reader2']) {
    const r = await api(w, w.s.manager!, 'POST', `/readers/${ids[u]}/training-records`, { kind: 'qualification', formVersion: 1, completedOn: '2026-01-15', outcome: 'qualified', evidence: 'qualification set 10/10' });
    assert.equal(r.statusCode, 201, r.body);
  }
  const worklist = await api(w, w.s.reader1!, 'GET', '/reading/worklist');
  assert.deepEqual(worklist.json(), { inProgress: [], available: 8, waitingWashout: 0, submitted: 0 });
  // reader2 works at Hôpital Sud: the southern exam's two slots are never offered to them.
  assert.equal((await api(w, reader2, 'GET', '/reading/worklist')).json().available, 6);
});

test('the two slots of an exam go to two readers; own centre excluded; release gives the task back', async () => {
  const claimed: string[] = [];
  for (let i = 0; i < 4; i++) {
    const r = await api(w, w.s.reader1!, 'POST', '/reading/worklist/next');
    assert.equal(r.statusCode, 200, r.body);
    claimed.push(r.json().id);
  }
  const exams = await w.platform.services.db.selectFrom('reading_task').select(['exam_id', 'reader_id']).where('id', 'in', claimed).execute();
  assert.equal(new Set(exams.map((e) => e.exam_id)).size, 4, 'one slot per exam for one reader');
  assert.equal((await api(w, w.s.reader1!, 'POST', '/reading/worklist/next')).json().code, 'reading.worklist-empty');
  const first = await api(w, reader2, 'POST', '/reading/worklist/next');
  assert.equal(first.statusCode, 200);
  const centre = await w.platform.services.db.selectFrom('reading_task').select('centre_id').where('id', '=', first.json().id).executeTakeFirstOrThrow();
  assert.notEqual(centre.centre_id, w.southId);
  const released = await api(w, reader2, 'POST', `/reading-tasks/${first.json().id}/release`);
  assert.equal(released.statusCode, 200, released.body);
  assert.equal(released.json().state, 'open');
  const again = await api(w, reader2, 'POST', '/reading/worklist/next');
  assert.equal(again.json().id, first.json().id, 'the same deterministic order gives the same first task');
});

test('the blinded view shows the series and the form, never the centre or dates; another reader gets 404', async () => {
  const mine = (await api(w, w.s.reader1!, 'GET', '/reading/worklist')).json().inProgress[0];
  const view = await api(w, w.s.reader1!, 'GET', `/reading-tasks/${mine.id}`);
  assert.equal(view.statusCode, 200, view.body);
  const body = view.json();
  assert.match(body.subjectCode, /^Case \d{4}$/);
  assert.equal(body.series.length, 2);
  assert.equal(body.form.version, 1);
  assert.doesNotMatch(view.body, /centre|2024/i);
  assert.equal((await api(w, reader2, 'GET', `/reading-tasks/${mine.id}`)).statusCode, 404);
});

const bad: Array<[string, Record<string, unknown>, string, string]> = [
  ['required missing', { ...values, lvEdv: undefined }, 'lvEdv', 'required'],
  ['out of range', { ...values, lvEdv: 900 }, 'lvEdv', 'out-of-range'],
  ['unknown field', { ...values, lvEdvX: 1 }, 'lvEdvX', 'unknown-field'],
  ['not an option', { ...values, lgePresent: 'perhaps' }, 'lgePresent', 'not-an-option'],
  ['wrong type', { ...values, lvMass: '110' }, 'lvMass', 'wrong-type'],
  ['segment out of 1..17', { ...values, lgeSegments: [3, 18] }, 'lgeSegments', 'segment-out-of-range'],
  ['duplicate segment', { ...values, lgeSegments: [3, 3] }, 'lgeSegments', 'duplicate-segment'],
  ['text too long', { ...values, comment: 'x'.repeat(2001) }, 'comment', 'text-too-long'],
  ['answer not asked', { ...values, lgePresent: 'no' }, 'lgePattern', 'not-asked'],
];

for (const [what, given, field, code] of bad) {
  test(`a submit with ${what} is refused 422 reading.invalid-values (${code}), nothing written`, async () => {
    const task = (await api(w, w.s.reader1!, 'GET', '/reading/worklist')).json().inProgress[0];
    const r = await api(w, w.s.reader1!, 'POST', `/reading-tasks/${task.id}/submit`, { values: JSON.parse(JSON.stringify(given)), annotations: noAnnotations });
    assert.equal(r.statusCode, 422, r.body);
    assert.equal(r.json().code, 'reading.invalid-values');
    assert.ok(r.json().errors.some((e: { field: string; code: string }) => e.field === field && e.code === code), r.body);
    assert.equal((await w.platform.services.db.selectFrom('reading_read').select('id').where('task_id', '=', task.id).where('status', '=', 'submitted').execute()).length, 0);
  });
}

test('draft then submit: computed fields derived, digest, immutable by service and trigger', async () => {
  const task = (await api(w, w.s.reader1!, 'GET', '/reading/worklist')).json().inProgress[0];
  const draft = await api(w, w.s.reader1!, 'PUT', `/reading-tasks/${task.id}/draft`, { values: { lvEdv: 5 }, annotations: noAnnotations });
  assert.equal(draft.statusCode, 200, draft.body);
  const submitted = await api(w, w.s.reader1!, 'POST', `/reading-tasks/${task.id}/submit`, { values, annotations: noAnnotations });
  assert.equal(submitted.statusCode, 200, submitted.body);
  const read = submitted.json().read;
  assert.match(read.digest, /^[0-9a-f]{64}$/);
  assert.equal(read.values.lvSv, 90);
  assert.equal(read.values.lvEf, 60);
  assert.deepEqual(read.values.lgeSegments, [3, 9]);
  const again = await api(w, w.s.reader1!, 'POST', `/reading-tasks/${task.id}/submit`, { values, annotations: noAnnotations });
  assert.equal(again.statusCode, 409);
  assert.equal(again.json().code, 'reading.task-not-yours');
  await assert.rejects(sql`update reading_read set "values" = '{}' where id = ${read.id}`.execute(w.platform.services.db), /immutable/);
  await assert.rejects(sql`delete from reading_read where id = ${read.id}`.execute(w.platform.services.db), /immutable/);
});

test('an exam passing QC once the project has a form and a design gets its tasks in the verdict transaction', async () => {
  await register(w, 'N104', 'north');
  const { study } = await submitNewExam(w, 'N104', 'north');
  await review(w, w.s.qc!, study, 'pass-with-remarks');
  const tasks = await w.platform.services.db.selectFrom('reading_task').select(['kind', 'slot', 'state']).where('study_instance_uid', '=', study).orderBy('slot').execute();
  assert.deepEqual(tasks, [{ kind: 'primary', slot: 1, state: 'open' }, { kind: 'primary', slot: 2, state: 'open' }]);
  assert.deepEqual((await api(w, w.s.manager!, 'POST', '/reading/plan')).json(), { planned: 0, tasks: 0 });
});
