// Exams through the API: a centre stores a study by STOW-RS and submits it; the conformance checks
// run against the protocol version of its first submission; the results are stored per rule; who
// sees which exam; a re-sent series and a re-submission; every refusal specific, nothing half-written.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CARDIAC_MR_PROTOCOL } from '../src/qc/cardiac-mr-protocol.ts';
import { makeInstance, stowBody, uid } from './imaging-fixtures.ts';
import { createTestPlatform, DEMO_PASSWORD, signIn, type Session, type TestPlatform } from './support/test-platform.ts';

let platform: TestPlatform;
let projectId: string;
let northId: string;
let southId: string;
const s: Record<string, Session> = {};
const system = { actor: null, requestId: null };

before(async () => {
  platform = await createTestPlatform({ env: { CORELAB_LOGIN_RATE_PER_MINUTE: '10000' } });
  projectId = platform.demo!.projectId;
  const orgs = await platform.services.db.selectFrom('organisation').select(['id', 'name']).execute();
  northId = orgs.find((o) => o.name.startsWith('CHU Nord'))!.id;
  southId = orgs.find((o) => o.name.startsWith('Hôpital Sud'))!.id;
  for (const [username, organisationId, role] of [['dm-south', southId, 'centre_data_manager'], ['qc-north', northId, 'qc_reviewer']] as const) {
    const user = await platform.services.users.create(system, { username, displayName: username, organisationId, password: DEMO_PASSWORD });
    await platform.services.memberships.grant(system, projectId, { userId: user.id, role, reason: 'test set-up' });
  }
  for (const u of ['datamanager', 'dm-south', 'qc', 'qc-north', 'manager', 'auditor', 'statistician', 'reader1']) s[u] = await signIn(platform.app, u);
  for (const code of ['N001', 'N002', 'N003', 'N004']) await register(s.datamanager!, code, northId);
  await register(s['dm-south']!, 'S001', southId);
});
after(() => platform.close());

async function register(session: Session, code: string, centreId: string) {
  const r = await platform.app.inject({ method: 'POST', url: `/api/projects/${projectId}/subjects`, headers: session.headers, payload: { code, centreId, consentStatus: 'consented' } });
  assert.equal(r.statusCode, 201, r.body);
}

interface SeriesSpec {
  description: string;
  scanningSequence: string[];
  slices: number;
  phases: number;
  thickness?: number;
  spacing?: number;
  seriesNumber: number;
  skipSlices?: number[];
  burnedIn?: 'YES' | 'NO';
}

const CINE_SAX: SeriesSpec = { description: 'cine SAX stack', scanningSequence: ['GR'], slices: 8, phases: 20, seriesNumber: 201 };
const CINE_4CH: SeriesSpec = { description: 'cine 4CH', scanningSequence: ['GR'], slices: 1, phases: 20, seriesNumber: 101 };
const LGE_SAX: SeriesSpec = { description: 'LGE PSIR SAX', scanningSequence: ['GR', 'IR'], slices: 8, phases: 1, seriesNumber: 301 };

/** The instances of one series, with the headers the conformance checks read (32 × 32 pixels). */
function series(subject: string, study: string, spec: SeriesSpec, seriesUid = uid()): Buffer[] {
  const parts: Buffer[] = [];
  const thickness = spec.thickness ?? 8;
  const spacing = spec.spacing ?? 10;
  for (let slice = 0; slice < spec.slices; slice++) {
    if (spec.skipSlices?.includes(slice)) continue;
    for (let phase = 0; phase < spec.phases; phase++) {
      parts.push(
        makeInstance({
          subject,
          study,
          series: seriesUid,
          seriesNumber: spec.seriesNumber,
          instanceNumber: slice * spec.phases + phase + 1,
          extra: {
            SeriesDescription: spec.description,
            ScanningSequence: spec.scanningSequence,
            CardiacNumberOfImages: spec.phases,
            TriggerTime: spec.phases > 1 ? phase * 40 : 450,
            SliceThickness: thickness,
            SpacingBetweenSlices: spacing,
            ImageOrientationPatient: [0.6, 0.8, 0, 0, 0, -1],
            ImagePositionPatient: [-100 + slice * spacing * 0.8, 50 - slice * spacing * 0.6, 20],
            PixelSpacing: [1.5, 1.5],
            MagneticFieldStrength: 1.5,
            BurnedInAnnotation: spec.burnedIn ?? 'NO',
          },
        }),
      );
    }
  }
  return parts;
}

async function stow(session: Session, parts: Buffer[]) {
  const { body, contentType } = stowBody(parts);
  const r = await platform.app.inject({ method: 'POST', url: `/dicomweb/projects/${projectId}/studies`, headers: { ...session.headers, 'content-type': contentType, accept: 'application/dicom+json' }, payload: body });
  assert.equal(r.statusCode, 200, r.body.slice(0, 500));
}

async function exam(subject: string, sax: Partial<SeriesSpec> = {}, session = s.datamanager!): Promise<string> {
  const study = uid();
  await stow(session, [...series(subject, study, CINE_4CH), ...series(subject, study, { ...CINE_SAX, ...sax }), ...series(subject, study, LGE_SAX)]);
  return study;
}

const submit = (study: string, session = s.datamanager!, payload?: object) =>
  platform.app.inject({ method: 'POST', url: `/api/projects/${projectId}/exams/${study}/submit`, headers: session.headers, ...(payload && { payload }) });
const getExam = (study: string, session: Session) => platform.app.inject({ url: `/api/projects/${projectId}/exams/${study}`, headers: session.headers });
const listExams = async (session: Session, query = '') => {
  const r = await platform.app.inject({ url: `/api/projects/${projectId}/exams${query}`, headers: session.headers });
  assert.equal(r.statusCode, 200, r.body);
  return r.json() as Array<{ studyInstanceUid: string; state: string; centreId: string }>;
};

async function rowCounts() {
  const count = async (table: 'exam' | 'conformance_run' | 'conformance_result') => Number((await platform.services.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
  const audit = await platform.services.db.selectFrom('audit_event').select((eb) => eb.fn.countAll<string>().as('n')).where('action', '=', 'exam.submitted').executeTakeFirstOrThrow();
  return { exams: await count('exam'), runs: await count('conformance_run'), results: await count('conformance_result'), audit: Number(audit.n) };
}

type Detail = {
  state: string;
  conformanceVerdict: string;
  failedRules: number;
  submissions: number;
  protocolVersion: number;
  conformance: { verdict: string; submission: number; series: Array<{ name: string; seriesInstanceUid: string | null; seriesNumber: number; otherCandidates: string[]; results: Array<{ rule: string; verdict: string; measured: unknown; unit: string | null; reason: string; expected: Record<string, unknown> }> }> };
  runs: Array<{ submission: number; verdict: string; protocolVersion: number; comment: string | null }>;
};
const failures = (d: Detail) => d.conformance.series.flatMap((x) => x.results.filter((r) => r.verdict === 'fail').map((r) => `${x.name}/${r.rule}`));

let goodStudy: string;
let thickStudy: string;

test('a conforming exam submitted by its centre passes every rule and awaits review; the run is stored and audited', async () => {
  goodStudy = await exam('N001');
  const listed = await listExams(s.datamanager!, '?state=receiving');
  assert.ok(listed.some((e) => e.studyInstanceUid === goodStudy));
  const before = await rowCounts();
  const r = await submit(goodStudy, s.datamanager!, { comment: 'complete exam' });
  assert.equal(r.statusCode, 200, r.body);
  const d = r.json() as Detail;
  assert.equal(d.state, 'awaiting-review');
  assert.equal(d.conformanceVerdict, 'pass');
  assert.equal(d.failedRules, 0);
  assert.equal(d.protocolVersion, 1);
  assert.deepEqual(failures(d), []);
  assert.deepEqual(d.conformance.series.map((x) => [x.name, x.seriesNumber]), [['cine-sax', 201], ['cine-4ch', 101], ['lge-sax', 301]]);
  const sax = d.conformance.series[0]!;
  const byRule = Object.fromEntries(sax.results.map((x) => [x.rule, x]));
  assert.deepEqual(byRule['slice-thickness']!.measured, [8]);
  assert.equal(byRule['slice-thickness']!.unit, 'mm');
  assert.deepEqual(byRule['slice-thickness']!.expected, { measure: 'sliceThickness', min: 6, max: 8 });
  assert.deepEqual(byRule['slice-gap']!.measured, [2]);
  assert.deepEqual(byRule['coverage']!.measured, [78]);
  assert.deepEqual(byRule['cardiac-phases']!.measured, [20]);
  assert.deepEqual(byRule['temporal-resolution']!.measured, [40]);
  assert.equal(byRule['present']!.verdict, 'pass');
  const lge = Object.fromEntries(d.conformance.series[2]!.results.map((x) => [x.rule, x.verdict]));
  assert.equal(lge['missing-slices'], 'pass');

  const after = await rowCounts();
  const resultsPerRun = CARDIAC_MR_PROTOCOL.series.reduce((n, x) => n + x.rules.length + 1, 0);
  assert.deepEqual(after, { exams: before.exams + 1, runs: before.runs + 1, results: before.results + resultsPerRun, audit: before.audit + 1 });
  const event = await platform.services.db.selectFrom('audit_event').selectAll().where('action', '=', 'exam.submitted').orderBy('seq', 'desc').executeTakeFirstOrThrow();
  assert.equal(event.actor_role, 'centre_data_manager');
  assert.equal(event.reason, 'complete exam');
  assert.deepEqual(JSON.parse(event.details), { failedRules: [], protocolVersion: 1, state: 'awaiting-review', studyInstanceUID: goodStudy, submission: 1, verdict: 'pass' });
});

test('a flawed series fails the rule that measures it, with the value measured; re-sending the series and submitting again passes', async () => {
  thickStudy = await exam('N002', { thickness: 10 });
  const r = await submit(thickStudy);
  assert.equal(r.statusCode, 200, r.body);
  const d = r.json() as Detail;
  assert.equal(d.state, 'checks-failed');
  assert.deepEqual(failures(d), ['cine-sax/slice-thickness']);
  const rule = d.conformance.series[0]!.results.find((x) => x.rule === 'slice-thickness')!;
  assert.deepEqual(rule.measured, [10]);
  assert.equal(rule.reason, 'sliceThickness 10 mm is above the maximum 8 mm');

  // The protocol changes meanwhile: the exam stays checked against the version of its first submission.
  const stricter = JSON.parse(JSON.stringify(CARDIAC_MR_PROTOCOL)) as typeof CARDIAC_MR_PROTOCOL;
  stricter.series[0]!.rules.find((x) => x.id === 'cardiac-phases')!.min = 25;
  const v2 = await platform.app.inject({ method: 'POST', url: `/api/projects/${projectId}/protocols`, headers: s.manager!.headers, payload: { definition: stricter, reason: 'at least 25 phases' } });
  assert.equal(v2.statusCode, 201, v2.body);

  const resent = series('N002', thickStudy, { ...CINE_SAX, seriesNumber: 202 });
  await stow(s.datamanager!, resent);
  const again = await submit(thickStudy, s.datamanager!, { comment: 'short-axis stack re-acquired at 8 mm' });
  assert.equal(again.statusCode, 200, again.body);
  const d2 = again.json() as Detail;
  assert.equal(d2.state, 'awaiting-review');
  assert.equal(d2.submissions, 2);
  assert.equal(d2.protocolVersion, 1);
  assert.equal(d2.conformance.series[0]!.seriesNumber, 202);
  assert.equal(d2.conformance.series[0]!.otherCandidates.length, 1);
  assert.deepEqual(d2.runs.map((x) => [x.submission, x.verdict, x.protocolVersion, x.comment]), [[2, 'pass', 1, 'short-axis stack re-acquired at 8 mm'], [1, 'fail', 1, null]]);

  // A new exam is checked against the version current when it is first submitted: v2.
  const fresh = await exam('N003');
  const d3 = (await submit(fresh)).json() as Detail;
  assert.equal(d3.protocolVersion, 2);
  assert.deepEqual(failures(d3), ['cine-sax/cardiac-phases']);
  const v3 = await platform.app.inject({ method: 'POST', url: `/api/projects/${projectId}/protocols`, headers: s.manager!.headers, payload: { definition: CARDIAC_MR_PROTOCOL, reason: 'back to 20 phases' } });
  assert.equal(v3.json().version, 3);
});

test('a missing series fails its presence rule and its other rules do not apply', async () => {
  const study = uid();
  await stow(s.datamanager!, [...series('N001', study, CINE_SAX), ...series('N001', study, LGE_SAX)]);
  const d = (await submit(study)).json() as Detail;
  assert.deepEqual(failures(d), ['cine-4ch/present']);
  const ch4 = d.conformance.series.find((x) => x.name === 'cine-4ch')!;
  assert.equal(ch4.seriesInstanceUid, null);
  assert.ok(ch4.results.slice(1).every((x) => x.verdict === 'not-applicable' && x.reason.startsWith('series missing')));
});

test('who sees which exam: own centre for a data manager, other centres for a QC reviewer, all for the manager and auditor', async () => {
  const southStudy = await exam('S001', {}, s['dm-south']!);
  const north = (e: { centreId: string }) => e.centreId === northId;
  assert.ok((await listExams(s.datamanager!)).every(north));
  assert.deepEqual((await listExams(s['dm-south']!)).map((e) => e.studyInstanceUid), [southStudy]);
  const coreLabQc = await listExams(s.qc!);
  assert.ok(coreLabQc.some(north) && coreLabQc.some((e) => e.studyInstanceUid === southStudy));
  assert.deepEqual((await listExams(s['qc-north']!)).map((e) => e.studyInstanceUid), [southStudy]);
  const all = await listExams(s.manager!);
  assert.deepEqual((await listExams(s.auditor!)).map((e) => e.studyInstanceUid).sort(), all.map((e) => e.studyInstanceUid).sort());
  const failedOnes = await listExams(s.manager!, '?state=checks-failed');
  assert.ok(failedOnes.length >= 2 && failedOnes.every((e) => e.state === 'checks-failed'), JSON.stringify(failedOnes));

  const own = await getExam(goodStudy, s['qc-north']!);
  assert.equal(own.statusCode, 403);
  assert.equal(own.json().code, 'separation-of-duties.no-review-of-own-centre');
  const other = await getExam(goodStudy, s['dm-south']!);
  assert.equal(other.statusCode, 403);
  assert.equal(other.json().code, 'exam.other-centre');
  assert.equal((await getExam(goodStudy, s.qc!)).statusCode, 200);
  for (const refused of [s.statistician!, s.reader1!]) assert.equal((await getExam(goodStudy, refused)).statusCode, 403);
});

test('an objection takes the exam out of the QC reviewers\' view and stops submission', async () => {
  const study = await exam('N004');
  const subject = await platform.services.db.selectFrom('subject').select('id').where('code', '=', 'N004').executeTakeFirstOrThrow();
  const objection = await platform.app.inject({
    method: 'POST',
    url: `/api/projects/${projectId}/subjects/${subject.id}/consent-events`,
    headers: s.datamanager!.headers,
    payload: { kind: 'objection', date: new Date().toISOString().slice(0, 10), channel: 'letter' },
  });
  assert.equal(objection.statusCode, 201, objection.body);
  const before = await rowCounts();
  const r = await submit(study);
  assert.equal(r.statusCode, 409);
  assert.equal(r.json().code, 'exam.subject-not-processable');
  assert.deepEqual(await rowCounts(), before);
  assert.ok(!(await listExams(s.qc!)).some((e) => e.studyInstanceUid === study));
  const seen = await getExam(study, s.qc!);
  assert.equal(seen.statusCode, 409);
  assert.equal(seen.json().code, 'exam.subject-not-processable');
  const own = (await listExams(s.datamanager!)).find((e) => e.studyInstanceUid === study) as unknown as { processingAllowed: boolean };
  assert.equal(own.processingAllowed, false);
});

test('bad submissions get specific refusals and write nothing', async () => {
  const before = await rowCounts();
  const unknown = await submit(uid().replace(/^2\.25\./, '1.2.'));
  assert.equal(unknown.statusCode, 404);
  assert.equal(unknown.json().code, 'exam.study-not-found');
  const otherCentre = await submit(goodStudy, s['dm-south']!);
  assert.equal(otherCentre.statusCode, 403);
  assert.equal(otherCentre.json().code, 'exam.other-centre');
  const notDm = await submit(goodStudy, s.qc!);
  assert.equal(notDm.statusCode, 403);
  assert.equal(notDm.json().code, 'access.role-required');
  const badUid = await submit('not-a-uid');
  assert.equal(badUid.statusCode, 400);
  assert.equal(badUid.json().code, 'request.invalid-params');
  const extra = await submit(goodStudy, s.datamanager!, { comment: 'ok', force: true });
  assert.equal(extra.statusCode, 400);
  assert.equal(extra.json().code, 'request.invalid-body');
  const long = await submit(goodStudy, s.datamanager!, { comment: 'x'.repeat(1001) });
  assert.equal(long.statusCode, 400);
  assert.deepEqual(await rowCounts(), before);
});

test('a project without a protocol refuses submission until the core-lab manager defines one', async () => {
  const other = await platform.services.projects.create(system, { code: 'NO-PROTO', title: 'No protocol yet' });
  await platform.services.projects.addParty(system, other.id, { organisationId: northId, part: 'centre' });
  const dmUser = await platform.services.users.findByUsername('datamanager');
  await platform.services.memberships.grant(system, other.id, { userId: dmUser!.id, role: 'centre_data_manager', reason: 'test set-up' });
  const r0 = await platform.app.inject({ method: 'POST', url: `/api/projects/${other.id}/subjects`, headers: s.datamanager!.headers, payload: { code: 'P001', centreId: northId, consentStatus: 'consented' } });
  assert.equal(r0.statusCode, 201, r0.body);
  const study = uid();
  const { body, contentType } = stowBody(series('P001', study, CINE_4CH));
  const stored = await platform.app.inject({ method: 'POST', url: `/dicomweb/projects/${other.id}/studies`, headers: { ...s.datamanager!.headers, 'content-type': contentType }, payload: body });
  assert.equal(stored.statusCode, 200, stored.body.slice(0, 300));
  const r = await platform.app.inject({ method: 'POST', url: `/api/projects/${other.id}/exams/${study}/submit`, headers: s.datamanager!.headers });
  assert.equal(r.statusCode, 409);
  assert.equal(r.json().code, 'exam.no-protocol');
  assert.equal(await platform.services.db.selectFrom('exam').select('id').where('project_id', '=', other.id).executeTakeFirst(), undefined);
});
