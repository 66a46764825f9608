// The QC dashboard through the API on a known set of exams: exams by state, pass rate, grades,
// failed rules, artefacts, query counts and turnaround per centre and for the project; what each
// role sees (a data manager: their own centre and its overdue queries); subjects whose consent
// stops processing left out; the CSV export and its audit event. The pure figures, table-driven.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { percentile } from '../src/qc/dashboard-figures.ts';
import { makeInstance, uid } from './imaging-fixtures.ts';
import { api, auditActions, createQcWorld, register, review, stow, submitNewExam, type QcWorld } from './qc-review-fixtures.ts';

let w: QcWorld;
const ids: Record<string, string> = {};
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

before(async () => {
  w = await createQcWorld();
  for (const code of ['N001', 'N002', 'N003', 'N004']) await register(w, code, 'north');
  for (const code of ['S001', 'S002', 'S003']) await register(w, code, 'south');
  const db = w.platform.services.db;
  await review(w, w.s.qc!, (await submitNewExam(w, 'N001', 'north')).study, 'pass');
  const n002 = await submitNewExam(w, 'N002', 'north', { thickness: 10 });
  assert.equal(n002.state, 'checks-failed');
  const failed = await review(w, w.s.qc!, (await submitNewExam(w, 'N003', 'north')).study, 'fail', { cine: 'poor' });
  await stow(w, w.s.datamanager!, [makeInstance({ subject: 'N004', study: uid(), extra: { SeriesDescription: 'cine sax' } })]);
  await review(w, w.s['qc-north']!, (await submitNewExam(w, 'S001', 'south')).study, 'pass-with-remarks', { cine: 'acceptable' });
  const s002 = await submitNewExam(w, 'S002', 'south');
  await submitNewExam(w, 'S003', 'south');

  // Turnaround: the conformance query of N002 answered after 2 days; the failed review's query answered and closed after 4.
  const auto = (await db.selectFrom('qc_query').select('id').where('origin', '=', 'conformance').executeTakeFirstOrThrow()).id;
  ids.auto = auto;
  assert.equal((await api(w, w.s.datamanager!, 'POST', `/queries/${auto}/replies`, { text: 'The 8 mm stack follows.' })).statusCode, 200);
  assert.equal((await api(w, w.s.datamanager!, 'POST', `/queries/${failed.queryId}/replies`, { text: 'Patient could not hold breath.' })).statusCode, 200);
  assert.equal((await api(w, w.s.qc!, 'POST', `/queries/${failed.queryId}/close`, { comment: 'Accepted.' })).statusCode, 200);
  await sql`update qc_query set opened_at = first_answered_at - interval '2 days' where id = ${auto}`.execute(db);
  await sql`update qc_query set opened_at = closed_at - interval '4 days', first_answered_at = closed_at where id = ${failed.queryId}`.execute(db);
  // An open question to Hôpital Sud whose due date has passed.
  const late = await api(w, w.s.qc!, 'POST', `/exams/${s002.study}/queries`, { text: 'Which gadolinium dose?', dueDate: inDays(0) });
  ids.late = late.json().id;
  await db.updateTable('qc_query').set({ due_date: inDays(-2) }).where('id', '=', ids.late!).execute();
  // S003 waits for review, then its subject objects: left out of every figure.
  const s003 = await db.selectFrom('subject').select('id').where('code', '=', 'S003').executeTakeFirstOrThrow();
  const objection = await api(w, w.s['dm-south']!, 'POST', `/subjects/${s003.id}/consent-events`, { kind: 'objection', date: inDays(0), channel: 'email' });
  assert.equal(objection.statusCode, 201, objection.body);
});
after(() => w.platform.close());

type Figures = {
  centreId: string | null;
  centreName: string;
  examsByState: Record<string, number>;
  reviewed: number;
  passRate: number | null;
  reviewVerdicts: Record<string, number>;
  grades: Record<string, number>;
  failedRules: Array<{ rule: string; label: string; exams: number }>;
  artefacts: Array<{ code: string; series: number }>;
  queries: { opened: number; open: number; answered: number; closed: number; overdue: number; toAnswer: { n: number; medianDays: number | null; p90Days: number | null }; toClose: { n: number; medianDays: number | null; p90Days: number | null } };
};
type Dashboard = { centreId: string | null; centres: Figures[]; total: Figures | null; examsLeftOut: number; overdueQueries: Array<{ id: string }> | null };
const dashboard = async (who: string) => {
  const r = await api(w, w.s[who]!, 'GET', '/qc/dashboard');
  assert.equal(r.statusCode, 200, r.body);
  return r.json() as Dashboard;
};
const states = (counts: Partial<Record<string, number>>) => ({ receiving: 0, 'checks-failed': 0, 'awaiting-review': 0, 'in-review': 0, 'qc-passed': 0, 'qc-passed-with-remarks': 0, 'qc-failed': 0, ...counts });

test('per centre and for the project: exams by state, pass rate, grades, failed rules, artefacts, queries and turnaround', async () => {
  const d = await dashboard('manager');
  assert.equal(d.centreId, null);
  assert.equal(d.examsLeftOut, 1);
  const [north, south] = [d.centres.find((c) => c.centreId === w.northId)!, d.centres.find((c) => c.centreId === w.southId)!];
  assert.deepEqual(north.examsByState, states({ receiving: 1, 'checks-failed': 1, 'qc-passed': 1, 'qc-failed': 1 }));
  assert.equal(north.reviewed, 2);
  assert.equal(north.passRate, 0.5);
  assert.deepEqual(north.reviewVerdicts, { pass: 1, 'pass-with-remarks': 0, fail: 1 });
  assert.deepEqual(north.grades, { good: 3, acceptable: 0, poor: 1, 'non-diagnostic': 0 });
  assert.deepEqual(north.failedRules, [{ rule: 'cine-sax/slice-thickness', label: 'Slice thickness', exams: 1 }]);
  assert.deepEqual(north.artefacts, [{ code: 'respiratory-motion', series: 1 }]);
  assert.deepEqual(north.queries, {
    opened: 2,
    open: 0,
    answered: 1,
    closed: 1,
    overdue: 0,
    toAnswer: { n: 2, medianDays: 3, p90Days: 3.8 },
    toClose: { n: 1, medianDays: 4, p90Days: 4 },
  });

  assert.deepEqual(south.examsByState, states({ 'awaiting-review': 1, 'qc-passed-with-remarks': 1 }));
  assert.equal(south.passRate, 1);
  assert.deepEqual(south.grades, { good: 1, acceptable: 1, poor: 0, 'non-diagnostic': 0 });
  assert.deepEqual(south.failedRules, []);
  assert.equal(south.queries.overdue, 1);
  assert.equal(south.queries.open, 1);
  assert.deepEqual(south.queries.toAnswer, { n: 0, medianDays: null, p90Days: null });

  const total = d.total!;
  assert.equal(total.centreId, null);
  assert.equal(total.centreName, 'All centres');
  assert.deepEqual(total.examsByState, states({ receiving: 1, 'checks-failed': 1, 'awaiting-review': 1, 'qc-passed': 1, 'qc-passed-with-remarks': 1, 'qc-failed': 1 }));
  assert.equal(total.passRate, 0.6667);
  assert.deepEqual(total.grades, { good: 4, acceptable: 1, poor: 1, 'non-diagnostic': 0 });
  assert.deepEqual(total.artefacts, [{ code: 'respiratory-motion', series: 2 }]);
  assert.deepEqual({ opened: total.queries.opened, overdue: total.queries.overdue, toAnswer: total.queries.toAnswer }, { opened: 3, overdue: 1, toAnswer: { n: 2, medianDays: 3, p90Days: 3.8 } });
  assert.deepEqual(d.overdueQueries!.map((q) => q.id), [ids.late]);
});

test("a data manager sees their own centre's figures and overdue queries only; sponsor and committee see all figures; others are refused", async () => {
  const south = await dashboard('dm-south');
  assert.equal(south.centreId, w.southId);
  assert.deepEqual(south.centres.map((c) => c.centreId), [w.southId]);
  assert.equal(south.total, null);
  assert.equal(south.examsLeftOut, 1);
  assert.deepEqual(south.overdueQueries!.map((q) => q.id), [ids.late]);
  const north = await dashboard('datamanager');
  assert.deepEqual(north.centres.map((c) => c.centreId), [w.northId]);
  assert.equal(north.examsLeftOut, 0);
  assert.deepEqual(north.overdueQueries, []);
  for (const who of ['pi', 'committee', 'auditor', 'qc-north']) {
    const d = await dashboard(who);
    assert.equal(d.centres.length, 2, who);
    assert.equal(d.total!.passRate, 0.6667, who);
  }
  assert.equal((await dashboard('committee')).overdueQueries, null);
  for (const who of ['statistician', 'reader1']) {
    const r = await api(w, w.s[who]!, 'GET', '/qc/dashboard');
    assert.equal(r.statusCode, 403, who);
  }
});

test('CSV export: one row per centre and the total, failed rules and artefacts tables; audited; bad table refused', async () => {
  const r = await api(w, w.s.manager!, 'GET', '/qc/dashboard.csv');
  assert.equal(r.statusCode, 200, r.body);
  assert.match(r.headers['content-type'] as string, /^text\/csv/);
  assert.match(r.headers['content-disposition'] as string, /attachment; filename="qc-centres-\d{4}-\d{2}-\d{2}\.csv"/);
  const rows = r.body.trimEnd().split('\r\n').map((l) => l.split(','));
  const header = rows[0]!;
  assert.equal(header[0], 'centre');
  const cell = (row: string[], column: string) => row[header.indexOf(column)];
  const north = rows.find((x) => x[0] === 'CHU Nord (démo)')!;
  assert.equal(cell(north, 'exams qc-passed'), '1');
  assert.equal(cell(north, 'QC pass rate (%)'), '50');
  assert.equal(cell(north, 'median days to answer'), '3');
  assert.equal(cell(north, 'p90 days to answer'), '3.8');
  const total = rows.at(-1)!;
  assert.equal(total[0], 'All centres');
  assert.equal(cell(total, 'QC pass rate (%)'), '66.7');
  assert.equal(cell(total, 'queries overdue'), '1');
  assert.equal(rows.length, 4);

  const rules = await api(w, w.s.manager!, 'GET', '/qc/dashboard.csv?table=failed-rules');
  assert.equal(rules.body, 'centre,rule,label,exams\r\nCHU Nord (démo),cine-sax/slice-thickness,Slice thickness,1\r\nAll centres,cine-sax/slice-thickness,Slice thickness,1\r\n');
  const artefacts = await api(w, w.s['dm-south']!, 'GET', '/qc/dashboard.csv?table=artefacts');
  assert.equal(artefacts.body, 'centre,artefact,series\r\nHôpital Sud (démo),respiratory-motion,1\r\n');
  const exports = await auditActions(w, { action: 'qc.dashboard-exported' });
  assert.deepEqual(exports.map((e) => [e.actor_role, JSON.parse(e.details).format, JSON.parse(e.details).centre]), [
    ['core_lab_manager', 'csv:centres', 'all'],
    ['core_lab_manager', 'csv:failed-rules', 'all'],
    ['centre_data_manager', 'csv:artefacts', w.southId],
  ]);
  const bad = await api(w, w.s.manager!, 'GET', '/qc/dashboard.csv?table=everything');
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.json().code, 'request.invalid-querystring');
});

test('percentiles interpolate between closest ranks, to a tenth of a day', () => {
  const table: Array<[number[], number, number | null]> = [
    [[], 0.5, null],
    [[5], 0.9, 5],
    [[2, 4], 0.5, 3],
    [[2, 4], 0.9, 3.8],
    [[1, 2, 3, 4, 10], 0.5, 3],
    [[10, 1, 4, 3, 2], 0.9, 7.6],
    [[0.04, 0.05], 0.5, 0],
  ];
  for (const [values, p, expected] of table) assert.equal(percentile(values, p), expected, `${values} p${p}`);
});
