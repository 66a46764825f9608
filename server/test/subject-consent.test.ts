// The subject and consent register through the API: registration with a first event, the history,
// the gate (SQL predicate and STOW-RS), objection stopping processing at once on the audit trail,
// the waiting period, who may do what, and each class of bad input leaving nothing half-written.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { processingAllowed } from '../src/subjects/consent-gate.ts';
import { createTestPlatform, signIn, DEMO_PASSWORD, type Session, type TestPlatform } from './support/test-platform.ts';
import { makeInstance, stowBody } from './imaging-fixtures.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-consent-'));
let platform: TestPlatform;
let projectId: string;
let northId: string;
let southId: string;
let dm: Session;
let southDm: Session;
let manager: Session;
let dpo: Session;
let auditor: Session;
let qc: Session;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const today = () => day(0);

interface Detail {
  id: string;
  code: string;
  consentStatus: string;
  mayProcess: boolean;
  waitingUntil: string | null;
  processingAllowedFrom: string | null;
  processingStoppedAt: string | null;
  history: Array<{ seq: number; kind: string; date: string; channel: string | null; declaredStatus: string | null }>;
}

before(async () => {
  platform = await createTestPlatform({ env: { CORELAB_DATA_DIR: dataDir } });
  projectId = platform.demo!.projectId;
  const orgs = await platform.services.db.selectFrom('organisation').select(['id', 'name']).execute();
  northId = orgs.find((o) => o.name.startsWith('CHU Nord'))!.id;
  southId = orgs.find((o) => o.name.startsWith('Hôpital Sud'))!.id;
  const ctx = { actor: null, requestId: null };
  const user = await platform.services.users.create(ctx, { username: 'dm-south', displayName: 'South DM', organisationId: southId, password: DEMO_PASSWORD });
  await platform.services.memberships.grant(ctx, projectId, { userId: user.id, role: 'centre_data_manager', reason: 'test set-up' });
  dm = await signIn(platform.app, 'datamanager');
  southDm = await signIn(platform.app, 'dm-south');
  manager = await signIn(platform.app, 'manager');
  dpo = await signIn(platform.app, 'dpo');
  auditor = await signIn(platform.app, 'auditor');
  qc = await signIn(platform.app, 'qc');
});
after(async () => {
  await platform.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const url = (suffix = '') => `/api/projects/${projectId}${suffix}`;

async function register(session: Session, payload: Record<string, unknown>) {
  const r = await platform.app.inject({ method: 'POST', url: url('/subjects'), headers: session.headers, payload });
  return { status: r.statusCode, body: r.json() as Detail & { code: string; detail: string } };
}
async function recordEvent(session: Session, subjectId: string, payload: Record<string, unknown>) {
  const r = await platform.app.inject({ method: 'POST', url: url(`/subjects/${subjectId}/consent-events`), headers: session.headers, payload });
  return { status: r.statusCode, body: r.json() as Detail & { code: string; detail: string } };
}
const subjectCount = async () => (await platform.services.db.selectFrom('subject').select('id').execute()).length;
const eventCount = async () => (await platform.services.db.selectFrom('consent_event').select('id').execute()).length;
/** The subjects the shared gate lets through, by code. */
async function processable(): Promise<string[]> {
  const rows = await platform.services.db.selectFrom('subject').select('code').where('project_id', '=', projectId).where(processingAllowed('subject')).orderBy('code').execute();
  return rows.map((r) => r.code);
}
const auditOf = (subjectId: string) =>
  platform.services.db.selectFrom('audit_event').select(['action', 'reason', 'details', 'actor_role']).where('target_id', '=', subjectId).orderBy('seq').execute();

test('a data manager registers a subject of their centre with its first consent event, and the history shows it', async () => {
  const consented = await register(dm, { code: 'C-001', centreId: northId, consent: { kind: 'written-consent', date: day(-3) } });
  assert.equal(consented.status, 201, JSON.stringify(consented.body));
  assert.equal(consented.body.consentStatus, 'consented');
  assert.equal(consented.body.mayProcess, true);
  assert.equal(consented.body.processingAllowedFrom, `${day(-3)}T00:00:00.000Z`);
  assert.deepEqual(consented.body.history.map((e) => [e.seq, e.kind, e.date, e.channel]), [[1, 'written-consent', day(-3), null]]);

  const waiting = await register(dm, { code: 'C-002', centreId: northId, consent: { kind: 'information-notice', date: day(-5), channel: 'letter' } });
  assert.equal(waiting.body.consentStatus, 'information-notice-delivered');
  assert.equal(waiting.body.mayProcess, false);
  assert.equal(waiting.body.waitingUntil, day(-5 + 29));

  const elapsed = await register(dm, { code: 'C-003', centreId: northId, consent: { kind: 'information-notice', date: day(-40), channel: 'email' } });
  assert.equal(elapsed.body.consentStatus, 'no-objection');
  assert.equal(elapsed.body.mayProcess, true);

  const none = await register(dm, { code: 'C-004', centreId: northId });
  assert.equal(none.body.consentStatus, 'unknown');
  assert.deepEqual(none.body.history, []);

  const column = await platform.services.db.selectFrom('subject').select(['code', 'consent_status']).where('code', 'in', ['C-001', 'C-002', 'C-003', 'C-004']).orderBy('code').execute();
  assert.deepEqual(column.map((r) => r.consent_status), ['consented', 'information-notice-delivered', 'no-objection', 'unknown']);
  assert.deepEqual(await processable(), ['C-001', 'C-003']);

  const audit = await auditOf(consented.body.id);
  assert.deepEqual(audit.map((a) => a.action), ['subject.registered']);
  assert.deepEqual(JSON.parse(audit[0]!.details).firstEvent, { seq: 1, kind: 'written-consent', date: day(-3), channel: null, declaredStatus: null });

  const got = await platform.app.inject({ url: url(`/subjects/${waiting.body.id}`), headers: dm.headers });
  assert.equal(got.statusCode, 200);
  assert.equal((got.json() as Detail).history[0]!.channel, 'letter');
});

test('a bare declared status (older clients) is recorded as status-declared; pending records nothing', async () => {
  const declared = await register(dm, { code: 'D-001', centreId: northId, consentStatus: 'no-objection' });
  assert.equal(declared.status, 201);
  assert.deepEqual(declared.body.history.map((e) => [e.kind, e.declaredStatus, e.date]), [['status-declared', 'no-objection', today()]]);
  assert.equal(declared.body.mayProcess, true);
  const pending = await register(dm, { code: 'D-002', centreId: northId, consentStatus: 'pending' });
  assert.equal(pending.body.consentStatus, 'unknown');
  assert.deepEqual(pending.body.history, []);
});

test('bad registrations are refused for a specific reason and write nothing', async () => {
  const subjects = await subjectCount();
  const events = await eventCount();
  const cases: Array<[Session, Record<string, unknown>, number, string]> = [
    [dm, { code: 'X-1', centreId: southId, consent: { kind: 'written-consent', date: today() } }, 403, 'subject.other-centre'],
    [dm, { code: 'bad code!', centreId: northId }, 400, 'request.invalid-body'],
    [dm, { code: 'C-001', centreId: northId, consent: { kind: 'written-consent', date: today() } }, 409, 'subject.code-taken'],
    [dm, { code: 'X-2', centreId: northId, consent: { kind: 'written-consent', date: day(2) } }, 400, 'consent.date-in-future'],
    [dm, { code: 'X-3', centreId: northId, consent: { kind: 'written-consent', date: '2025-02-29' } }, 400, 'consent.invalid-date'],
    [dm, { code: 'X-4', centreId: northId, consent: { kind: 'information-notice', date: today() } }, 400, 'consent.channel-required'],
    [dm, { code: 'X-5', centreId: northId, consent: { kind: 'withdrawal', date: today(), channel: 'letter' } }, 409, 'consent.withdrawal-without-consent'],
    [dm, { code: 'X-6', centreId: northId, consent: { kind: 'written-consent', date: today() }, consentStatus: 'consented' }, 400, 'subject.consent-twice'],
    [dm, { code: 'X-7', centreId: northId, consent: { kind: 'telepathy', date: today() } }, 400, 'request.invalid-body'],
    [dm, { code: 'X-8', centreId: northId, consent: { kind: 'objection', date: today(), channel: 'carrier-pigeon' } }, 400, 'request.invalid-body'],
  ];
  for (const [session, payload, status, code] of cases) {
    const r = await register(session, payload);
    assert.equal(r.status, status, `${JSON.stringify(payload)}: ${JSON.stringify(r.body)}`);
    assert.equal(r.body.code, code, JSON.stringify(payload));
    assert.ok(r.body.detail.length > 10);
  }
  assert.equal(await subjectCount(), subjects);
  assert.equal(await eventCount(), events);
});

test('an objection stops all processing at once: the gate, the STOW-RS refusal and the audit trail say so', async () => {
  const s = await register(dm, { code: 'OBJ-1', centreId: northId, consent: { kind: 'information-notice', date: day(-45), channel: 'registered-letter' } });
  assert.equal(s.body.consentStatus, 'no-objection');
  assert.ok((await processable()).includes('OBJ-1'));
  const stow = async () => {
    const { body, contentType } = stowBody([makeInstance({ subject: 'OBJ-1' })]);
    return platform.app.inject({ method: 'POST', url: `/dicomweb/projects/${projectId}/studies`, headers: { ...dm.headers, 'content-type': contentType, accept: 'application/dicom+json' }, payload: body });
  };
  const stored = await stow();
  assert.equal(stored.statusCode, 200);
  const studyUid = String((stored.json() as Record<string, { Value?: Array<Record<string, { Value?: unknown[] }>> }>)['00081199']!.Value![0]!['00081190']!.Value![0]).split('/studies/')[1]!.split('/')[0]!;
  // What each reader of the imaging sees of the subject's study: QIDO-RS rows and the WADO-RS status.
  const visible = async (session: Session) => {
    const qido = await platform.app.inject({ method: 'GET', url: `/dicomweb/projects/${projectId}/studies?PatientID=OBJ-1`, headers: { ...session.headers, accept: 'application/dicom+json' } });
    const wado = await platform.app.inject({ method: 'GET', url: `/dicomweb/projects/${projectId}/studies/${studyUid}/metadata`, headers: { ...session.headers, accept: 'application/dicom+json' } });
    return { studies: qido.statusCode === 200 ? (qido.json() as unknown[]).length : -qido.statusCode, wado: wado.statusCode };
  };
  assert.deepEqual(await visible(dm), { studies: 1, wado: 200 });
  assert.deepEqual(await visible(manager), { studies: 1, wado: 200 });

  const objected = await recordEvent(dm, s.body.id, { kind: 'objection', date: today(), channel: 'phone' });
  assert.equal(objected.status, 201, JSON.stringify(objected.body));
  assert.equal(objected.body.consentStatus, 'objected');
  assert.equal(objected.body.mayProcess, false);
  assert.ok(objected.body.processingStoppedAt);
  assert.deepEqual(objected.body.history.map((e) => e.kind), ['information-notice', 'objection']);
  assert.ok(!(await processable()).includes('OBJ-1'), 'the SQL gate excludes the subject');
  const row = await platform.services.db.selectFrom('subject').select(['consent_status', 'processing_stopped_at']).where('id', '=', s.body.id).executeTakeFirstOrThrow();
  assert.equal(row.consent_status, 'objected');
  assert.equal(new Date(row.processing_stopped_at!).toISOString(), objected.body.processingStoppedAt);
  const refused = await stow();
  assert.equal(refused.statusCode, 409);
  assert.match(refused.body, /subject\.not-consenting/);
  // Nobody reads the subject's imaging any more: the DICOMweb reads apply the same gate.
  assert.deepEqual(await visible(dm), { studies: 0, wado: 404 });
  assert.deepEqual(await visible(manager), { studies: 0, wado: 404 });

  const audit = await auditOf(s.body.id);
  const stop = audit.find((a) => a.action === 'subject.processing-stopped');
  assert.ok(stop, 'the audit trail shows the stop');
  assert.equal(stop.reason, `objection of ${today()} (received: phone)`);
  assert.equal(stop.actor_role, 'centre_data_manager');
  assert.deepEqual(audit.map((a) => a.action), ['subject.registered', 'subject.consent-event-recorded', 'subject.processing-stopped']);
  const [registered, recorded] = audit.map((a) => JSON.parse(a.details) as { kind: string; consentStatus: string; mayProcess: boolean; firstEvent: { kind: string } });
  assert.deepEqual([registered!.firstEvent.kind, registered!.consentStatus, registered!.mayProcess], ['information-notice', 'no-objection', true]);
  assert.deepEqual([recorded!.kind, recorded!.consentStatus, recorded!.mayProcess], ['objection', 'objected', false]);

  const again = await recordEvent(dm, s.body.id, { kind: 'written-consent', date: today() });
  assert.equal(again.status, 409);
  assert.equal(again.body.code, 'consent.processing-stopped');
});

test('a withdrawal after consent stops processing; invalid sequences are refused and leave the history as it was', async () => {
  const s = await register(southDm, { code: 'S-WD', centreId: southId, consent: { kind: 'written-consent', date: day(-10) } });
  assert.equal(s.status, 201);
  const events = await eventCount();
  const refusals: Array<[Record<string, unknown>, number, string]> = [
    [{ kind: 'written-consent', date: today() }, 409, 'consent.already-consented'],
    [{ kind: 'information-notice', date: today(), channel: 'email' }, 409, 'consent.already-consented'],
    [{ kind: 'withdrawal', date: day(1), channel: 'letter' }, 400, 'consent.date-in-future'],
    [{ kind: 'withdrawal', date: today() }, 400, 'consent.channel-required'],
    [{ kind: 'withdrawal', date: 'yesterday', channel: 'letter' }, 400, 'request.invalid-body'],
  ];
  for (const [payload, status, code] of refusals) {
    const r = await recordEvent(southDm, s.body.id, payload);
    assert.equal(r.status, status, JSON.stringify(payload));
    assert.equal(r.body.code, code, JSON.stringify(payload));
  }
  assert.equal(await eventCount(), events);
  const withdrawn = await recordEvent(southDm, s.body.id, { kind: 'withdrawal', date: day(-1), channel: 'in-person' });
  assert.equal(withdrawn.body.consentStatus, 'withdrawn');
  assert.ok(!(await processable()).includes('S-WD'));
  assert.ok((await auditOf(s.body.id)).some((a) => a.action === 'subject.processing-stopped' && a.reason === `withdrawal of ${day(-1)} (received: in-person)`));
});

test('who may see and record: own centre only for data managers, the DPO records stops, the auditor reads', async () => {
  const south = await register(southDm, { code: 'S-001', centreId: southId, consent: { kind: 'information-notice', date: day(-2), channel: 'letter' } });
  const north = (await platform.services.db.selectFrom('subject').select('id').where('code', '=', 'C-002').executeTakeFirstOrThrow()).id;

  const list = async (session: Session) => {
    const r = await platform.app.inject({ url: url('/subjects'), headers: session.headers });
    assert.equal(r.statusCode, 200, r.body);
    return (r.json() as Array<{ code: string; centreId: string; consentStatus: string }>);
  };
  const northList = await list(dm);
  assert.ok(northList.length > 0 && northList.every((s) => s.centreId === northId));
  const southList = await list(southDm);
  assert.deepEqual(southList.map((s) => s.code), ['S-001', 'S-WD']);
  const all = await list(manager);
  assert.equal(all.length, northList.length + southList.length);
  assert.equal((await list(auditor)).length, all.length);
  assert.equal(all.find((s) => s.code === 'C-003')!.consentStatus, 'no-objection');

  const otherCentre = await platform.app.inject({ url: url(`/subjects/${south.body.id}`), headers: dm.headers });
  assert.equal(otherCentre.statusCode, 403);
  assert.equal(otherCentre.json().code, 'subject.other-centre');
  const record = await recordEvent(dm, south.body.id, { kind: 'objection', date: today(), channel: 'letter' });
  assert.equal(record.status, 403);
  assert.equal(record.body.code, 'subject.other-centre');
  const unknown = await platform.app.inject({ url: url('/subjects/00000000-0000-4000-8000-000000000000'), headers: dm.headers });
  assert.equal(unknown.statusCode, 404);
  assert.equal(unknown.json().code, 'subject.not-found');
  const unknownEvent = await recordEvent(dm, '00000000-0000-4000-8000-000000000000', { kind: 'objection', date: today(), channel: 'letter' });
  assert.equal(unknownEvent.status, 404);

  const dpoConsent = await recordEvent(dpo, north, { kind: 'written-consent', date: today() });
  assert.equal(dpoConsent.status, 403);
  assert.equal(dpoConsent.body.code, 'consent.dpo-records-stops-only');
  const dpoObjection = await recordEvent(dpo, south.body.id, { kind: 'objection', date: today(), channel: 'email' });
  assert.equal(dpoObjection.status, 201);
  assert.equal(dpoObjection.body.consentStatus, 'objected');
  assert.ok((await auditOf(south.body.id)).some((a) => a.action === 'subject.processing-stopped' && a.actor_role === 'dpo'));

  for (const session of [auditor, qc]) {
    const r = await recordEvent(session, north, { kind: 'objection', date: today(), channel: 'email' });
    assert.equal(r.status, 403);
  }
  assert.equal((await platform.app.inject({ url: url('/subjects'), headers: qc.headers })).statusCode, 403);
});

test('the waiting period is the core-lab manager\'s setting; a change moves every status it concerns at once', async () => {
  const get = await platform.app.inject({ url: url('/consent-policy'), headers: dm.headers });
  assert.deepEqual(get.json(), { waitingPeriodDays: 30 });
  const s = await register(dm, { code: 'WP-1', centreId: northId, consent: { kind: 'information-notice', date: day(-40), channel: 'letter' } });
  assert.equal(s.body.consentStatus, 'no-objection');

  const put = (session: Session, payload: Record<string, unknown>) => platform.app.inject({ method: 'PUT', url: url('/consent-policy'), headers: session.headers, payload });
  const byDm = await put(dm, { waitingPeriodDays: 60, reason: 'ethics committee request' });
  assert.equal(byDm.statusCode, 403);
  for (const days of [0, 366, 1.5]) {
    const bad = await put(manager, { waitingPeriodDays: days, reason: 'ethics committee request' });
    assert.equal(bad.statusCode, 400, String(days));
  }
  const longer = await put(manager, { waitingPeriodDays: 60, reason: 'ethics committee request' });
  assert.equal(longer.statusCode, 200, longer.body);
  assert.equal(longer.json().waitingPeriodDays, 60);
  assert.ok(longer.json().subjectsChanged >= 2, 'WP-1 and C-003 go back to waiting');
  const after = await platform.app.inject({ url: url(`/subjects/${s.body.id}`), headers: dm.headers });
  assert.equal(after.json().consentStatus, 'information-notice-delivered');
  assert.equal(after.json().waitingUntil, day(-40 + 59));
  assert.ok(!(await processable()).includes('WP-1'));
  const audit = await platform.services.db.selectFrom('audit_event').select(['reason', 'details']).where('action', '=', 'project.consent-waiting-period-set').executeTakeFirstOrThrow();
  assert.equal(audit.reason, 'ethics committee request');
  assert.equal(JSON.parse(audit.details).previous, 30);

  const back = await put(manager, { waitingPeriodDays: 30, reason: 'back to the protocol' });
  assert.equal(back.statusCode, 200);
  assert.ok((await processable()).includes('WP-1'));
});

test('the consent history is append-only in the database itself', async () => {
  await assert.rejects(platform.database.superuser(`update consent_event set event_date = '2020-01-01'`), /append-only/);
  await assert.rejects(platform.database.superuser('delete from consent_event'), /append-only/);
});

test('objections recorded while the waiting period changes all stop processing: the change never rewrites a status without them', async () => {
  const ids: string[] = [];
  for (let i = 1; i <= 6; i++) {
    const s = await register(dm, { code: `RACE-${i}`, centreId: northId, consent: { kind: 'information-notice', date: day(-40), channel: 'letter' } });
    assert.equal(s.body.consentStatus, 'no-objection', JSON.stringify(s.body));
    ids.push(s.body.id);
  }
  const change = platform.app.inject({ method: 'PUT', url: url('/consent-policy'), headers: manager.headers, payload: { waitingPeriodDays: 60, reason: 'ethics committee request' } });
  const objections = ids.map((id) => recordEvent(dm, id, { kind: 'objection', date: today(), channel: 'phone' }));
  const [changed, ...objected] = await Promise.all([change, ...objections]);
  assert.equal(changed.statusCode, 200, changed.body);
  for (const o of objected) assert.equal(o.status, 201, JSON.stringify(o.body));
  const rows = await platform.services.db.selectFrom('subject').select(['code', 'consent_status', 'processing_stopped_at']).where('id', 'in', ids).orderBy('code').execute();
  assert.deepEqual(rows.map((r) => [r.code, r.consent_status, r.processing_stopped_at !== null]), ids.map((_, i) => [`RACE-${i + 1}`, 'objected', true]));
  assert.ok(!(await processable()).some((code) => code.startsWith('RACE-')));
  const back = await platform.app.inject({ method: 'PUT', url: url('/consent-policy'), headers: manager.headers, payload: { waitingPeriodDays: 30, reason: 'back to the protocol' } });
  assert.equal(back.statusCode, 200);
});
