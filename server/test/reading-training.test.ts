// Readers' training and qualification records: recorded by the core-lab manager only, append-only,
// each refusal with its code and nothing written; the latest qualification on a form version decides;
// a reader reads their own records only; the demo qualifies its readers.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CARDIAC_MR_FORM } from '../src/reading/cardiac-mr-form.ts';
import { isQualified } from '../src/reading/training-store.ts';
import { seedDemo } from '../src/demo/demo-seed.ts';
import { createTestPlatform, DEMO_PASSWORD, signIn, type Session, type TestPlatform } from './support/test-platform.ts';

let platform: TestPlatform;
let projectId: string;
let manager: Session;
let reader1: Session;
let reader2: Session;
const ids: Record<string, string> = {};

before(async () => {
  platform = await createTestPlatform();
  projectId = platform.demo!.projectId;
  manager = await signIn(platform.app, 'manager');
  reader1 = await signIn(platform.app, 'reader1');
  reader2 = await signIn(platform.app, 'reader2');
  for (const u of ['reader1', 'reader2', 'statistician', 'qc']) ids[u] = (await platform.services.users.findByUsername(u))!.id;
  const form = await platform.app.inject({ method: 'POST', url: `/api/projects/${projectId}/reading-forms`, headers: manager.headers, payload: { definition: CARDIAC_MR_FORM, reason: 'default cardiac MR form' } });
  assert.equal(form.statusCode, 201, form.body);
});
after(() => platform.close());

const url = (userId: string) => `/api/projects/${projectId}/readers/${userId}/training-records`;
const record = (userId: string, body: Record<string, unknown>, session = manager) => platform.app.inject({ method: 'POST', url: url(userId), headers: session.headers, payload: body });
const good = { kind: 'qualification', formVersion: 1, completedOn: '2026-01-15', outcome: 'qualified', evidence: 'qualification set of 10 cases, 10/10 within tolerance' };
const formVersionId = async (version: number) =>
  (await platform.services.db.selectFrom('reading_form_version').select('id').where('project_id', '=', projectId).where('version', '=', version).executeTakeFirstOrThrow()).id;
const rows = async () => Number((await platform.services.db.selectFrom('reader_training_record').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);

test('the manager records a training then a qualification; the reader is qualified on that form version only', async () => {
  const version1 = await formVersionId(1);
  assert.equal(await isQualified(platform.services.db, projectId, ids.reader1!, version1), false);
  const training = await record(ids.reader1!, { ...good, kind: 'training', outcome: 'completed', completedOn: '2026-01-10' });
  assert.equal(training.statusCode, 201, training.body);
  assert.equal(await isQualified(platform.services.db, projectId, ids.reader1!, version1), false, 'a training alone does not qualify');
  const qualification = await record(ids.reader1!, good);
  assert.equal(qualification.statusCode, 201, qualification.body);
  assert.deepEqual({ ...(qualification.json() as object), id: undefined, recordedAt: undefined }, {
    id: undefined, recordedAt: undefined, userId: ids.reader1, kind: 'qualification', formVersion: 1, formVersionId: version1,
    completedOn: '2026-01-15', outcome: 'qualified', evidence: good.evidence, recordedBy: (await platform.services.users.findByUsername('manager'))!.id,
  });
  assert.equal(await isQualified(platform.services.db, projectId, ids.reader1!, version1), true);
  const event = await platform.services.db.selectFrom('audit_event').selectAll().where('action', '=', 'reading.training-recorded').orderBy('seq', 'desc').executeTakeFirstOrThrow();
  assert.equal(event.target_id, qualification.json().id);
  assert.equal(JSON.parse(event.details).outcome, 'qualified');

  // A new form version needs its own qualification; a later "not qualified" withdraws the earlier one.
  const v2 = await platform.app.inject({ method: 'POST', url: `/api/projects/${projectId}/reading-forms`, headers: manager.headers, payload: { definition: { ...CARDIAC_MR_FORM, name: `${CARDIAC_MR_FORM.name} v2` }, reason: 'wording' } });
  assert.equal(v2.statusCode, 201, v2.body);
  assert.equal(await isQualified(platform.services.db, projectId, ids.reader1!, await formVersionId(2)), false);
  assert.equal((await record(ids.reader1!, { ...good, outcome: 'not-qualified', completedOn: '2026-02-01' })).statusCode, 201);
  assert.equal(await isQualified(platform.services.db, projectId, ids.reader1!, version1), false);

  const listed = await platform.app.inject({ url: `/api/projects/${projectId}/reading/my-training-records`, headers: reader1.headers });
  assert.equal(listed.statusCode, 200);
  assert.deepEqual(listed.json().map((r: { kind: string; outcome: string }) => `${r.kind}:${r.outcome}`), ['training:completed', 'qualification:qualified', 'qualification:not-qualified']);
});

test('each bad record is refused with its code and nothing is written', async () => {
  const before = await rows();
  const cases: Array<[string, Record<string, unknown>, string, number]> = [
    [ids.reader2!, { ...good, outcome: 'completed' }, 'reading.training-outcome-mismatch', 400],
    [ids.reader2!, { ...good, kind: 'training', outcome: 'qualified' }, 'reading.training-outcome-mismatch', 400],
    [ids.reader2!, { ...good, completedOn: '2026-02-30' }, 'reading.training-invalid-date', 400],
    [ids.reader2!, { ...good, completedOn: '2999-01-01' }, 'reading.training-date-in-future', 400],
    [ids.reader2!, { ...good, formVersion: 99 }, 'reading-form.version-not-found', 404],
    [ids.statistician!, good, 'reading.training-not-a-reader', 400],
    [ids.qc!, good, 'reading.training-not-a-reader', 400],
  ];
  for (const [userId, body, code, status] of cases) {
    const r = await record(userId, body);
    assert.equal(r.statusCode, status, `${code}: ${r.body}`);
    assert.equal(r.json().code, code);
  }
  for (const body of [{ ...good, evidence: '' }, { ...good, kind: 'certificate' }, { ...good, extra: 1 }, { ...good, formVersion: 0 }]) {
    assert.equal((await record(ids.reader2!, body)).statusCode, 400);
  }
  assert.equal(await rows(), before);
});

test('only the manager records; a reader sees only their own records; the table is append-only', async () => {
  assert.equal((await record(ids.reader2!, good, reader2)).statusCode, 403);
  assert.equal((await platform.app.inject({ url: url(ids.reader1!), headers: reader2.headers })).statusCode, 403);
  assert.equal((await platform.app.inject({ url: url(ids.reader1!), headers: manager.headers })).json().length, 3);
  const own = await platform.app.inject({ url: `/api/projects/${projectId}/reading/my-training-records`, headers: reader2.headers });
  assert.deepEqual(own.json(), [], 'reader2 has no records, and sees none of reader1');
  await assert.rejects(platform.services.db.updateTable('reader_training_record').set({ outcome: 'qualified' }).execute(), /append-only/);
  await assert.rejects(platform.services.db.deleteFrom('reader_training_record').execute(), /append-only/);
});

test('the demo (as `corelab demo` seeds it) starts with the form, the design and its readers qualified', async () => {
  const fresh = await createTestPlatform({ demo: false });
  try {
    const seeded = await seedDemo(fresh.services, DEMO_PASSWORD, { reading: true });
    const manager = await signIn(fresh.app, 'manager');
    const forms = await fresh.app.inject({ url: `/api/projects/${seeded.projectId}/reading-forms/current`, headers: manager.headers });
    assert.equal(forms.json().definition.name, CARDIAC_MR_FORM.name);
    assert.equal((await fresh.app.inject({ url: `/api/projects/${seeded.projectId}/reading-designs/current`, headers: manager.headers })).json().definition.mode, 'double');
    const form = (await fresh.services.db.selectFrom('reading_form_version').select('id').where('project_id', '=', seeded.projectId).executeTakeFirstOrThrow()).id;
    for (const username of ['reader1', 'reader2', 'adjudicator']) {
      const user = (await fresh.services.users.findByUsername(username))!;
      assert.equal(await isQualified(fresh.services.db, seeded.projectId, user.id, form), true, username);
    }
  } finally {
    await fresh.close();
  }
});
