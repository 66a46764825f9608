// Queries to centres through the API: opened automatically by a failed conformance check (one per
// failed exam, naming the rules) and by a QC reviewer; answered by the centre's reply or its
// re-submission; closed and reopened by QC; thread with author role and time; overdue; who sees
// and does what; every bad transition and input a specific refusal that writes nothing; all audited.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { api, auditActions, createQcWorld, register, resendCine, submit, submitNewExam, type QcWorld } from './qc-review-fixtures.ts';

let w: QcWorld;
before(async () => {
  w = await createQcWorld();
  for (const code of ['N001', 'N002', 'N003']) await register(w, code, 'north');
  for (const code of ['S001']) await register(w, code, 'south');
});
after(() => w.platform.close());

type Thread = Array<{ seq: number; kind: string; authorRole: string; authorName: string | null; body: string; createdAt: string }>;
type Query = { id: string; state: string; origin: string; question: string; dueDate: string; overdue: boolean; reopened: number; firstAnsweredAt: string | null; closedAt: string | null; thread: Thread; studyInstanceUid: string };
const list = async (who: string, query = '') => {
  const r = await api(w, w.s[who]!, 'GET', `/queries${query}`);
  assert.equal(r.statusCode, 200, r.body);
  return r.json() as Query[];
};
const get = async (id: string, who = 'manager') => (await api(w, w.s[who]!, 'GET', `/queries/${id}`)).json() as Query;
const today = () => new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
async function counts() {
  const n = async (table: 'qc_query' | 'qc_query_message' | 'audit_event') => Number((await w.platform.services.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
  return { queries: await n('qc_query'), messages: await n('qc_query_message'), audit: await n('audit_event') };
}

let thick: string;
let autoId: string;

test('a failed rule opens one query to the centre naming it; failing again reopens the same query; passing answers it', async () => {
  thick = (await submitNewExam(w, 'N001', 'north', { thickness: 10 })).study;
  const mine = await list('datamanager', `?studyInstanceUid=${thick}`);
  assert.equal(mine.length, 1);
  const q = mine[0]!;
  autoId = q.id;
  assert.equal(q.origin, 'conformance');
  assert.equal(q.state, 'open');
  assert.equal(q.dueDate, inDays(14));
  assert.match(q.question, /failed 1 rule:\n- cine-sax \/ Slice thickness \(slice-thickness\): sliceThickness 10 mm is above the maximum 8 mm/);
  const opened = await auditActions(w, { action: 'qc.query-opened', targetId: q.id });
  assert.equal(opened.length, 1);
  assert.equal(opened[0]!.actor_role, 'system');
  assert.deepEqual(JSON.parse(opened[0]!.details), { dueDate: inDays(14), origin: 'conformance', studyInstanceUID: thick });

  const stillBad = await resendCine(w, 'N001', thick, 'north', 11);
  assert.equal(stillBad.json().state, 'checks-failed');
  assert.equal((await list('manager', `?studyInstanceUid=${thick}`)).length, 1);
  const reopened = await get(autoId);
  assert.equal(reopened.state, 'open');
  assert.equal(reopened.reopened, 1);
  assert.ok(reopened.firstAnsweredAt, 'the re-submission counts as the first answer');
  assert.deepEqual(reopened.thread.map((m) => [m.kind, m.authorRole]), [['question', 'system'], ['resubmission', 'centre_data_manager'], ['reopen', 'system']]);
  assert.match(reopened.thread[2]!.body, /submission 2 failed 1 rule/);

  const good = await resendCine(w, 'N001', thick, 'north', 8);
  assert.equal(good.json().state, 'awaiting-review');
  const answered = await get(autoId);
  assert.equal(answered.state, 'answered');
  assert.match(answered.thread.at(-1)!.body, /submission 3\): the conformance checks pass/);
  assert.equal(answered.thread.at(-1)!.authorName, 'Denise Données');
  assert.deepEqual(
    (await auditActions(w, { targetId: autoId })).map((e) => e.action),
    ['qc.query-opened', 'qc.query-answered', 'qc.query-reopened', 'qc.query-answered'],
  );
});

test('QC closes an answered query and reopens it with a new due date; the centre replies; the thread keeps author, role and time', async () => {
  const closed = await api(w, w.s.qc!, 'POST', `/queries/${autoId}/close`, { comment: 'Stack re-acquired at 8 mm, fine.' });
  assert.equal(closed.statusCode, 200, closed.body);
  assert.equal(closed.json().state, 'closed');
  assert.ok(closed.json().closedAt);
  const reopened = await api(w, w.s.qc!, 'POST', `/queries/${autoId}/reopen`, { text: 'Please also send the scanner protocol printout.', dueDate: inDays(3) });
  assert.equal(reopened.statusCode, 200, reopened.body);
  assert.equal(reopened.json().state, 'open');
  assert.equal(reopened.json().dueDate, inDays(3));
  assert.equal(reopened.json().closedAt, null);
  const replied = await api(w, w.s.datamanager!, 'POST', `/queries/${autoId}/replies`, { text: 'Printout uploaded to the exam folder.' });
  assert.equal(replied.statusCode, 200, replied.body);
  const thread = replied.json().thread as Thread;
  assert.deepEqual(thread.slice(-3).map((m) => [m.kind, m.authorRole, m.authorName]), [
    ['close', 'qc_reviewer', 'Quentin Qualité'],
    ['reopen', 'qc_reviewer', 'Quentin Qualité'],
    ['reply', 'centre_data_manager', 'Denise Données'],
  ]);
  assert.ok(thread.every((m, i) => i === 0 || m.createdAt >= thread[i - 1]!.createdAt));
  assert.ok(thread.every((m, i) => m.seq === i + 1));
  const closedAgain = await api(w, w.s.manager!, 'POST', `/queries/${autoId}/close`);
  assert.equal(closedAgain.statusCode, 200, closedAgain.body);
  assert.equal(closedAgain.json().thread.at(-1).authorRole, 'core_lab_manager');
});

test('bad transitions answer 409 with a specific code and write nothing', async () => {
  const { study } = await submitNewExam(w, 'S001', 'south');
  const opened = await api(w, w.s.qc!, 'POST', `/exams/${study}/queries`, { text: 'Which contrast agent dose?', dueDate: inDays(7) });
  assert.equal(opened.statusCode, 201, opened.body);
  const id = opened.json().id as string;
  const before = await counts();
  const tries: Array<[string, string, object | undefined, string]> = [
    ['qc', `/queries/${id}/close`, {}, 'query.not-answered'],
    ['qc', `/queries/${id}/reopen`, { text: 'again' }, 'query.already-open'],
    ['qc', `/queries/${autoId}/close`, {}, 'query.already-closed'],
    ['datamanager', `/queries/${autoId}/replies`, { text: 'late answer' }, 'query.closed'],
  ];
  for (const [who, path, payload, code] of tries) {
    const r = await api(w, w.s[who]!, 'POST', path, payload);
    assert.equal(r.statusCode, 409, `${code}: ${r.body}`);
    assert.equal(r.json().code, code);
  }
  assert.deepEqual(await counts(), before);
  const reply = await api(w, w.s['dm-south']!, 'POST', `/queries/${id}/replies`, { text: '0.1 mmol/kg' });
  assert.equal(reply.json().state, 'answered');
});

test('bad input and the wrong people get specific refusals and write nothing', async () => {
  const { study } = await submitNewExam(w, 'N002', 'north');
  const southQuery = (await list('dm-south'))[0]!;
  const seriesUid = ((await api(w, w.s.manager!, 'GET', `/exams/${study}`)).json() as { conformance: { series: Array<{ seriesInstanceUid: string }> } }).conformance.series[0]!.seriesInstanceUid;
  const before = await counts();
  const open = (who: string, payload: object, exam = study) => api(w, w.s[who]!, 'POST', `/exams/${exam}/queries`, payload);
  const cases: Array<[ReturnType<typeof open>, number, string]> = [
    [open('qc', { text: 'x', dueDate: inDays(-1) }), 400, 'query.due-date-past'],
    [open('qc', { text: 'x', dueDate: inDays(400) }), 400, 'query.due-date-too-far'],
    [open('qc', { text: 'x', dueDate: '2025-02-30' }), 400, 'query.invalid-due-date'],
    [open('qc', { text: 'x', dueDate: 'tomorrow' }), 400, 'request.invalid-body'],
    [open('qc', { text: 'x', seriesInstanceUid: '1.2.3.4' }), 400, 'query.unknown-series'],
    [open('qc', { text: '' }), 400, 'request.invalid-body'],
    [open('qc', { text: '   ' }), 400, 'request.invalid-body'],
    [open('qc', { text: 'x'.repeat(4001) }), 400, 'request.invalid-body'],
    [open('qc', { text: 'x', urgent: true }), 400, 'request.invalid-body'],
    [open('datamanager', { text: 'x' }), 403, 'access.role-required'],
    [open('qc', { text: 'x' }, '2.25.99'), 404, 'exam.study-not-found'],
    [api(w, w.s.datamanager!, 'POST', `/queries/${southQuery.id}/replies`, { text: 'not ours' }), 403, 'query.other-centre'],
    [api(w, w.s.qc!, 'POST', `/queries/${southQuery.id}/replies`, { text: 'x' }), 403, 'access.role-required'],
    [api(w, w.s['qc-north']!, 'POST', `/queries/${autoId}/reopen`, { text: 'own centre' }), 403, 'separation-of-duties.no-review-of-own-centre'],
    [api(w, w.s.datamanager!, 'POST', `/queries/${autoId}/close`, {}), 403, 'access.role-required'],
    [api(w, w.s.qc!, 'POST', `/queries/00000000-0000-4000-8000-000000000000/close`, {}), 404, 'query.not-found'],
    [api(w, w.s.qc!, 'POST', `/queries/${southQuery.id}/reopen`, { text: 'x', dueDate: inDays(-3) }), 400, 'query.due-date-past'],
  ];
  for (const [response, status, code] of cases) {
    const r = await response;
    assert.equal(r.statusCode, status, `${code}: ${r.body}`);
    assert.equal(r.json().code, code);
  }
  assert.deepEqual(await counts(), before);

  const onSeries = await open('qc', { text: 'Is this the post-contrast stack?', seriesInstanceUid: seriesUid });
  assert.equal(onSeries.statusCode, 201, onSeries.body);
  assert.equal(onSeries.json().seriesInstanceUid, seriesUid);
  assert.equal(onSeries.json().dueDate, inDays(14));
});

test('who sees which queries; overdue = open past its due date, on the centre\'s list', async () => {
  const north = await list('datamanager');
  assert.ok(north.length >= 2 && north.every((q) => q.studyInstanceUid !== undefined));
  const south = await list('dm-south');
  assert.ok(south.every((q) => !north.some((n) => n.id === q.id)));
  const qcNorth = await list('qc-north');
  assert.deepEqual(qcNorth.map((q) => q.id).sort(), south.map((q) => q.id).sort());
  const all = await list('auditor');
  assert.equal(all.length, north.length + south.length);
  for (const who of ['statistician', 'reader1', 'pi']) assert.equal((await api(w, w.s[who]!, 'GET', '/queries')).statusCode, 403, who);
  const southId = south[0]!.id;
  const ownCentre = await api(w, w.s['qc-north']!, 'GET', `/queries/${north[0]!.id}`);
  assert.equal(ownCentre.json().code, 'separation-of-duties.no-review-of-own-centre');
  const otherCentre = await api(w, w.s.datamanager!, 'GET', `/queries/${southId}`);
  assert.equal(otherCentre.json().code, 'exam.other-centre');

  // Time passes: the reviewer's open query on N002 is three days past due (its due date moved in the database).
  const { study } = await submitNewExam(w, 'N003', 'north');
  const late = (await api(w, w.s.qc!, 'POST', `/exams/${study}/queries`, { text: 'Missing LGE phase-sensitive images?', dueDate: today() })).json() as Query;
  assert.equal(late.overdue, false);
  await w.platform.services.db.updateTable('qc_query').set({ due_date: inDays(-3) }).where('id', '=', late.id).execute();
  const overdue = await list('datamanager', '?overdue=true');
  assert.deepEqual(overdue.map((q) => q.id), [late.id]);
  assert.ok(!(await list('datamanager', '?overdue=false')).some((q) => q.id === late.id));
  assert.deepEqual((await list('dm-south', '?overdue=true')).map((q) => q.id), []);
  const replied = await api(w, w.s.datamanager!, 'POST', `/queries/${late.id}/replies`, { text: 'Sent now.' });
  assert.equal(replied.json().overdue, false);
  assert.deepEqual(await list('datamanager', '?overdue=true'), []);
  assert.deepEqual((await list('manager', '?state=closed')).map((q) => q.id), [autoId]);
});

test('query messages are append-only in the database itself', async () => {
  await assert.rejects(w.platform.database.superuser(`update qc_query_message set body = 'changed'`), /append-only/);
  await assert.rejects(w.platform.database.superuser(`delete from qc_query_message`), /append-only/);
});
