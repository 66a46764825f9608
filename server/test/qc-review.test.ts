// The QC review through the API: the queue (never the reviewer's own centre, never a subject whose
// consent stops processing), claiming, grading each series on the checklist, the verdict and the
// exam state it gives, releasing, re-submission during and after a review; every refusal specific
// and writing nothing; every step on the audit trail.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { makeInstance } from './imaging-fixtures.ts';
import { api, auditActions, createQcWorld, register, resendCine, review, stow, submit, submitNewExam, type QcWorld } from './qc-review-fixtures.ts';
import { DEMO_PASSWORD, signIn } from './support/test-platform.ts';

let w: QcWorld;
before(async () => {
  w = await createQcWorld();
  for (const code of ['N001', 'N002', 'N003', 'N004', 'N005', 'N006', 'N007']) await register(w, code, 'north');
  for (const code of ['S001', 'S002']) await register(w, code, 'south');
});
after(() => w.platform.close());

type Queue = Array<{ studyInstanceUid: string; centreId: string; state: string; review: { reviewerName: string } | null }>;
const queue = async (who: string, query = '') => {
  const r = await api(w, w.s[who]!, 'GET', `/qc/review-queue${query}`);
  assert.equal(r.statusCode, 200, r.body);
  return r.json() as Queue;
};
const examState = async (study: string) => ((await api(w, w.s.manager!, 'GET', `/exams/${study}`)).json() as { state: string }).state;
async function counts() {
  const n = async (table: 'qc_review' | 'qc_review_grade' | 'qc_query' | 'qc_query_message' | 'audit_event') =>
    Number((await w.platform.services.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
  return { reviews: await n('qc_review'), grades: await n('qc_review_grade'), queries: await n('qc_query'), messages: await n('qc_query_message'), audit: await n('audit_event') };
}

let northGood: string;
let southGood: string;

test('the queue: exams awaiting review of other centres for a QC reviewer, all for the manager, oldest first', async () => {
  northGood = (await submitNewExam(w, 'N001', 'north')).study;
  southGood = (await submitNewExam(w, 'S001', 'south')).study;
  const failed = await submitNewExam(w, 'N002', 'north', { thickness: 10 });
  assert.equal(failed.state, 'checks-failed');
  assert.deepEqual((await queue('qc')).map((e) => e.studyInstanceUid), [northGood, southGood]);
  assert.deepEqual((await queue('qc-north')).map((e) => e.studyInstanceUid), [southGood]);
  assert.deepEqual((await queue('manager')).map((e) => e.studyInstanceUid), [northGood, southGood]);
  for (const who of ['datamanager', 'auditor', 'reader1']) {
    const r = await api(w, w.s[who]!, 'GET', '/qc/review-queue');
    assert.equal(r.statusCode, 403, who);
    assert.equal(r.json().code, 'access.role-required');
  }
});

test('a reviewer claims, grades each series on the checklist and passes the exam; each step audited', async () => {
  const claimed = await api(w, w.s.qc!, 'POST', `/exams/${northGood}/review`);
  assert.equal(claimed.statusCode, 201, claimed.body);
  const view = claimed.json();
  assert.equal(view.status, 'in-progress');
  assert.equal(view.round, 1);
  assert.equal(view.checklistVersion, 1);
  assert.deepEqual(view.seriesToGrade.map((x: { name: string }) => x.name), ['cine-sax', 'lge-sax']);
  const lge = view.seriesToGrade.find((x: { name: string }) => x.name === 'lge-sax');
  assert.ok(lge.artefacts.includes('inadequate-nulling') && !lge.artefacts.includes('off-resonance'));
  assert.equal(await examState(northGood), 'in-review');
  const q = await queue('qc');
  assert.deepEqual(q.find((e) => e.studyInstanceUid === northGood)!.review!.reviewerName, 'Quentin Qualité');
  assert.deepEqual((await queue('qc', '?mine=true')).map((e) => e.studyInstanceUid), [northGood]);
  assert.deepEqual(await queue('qc2', '?mine=true'), []);

  const again = await api(w, w.s.qc2!, 'POST', `/exams/${northGood}/review`);
  assert.equal(again.statusCode, 409);
  assert.equal(again.json().code, 'review.already-claimed');
  assert.equal(again.json().reviewerId, view.reviewerId);
  const other = await api(w, w.s.qc2!, 'PUT', `/exams/${northGood}/review/grades/cine-sax`, { grade: 'good', artefacts: [] });
  assert.equal(other.statusCode, 403);
  assert.equal(other.json().code, 'review.claimed-by-another');

  const g1 = await api(w, w.s.qc!, 'PUT', `/exams/${northGood}/review/grades/cine-sax`, { grade: 'acceptable', artefacts: ['ecg-gating'], comment: ' mild gating artefact ' });
  assert.equal(g1.statusCode, 200, g1.body);
  const g2 = await api(w, w.s.qc!, 'PUT', `/exams/${northGood}/review/grades/lge-sax`, { grade: 'good', artefacts: [] });
  assert.equal(g2.statusCode, 200, g2.body);
  const regrade = await api(w, w.s.qc!, 'PUT', `/exams/${northGood}/review/grades/cine-sax`, { grade: 'good', artefacts: [] });
  assert.deepEqual(regrade.json().grades.map((g: { seriesName: string; grade: string }) => [g.seriesName, g.grade]).sort(), [['cine-sax', 'good'], ['lge-sax', 'good']]);

  const done = await api(w, w.s.qc!, 'POST', `/exams/${northGood}/review/verdict`, { verdict: 'pass' });
  assert.equal(done.statusCode, 200, done.body);
  const d = done.json();
  assert.equal(d.status, 'completed');
  assert.equal(d.verdict, 'pass');
  assert.equal(d.queryId, null);
  assert.equal(d.seriesToGrade, null);
  assert.equal(await examState(northGood), 'qc-passed');
  assert.ok(!(await queue('qc')).some((e) => e.studyInstanceUid === northGood));

  const trail = (await auditActions(w)).filter((e) => e.action.startsWith('qc.review-') && JSON.parse(e.details).studyInstanceUID === northGood);
  assert.deepEqual(trail.map((e) => e.action), ['qc.review-claimed', 'qc.review-series-graded', 'qc.review-series-graded', 'qc.review-series-graded', 'qc.review-completed']);
  assert.ok(trail.every((e) => e.actor_role === 'qc_reviewer'));
  assert.deepEqual(JSON.parse(trail.at(-1)!.details), { checklistVersion: 1, grades: ['cine-sax:good', 'lge-sax:good'], round: 1, studyInstanceUID: northGood, verdict: 'pass' });

  // A passed exam is final: the centre cannot submit it again, nobody can claim it.
  const resubmit = await submit(w, northGood, 'north');
  assert.equal(resubmit.statusCode, 409);
  assert.equal(resubmit.json().code, 'exam.not-resubmittable');
  const reclaim = await api(w, w.s.qc2!, 'POST', `/exams/${northGood}/review`);
  assert.equal(reclaim.statusCode, 409);
  assert.equal(reclaim.json().code, 'review.not-awaiting-review');

  // The centre reads the completed review; the auditor too.
  const history = await api(w, w.s.datamanager!, 'GET', `/exams/${northGood}/reviews`);
  assert.equal(history.statusCode, 200, history.body);
  assert.deepEqual(history.json().map((r: { verdict: string }) => r.verdict), ['pass']);
  assert.equal((await api(w, w.s.auditor!, 'GET', `/exams/${northGood}/review`)).json().verdict, 'pass');
});

test('two reviewers claiming at once: one gets the exam, the other a conflict', async () => {
  const { study } = await submitNewExam(w, 'N003', 'north');
  const [a, b] = await Promise.all([api(w, w.s.qc!, 'POST', `/exams/${study}/review`), api(w, w.s.qc2!, 'POST', `/exams/${study}/review`)]);
  assert.deepEqual([a.statusCode, b.statusCode].sort(), [201, 409]);
  assert.equal((a.statusCode === 409 ? a : b).json().code, 'review.already-claimed');
  const rows = await w.platform.services.db.selectFrom('qc_review as r').innerJoin('exam as e', 'e.id', 'r.exam_id').select('r.status').where('e.study_instance_uid', '=', study).execute();
  assert.deepEqual(rows, [{ status: 'in-progress' }]);
  const winner = a.statusCode === 201 ? w.s.qc! : w.s.qc2!;
  assert.equal((await api(w, winner, 'POST', `/exams/${study}/review/release`, { reason: 'claimed for the concurrency test' })).statusCode, 200);
});

test('separation of duties: a QC reviewer of CHU Nord cannot claim or read a CHU Nord exam', async () => {
  const { study } = await submitNewExam(w, 'N007', 'north');
  const claim = await api(w, w.s['qc-north']!, 'POST', `/exams/${study}/review`);
  assert.equal(claim.statusCode, 403);
  assert.equal(claim.json().code, 'separation-of-duties.no-review-of-own-centre');
  const query = await api(w, w.s['qc-north']!, 'POST', `/exams/${study}/queries`, { text: 'which coil?' });
  assert.equal(query.statusCode, 403);
  assert.equal(query.json().code, 'separation-of-duties.no-review-of-own-centre');
  const southClaim = await api(w, w.s['qc-north']!, 'POST', `/exams/${southGood}/review`);
  assert.equal(southClaim.statusCode, 201, southClaim.body);
  const released = await api(w, w.s['qc-north']!, 'POST', `/exams/${southGood}/review/release`, { reason: 'on leave next week' });
  assert.equal(released.statusCode, 200, released.body);
  assert.equal(released.json().status, 'released');
  assert.equal(await examState(southGood), 'awaiting-review');
});

test('bad grades and verdicts get specific refusals and write nothing', async () => {
  const { study } = await submitNewExam(w, 'S002', 'south');
  assert.equal((await api(w, w.s.qc!, 'POST', `/exams/${study}/review`)).statusCode, 201);
  const before = await counts();
  const grade = (series: string, payload: object) => api(w, w.s.qc!, 'PUT', `/exams/${study}/review/grades/${series}`, payload);
  const cases: Array<[Promise<{ statusCode: number; json(): { code: string } }>, number, string]> = [
    [grade('cine-4ch', { grade: 'good', artefacts: [] }), 400, 'review.unknown-series'],
    [grade('cine-sax', { grade: 'good', artefacts: ['lens-flare'] }), 400, 'review.unknown-artefact'],
    [grade('lge-sax', { grade: 'good', artefacts: ['off-resonance'] }), 400, 'review.artefact-not-applicable'],
    [grade('cine-sax', { grade: 'poor', artefacts: ['respiratory-motion'] }), 400, 'review.comment-required'],
    [grade('cine-sax', { grade: 'poor', artefacts: [], comment: '   ' }), 400, 'review.comment-required'],
    [grade('cine-sax', { grade: 'excellent', artefacts: [] }), 400, 'request.invalid-body'],
    [grade('cine-sax', { grade: 'good', artefacts: ['metal', 'metal'] }), 400, 'request.invalid-body'],
    [grade('cine-sax', { grade: 'good' }), 400, 'request.invalid-body'],
    [api(w, w.s.qc!, 'POST', `/exams/${study}/review/verdict`, { verdict: 'pass' }), 409, 'review.series-not-graded'],
    [api(w, w.s.qc!, 'POST', `/exams/${study}/review/verdict`, { verdict: 'fail' }), 400, 'review.reason-required'],
    [api(w, w.s.qc!, 'POST', `/exams/${study}/review/verdict`, { verdict: 'pass-with-remarks', reason: ' ' }), 400, 'review.reason-required'],
    [api(w, w.s.qc!, 'POST', `/exams/${study}/review/verdict`, { verdict: 'fail', reason: 'blurred', queryDueDate: '2001-01-01' }), 400, 'query.due-date-past'],
    [api(w, w.s.qc!, 'POST', `/exams/${study}/review/verdict`, { verdict: 'maybe' }), 400, 'request.invalid-body'],
    [api(w, w.s.manager!, 'POST', `/exams/${study}/review/verdict`, { verdict: 'pass' }), 403, 'access.role-required'],
    [api(w, w.s.qc!, 'POST', `/exams/${northGood}/review/verdict`, { verdict: 'pass' }), 409, 'review.not-in-progress'],
    [api(w, w.s.qc!, 'POST', `/exams/2.25.1/review`), 404, 'exam.study-not-found'],
  ];
  for (const [response, status, code] of cases) {
    const r = await response;
    assert.equal(r.statusCode, status, `${code}: ${JSON.stringify(r.json())}`);
    assert.equal(r.json().code, code);
  }
  assert.deepEqual(await counts(), before);

  // A non-diagnostic series cannot pass; the comment length is the checklist's (2000 by default).
  assert.equal((await grade('cine-sax', { grade: 'non-diagnostic', artefacts: ['respiratory-motion'], comment: 'x'.repeat(2001) })).json().code, 'review.comment-too-long');
  assert.equal((await grade('cine-sax', { grade: 'non-diagnostic', artefacts: ['respiratory-motion'], comment: 'unreadable' })).statusCode, 200);
  assert.equal((await grade('lge-sax', { grade: 'good', artefacts: [] })).statusCode, 200);
  for (const verdict of ['pass', 'pass-with-remarks']) {
    const r = await api(w, w.s.qc!, 'POST', `/exams/${study}/review/verdict`, { verdict, reason: 'fine' });
    assert.equal(r.statusCode, 409);
    assert.equal(r.json().code, 'review.verdict-contradicts-grades');
  }
  const released = await api(w, w.s.manager!, 'POST', `/exams/${study}/review/release`, { reason: 'reassigned to another reviewer' });
  assert.equal(released.statusCode, 200, released.body);
  const notClaimed = await api(w, w.s.qc!, 'POST', `/exams/${study}/review/release`, { reason: 'again' });
  assert.equal(notClaimed.statusCode, 409);
  assert.equal(notClaimed.json().code, 'review.not-in-progress');
});

test('a failed review opens a query; the centre re-sends and re-submits; a new round passes with remarks', async () => {
  const { study } = await submitNewExam(w, 'N004', 'north');
  const failed = await review(w, w.s.qc!, study, 'fail', { cine: 'poor' });
  assert.ok(failed.queryId);
  assert.equal(await examState(study), 'qc-failed');
  const query = (await api(w, w.s.datamanager!, 'GET', `/queries/${failed.queryId}`)).json();
  assert.equal(query.origin, 'review-verdict');
  assert.equal(query.state, 'open');
  assert.equal(query.question, 'respiratory motion on the stack');

  const resubmitted = await resendCine(w, 'N004', study, 'north', 8);
  assert.equal(resubmitted.statusCode, 200, resubmitted.body);
  assert.equal(resubmitted.json().state, 'awaiting-review');
  const answered = (await api(w, w.s.qc!, 'GET', `/queries/${failed.queryId}`)).json();
  assert.equal(answered.state, 'answered');
  assert.deepEqual(answered.thread.map((m: { kind: string; authorRole: string }) => [m.kind, m.authorRole]), [['question', 'qc_reviewer'], ['resubmission', 'centre_data_manager']]);

  await review(w, w.s.qc2!, study, 'pass-with-remarks', { cine: 'acceptable' });
  assert.equal(await examState(study), 'qc-passed-with-remarks');
  const history = (await api(w, w.s.manager!, 'GET', `/exams/${study}/reviews`)).json();
  assert.deepEqual(history.map((r: { round: number; verdict: string; submission: number }) => [r.round, r.verdict, r.submission]), [[2, 'pass-with-remarks', 2], [1, 'fail', 1]]);
});

test('re-submission during a review: the review goes on while the checks pass (re-sent series graded again), and is cancelled when they fail', async () => {
  const { study } = await submitNewExam(w, 'N005', 'north');
  assert.equal((await api(w, w.s.qc!, 'POST', `/exams/${study}/review`)).statusCode, 201);
  for (const series of ['cine-sax', 'lge-sax']) assert.equal((await api(w, w.s.qc!, 'PUT', `/exams/${study}/review/grades/${series}`, { grade: 'good', artefacts: [] })).statusCode, 200);
  const asked = await api(w, w.s.qc!, 'POST', `/exams/${study}/queries`, { text: 'The cine stack looks truncated: please re-send it complete.' });
  assert.equal(asked.statusCode, 201, asked.body);

  const passing = await resendCine(w, 'N005', study, 'north', 7);
  assert.equal(passing.json().state, 'in-review');
  assert.equal((await api(w, w.s.qc!, 'GET', `/queries/${asked.json().id}`)).json().state, 'answered');
  const stale = await api(w, w.s.qc!, 'POST', `/exams/${study}/review/verdict`, { verdict: 'pass' });
  assert.equal(stale.statusCode, 409);
  assert.equal(stale.json().code, 'review.series-not-graded');
  assert.deepEqual(stale.json().series, ['cine-sax']);

  // The checks pick the best of several candidate series: a thick slice added to every cine series fails them all.
  const detail = (await api(w, w.s.datamanager!, 'GET', `/exams/${study}`)).json() as { conformance: { series: Array<{ name: string; seriesInstanceUid: string; otherCandidates: string[] }> } };
  const cine = detail.conformance.series.find((x) => x.name === 'cine-sax')!;
  await stow(w, w.s.datamanager!, [cine.seriesInstanceUid, ...cine.otherCandidates].map((series) => makeInstance({ subject: 'N005', study, series, instanceNumber: 9, extra: { SeriesDescription: 'cine sax', SliceThickness: 12, MagneticFieldStrength: 1.5 } })));
  const failing = await submit(w, study, 'north');
  assert.equal(failing.json().state, 'checks-failed');
  const reviews = (await api(w, w.s.manager!, 'GET', `/exams/${study}/reviews`)).json();
  assert.equal(reviews[0].status, 'cancelled');
  const cancelled = await auditActions(w, { action: 'qc.review-cancelled', targetId: reviews[0].id });
  assert.equal(cancelled.length, 1);
  assert.equal(cancelled[0]!.actor_role, 'system');
  const notHeld = await api(w, w.s.qc!, 'PUT', `/exams/${study}/review/grades/cine-sax`, { grade: 'good', artefacts: [] });
  assert.equal(notHeld.statusCode, 409);
  assert.equal(notHeld.json().code, 'review.not-in-progress');
});

test('an objection recorded while an exam waits in QC removes it from the queue and every listing, stops the review, and is on the audit trail', async () => {
  const { study } = await submitNewExam(w, 'N006', 'north', { thickness: 10 });
  const fixed = await resendCine(w, 'N006', study, 'north', 8);
  assert.equal(fixed.json().state, 'awaiting-review');
  assert.ok((await queue('qc')).some((e) => e.studyInstanceUid === study));
  const queryList = async (who: string) => ((await api(w, w.s[who]!, 'GET', `/queries?studyInstanceUid=${study}`)).json() as unknown[]).length;
  assert.equal(await queryList('qc'), 1);
  assert.equal(await queryList('datamanager'), 1);
  const examList = async (who: string) => ((await api(w, w.s[who]!, 'GET', '/exams')).json() as Array<{ studyInstanceUid: string }>).some((e) => e.studyInstanceUid === study);
  assert.equal(await examList('qc'), true);

  const subject = await w.platform.services.db.selectFrom('subject').select('id').where('code', '=', 'N006').executeTakeFirstOrThrow();
  const objection = await api(w, w.s.datamanager!, 'POST', `/subjects/${subject.id}/consent-events`, { kind: 'objection', date: new Date().toISOString().slice(0, 10), channel: 'letter' });
  assert.equal(objection.statusCode, 201, objection.body);

  assert.ok(!(await queue('qc')).some((e) => e.studyInstanceUid === study));
  assert.ok(!(await queue('manager')).some((e) => e.studyInstanceUid === study));
  assert.equal(await queryList('qc'), 0);
  assert.equal(await queryList('manager'), 0);
  assert.equal(await queryList('datamanager'), 0);
  assert.equal(await examList('qc'), false);
  const claim = await api(w, w.s.qc!, 'POST', `/exams/${study}/review`);
  assert.equal(claim.statusCode, 409);
  assert.equal(claim.json().code, 'exam.subject-not-processable');
  const read = await api(w, w.s.qc!, 'GET', `/exams/${study}/reviews`);
  assert.equal(read.statusCode, 409);
  assert.equal(read.json().code, 'exam.subject-not-processable');

  const trail = await auditActions(w, { targetId: subject.id });
  assert.ok(trail.some((e) => e.action === 'subject.processing-stopped'), JSON.stringify(trail.map((e) => e.action)));
  const recorded = trail.find((e) => e.action === 'subject.consent-event-recorded')!;
  assert.equal(JSON.parse(recorded.details).kind, 'objection');
});

test("a person who is both a data manager and a QC reviewer of CHU Nord sees no review of a CHU Nord exam in progress, only completed ones", async () => {
  const system = { actor: null, requestId: null };
  const user = await w.platform.services.users.create(system, { username: 'dm-qc-north', displayName: 'dm-qc-north person', organisationId: w.northId, password: DEMO_PASSWORD });
  for (const role of ['centre_data_manager', 'qc_reviewer']) await w.platform.services.memberships.grant(system, w.projectId, { userId: user.id, role, reason: 'test set-up' });
  const both = await signIn(w.platform.app, 'dm-qc-north');
  await register(w, 'N008', 'north');
  const { study } = await submitNewExam(w, 'N008', 'north');
  assert.equal((await api(w, w.s.qc!, 'POST', `/exams/${study}/review`)).statusCode, 201);
  assert.equal((await api(w, w.s.qc!, 'PUT', `/exams/${study}/review/grades/cine-sax`, { grade: 'good', artefacts: [] })).statusCode, 200);

  const asReviewer = await api(w, w.s.qc!, 'GET', `/exams/${study}/reviews`);
  assert.equal((asReviewer.json() as unknown[]).length, 1, 'the reviewer of another centre sees the review in progress');
  const reviews = await api(w, both, 'GET', `/exams/${study}/reviews`);
  assert.equal(reviews.statusCode, 200, reviews.body);
  assert.deepEqual(reviews.json(), [], 'their own centre: completed reviews only, as for any data manager');
  const current = await api(w, both, 'GET', `/exams/${study}/review`);
  assert.equal(current.statusCode, 404, current.body);
  assert.equal(current.json().code, 'review.none');
});
