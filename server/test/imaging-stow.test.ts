// STOW-RS and the subject register: what is stored, what is refused and why, nothing half-stored.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { createTestPlatform, signIn, DEMO_PASSWORD, type Session, type TestPlatform } from './support/test-platform.ts';
import { makeInstance, stowBody, uid, value } from './imaging-fixtures.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-stow-'));
let platform: TestPlatform;
let projectId: string;
let dm: Session;
let southDm: Session;
let northId: string;
let southId: string;

type Json = Record<string, { vr: string; Value?: Array<Record<string, { vr: string; Value?: unknown[] }>> }>;

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
  for (const [code, consentStatus] of [['N001', 'consented'], ['N002', 'no-objection'], ['N003', 'pending'], ['N004', 'objected'], ['N005', 'withdrawn']] as const) {
    const r = await platform.app.inject({ method: 'POST', url: `/api/projects/${projectId}/subjects`, headers: dm.headers, payload: { code, centreId: northId, consentStatus } });
    assert.equal(r.statusCode, 201, r.body);
  }
  const r = await platform.app.inject({ method: 'POST', url: `/api/projects/${projectId}/subjects`, headers: southDm.headers, payload: { code: 'S001', centreId: southId, consentStatus: 'consented' } });
  assert.equal(r.statusCode, 201, r.body);
});
after(async () => {
  await platform.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function stow(session: Session, parts: Buffer[], study?: string) {
  const { body, contentType } = stowBody(parts);
  const response = await platform.app.inject({ method: 'POST', url: `/dicomweb/projects/${projectId}/studies${study ? `/${study}` : ''}`, headers: { ...session.headers, 'content-type': contentType, accept: 'application/dicom+json' }, payload: body });
  return { response, json: response.statusCode < 300 || response.statusCode === 409 ? (response.json() as Json) : undefined };
}

const failures = (json: Json | undefined) => (json?.['00081198']?.Value ?? []).map((f) => ({ reason: value(f, '00081197') as number, comment: String(value(f, '00000902')) }));
const storedCount = (json: Json | undefined) => json?.['00081199']?.Value?.length ?? 0;

async function refusedWith(parts: Buffer[], reason: number, code: string, session = dm) {
  const { response, json } = await stow(session, parts);
  assert.equal(response.statusCode, 409, response.body);
  const [f] = failures(json);
  assert.equal(f?.reason, reason, JSON.stringify(json));
  assert.ok(f?.comment.startsWith(`${code}:`), f?.comment);
}

test('subjects: a data manager registers and lists only their own centre, never another centre', async () => {
  const other = await platform.app.inject({ method: 'POST', url: `/api/projects/${projectId}/subjects`, headers: dm.headers, payload: { code: 'X1', centreId: southId, consentStatus: 'consented' } });
  assert.equal(other.statusCode, 403);
  assert.equal(other.json().code, 'subject.other-centre');
  const dup = await platform.app.inject({ method: 'POST', url: `/api/projects/${projectId}/subjects`, headers: dm.headers, payload: { code: 'N001', centreId: northId, consentStatus: 'consented' } });
  assert.equal(dup.statusCode, 409);
  const list = await platform.app.inject({ url: `/api/projects/${projectId}/subjects`, headers: dm.headers });
  assert.deepEqual(list.json().map((s: { code: string }) => s.code), ['N001', 'N002', 'N003', 'N004', 'N005']);
  const manager = await signIn(platform.app, 'manager');
  const all = await platform.app.inject({ url: `/api/projects/${projectId}/subjects`, headers: manager.headers });
  assert.equal(all.json().length, 6);
  const events = await platform.services.db.selectFrom('audit_event').select('action').where('action', 'in', ['subject.registered', 'subject.listed']).execute();
  assert.ok(events.filter((e) => e.action === 'subject.registered').length >= 6);
  assert.ok(events.some((e) => e.action === 'subject.listed'));
});

test('STOW-RS stores instances: blob then index row, with one audit event, answering the PS3.18 response', async () => {
  const study = uid();
  const series = uid();
  const parts = [1, 2, 3].map((n) => makeInstance({ subject: 'N001', study, series, instanceNumber: n }));
  const before = await platform.services.db.selectFrom('audit_event').select('seq').where('action', '=', 'imaging.instances-stored').execute();
  const { response, json } = await stow(dm, parts);
  assert.equal(response.statusCode, 200, response.body);
  assert.match(response.headers['content-type'] as string, /application\/dicom\+json/);
  assert.equal(storedCount(json), 3);
  assert.match(String(value(json as never, '00081190')), new RegExp(`/dicomweb/projects/${projectId}/studies/${study}$`));
  const rows = await platform.services.db.selectFrom('instance').select(['blob_sha256', 'size']).where('study_instance_uid', '=', study).execute();
  assert.equal(rows.length, 3);
  for (const row of rows) assert.ok(await platform.services.imaging.blobs.has(row.blob_sha256));
  const st = await platform.services.db.selectFrom('study').selectAll().where('study_instance_uid', '=', study).executeTakeFirstOrThrow();
  assert.equal(st.number_of_instances, 3);
  assert.equal(st.number_of_series, 1);
  assert.deepEqual(st.modalities_in_study, ['MR']);
  assert.equal(st.patient_id, 'N001');
  const afterEvents = await platform.services.db.selectFrom('audit_event').select('seq').where('action', '=', 'imaging.instances-stored').execute();
  assert.equal(afterEvents.length, before.length + 1);
});

test('an identical re-send is accepted as a duplicate; the same SOP Instance UID with other content is refused', async () => {
  const sop = uid();
  const first = makeInstance({ subject: 'N002', sop, pixelFill: 1 });
  assert.equal((await stow(dm, [first])).response.statusCode, 200);
  const again = await stow(dm, [first]);
  assert.equal(again.response.statusCode, 200);
  assert.equal(storedCount(again.json), 1);
  const count = await platform.services.db.selectFrom('instance').select('id').where('sop_instance_uid', '=', sop).execute();
  assert.equal(count.length, 1);
  await refusedWith([makeInstance({ subject: 'N002', sop, pixelFill: 2 })], 0x0111, 'dicom.sop-instance-conflict');
});

test('bad input: each class has its own refusal', async () => {
  const good = makeInstance({ subject: 'N001' });
  await refusedWith([Buffer.from('this is not a DICOM file at all, just text '.repeat(10))], 0xc000, 'dicom.not-dicom');
  await refusedWith([good.subarray(0, Math.floor(good.length * 0.7))], 0xc000, 'dicom.truncated');

  const absurd = Buffer.alloc(12);
  absurd.writeUInt16LE(0x0040, 0);
  absurd.writeUInt16LE(0xa160, 2);
  absurd.write('UT', 4, 'latin1');
  absurd.writeUInt32LE(0xfffffff0, 8);
  await refusedWith([Buffer.concat([makeInstance({ subject: 'N001' }), absurd])], 0xc000, 'dicom.absurd-element-length');

  const open: Buffer[] = [];
  const close: Buffer[] = [];
  for (let i = 0; i < 20; i++) {
    const sq = Buffer.alloc(20);
    sq.writeUInt16LE(0x0040, 0);
    sq.writeUInt16LE(0xa730, 2);
    sq.write('SQ', 4, 'latin1');
    sq.writeUInt32LE(0xffffffff, 8);
    sq.writeUInt16LE(0xfffe, 12);
    sq.writeUInt16LE(0xe000, 14);
    sq.writeUInt32LE(0xffffffff, 16);
    open.push(sq);
    const end = Buffer.alloc(16);
    end.writeUInt16LE(0xfffe, 0);
    end.writeUInt16LE(0xe00d, 2);
    end.writeUInt16LE(0xfffe, 8);
    end.writeUInt16LE(0xe0dd, 10);
    close.push(end);
  }
  await refusedWith([Buffer.concat([makeInstance({ subject: 'N001' }), ...open, ...close])], 0xc000, 'dicom.sequence-too-deep');

  const bigEndian = Buffer.from(makeInstance({ subject: 'N001' }));
  const at = bigEndian.indexOf('1.2.840.10008.1.2.1');
  bigEndian.write('1.2.840.10008.1.2.2', at, 'latin1');
  await refusedWith([bigEndian], 0xc122, 'dicom.unsupported-transfer-syntax');
  // Pixel Data of 32 × 32 16-bit pixels where the attributes say 64 rows: the pixels are cut short.
  await refusedWith([makeInstance({ subject: 'N001', extra: { Rows: 64 } })], 0xc000, 'dicom.pixel-data-length');

  await refusedWith([makeInstance({ subject: 'NOBODY' })], 0x0124, 'subject.not-in-project');
  await refusedWith([makeInstance({ subject: 'N003' })], 0x0124, 'subject.not-consenting');
  await refusedWith([makeInstance({ subject: 'N004' })], 0x0124, 'subject.not-consenting');
  await refusedWith([makeInstance({ subject: 'N005' })], 0x0124, 'subject.not-consenting');
  // The gate is the consent register's: an information notice still in its waiting period refuses, one past it accepts.
  const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  for (const [code, days] of [['N006', -3], ['N007', -45]] as const) {
    const r = await platform.app.inject({ method: 'POST', url: `/api/projects/${projectId}/subjects`, headers: dm.headers, payload: { code, centreId: northId, consent: { kind: 'information-notice', date: dayOffset(days), channel: 'letter' } } });
    assert.equal(r.statusCode, 201, r.body);
  }
  await refusedWith([makeInstance({ subject: 'N006' })], 0x0124, 'subject.not-consenting');
  assert.equal((await stow(dm, [makeInstance({ subject: 'N007' })])).response.statusCode, 200);
  await refusedWith([makeInstance({ subject: 'S001' })], 0x0124, 'subject.other-centre');
  await refusedWith([makeInstance({ subject: 'N001', extra: { PatientName: 'DOE^JOHN' } })], 0x0124, 'deid.residual-identifier');
  await refusedWith([makeInstance({ subject: 'N001', extra: { PatientIdentityRemoved: 'NO' } })], 0x0124, 'deid.residual-identifier');
  await refusedWith([makeInstance({ subject: 'N001', extra: { InstitutionName: 'CHU de Lille', PatientBirthDate: '19610203' } })], 0x0124, 'deid.residual-identifier');
  const study = uid();
  const { response, json } = await stow(dm, [makeInstance({ subject: 'N001' })], study);
  assert.equal(response.statusCode, 409);
  assert.ok(failures(json)[0]!.comment.startsWith('dicomweb.study-mismatch'));
  const indexed = await platform.services.db.selectFrom('instance').select('id').where('transfer_syntax_uid', '=', '1.2.840.10008.1.2.2').execute();
  assert.equal(indexed.length, 0);
});

test('some stored, some refused: 202 with both sequences', async () => {
  const { response, json } = await stow(dm, [makeInstance({ subject: 'N001' }), makeInstance({ subject: 'N004' }), Buffer.from('nope')]);
  assert.equal(response.statusCode, 202);
  assert.equal(storedCount(json), 1);
  assert.equal(failures(json).length, 2);
});

test('STOW-RS refuses what is not multipart/related of application/dicom, and bounds the parts', async () => {
  const json = await platform.app.inject({ method: 'POST', url: `/dicomweb/projects/${projectId}/studies`, headers: { ...dm.headers, 'content-type': 'application/json' }, payload: '{}' });
  assert.equal(json.statusCode, 400);
  assert.equal(json.json().code, 'dicomweb.unsupported-media-type');
  const { body, contentType } = stowBody([makeInstance({ subject: 'N001' })]);
  const truncated = await platform.app.inject({ method: 'POST', url: `/dicomweb/projects/${projectId}/studies`, headers: { ...dm.headers, 'content-type': contentType }, payload: body.subarray(0, body.length - 30) });
  assert.equal(truncated.statusCode, 400);
  assert.equal(truncated.json().code, 'dicomweb.truncated-multipart');
});

test('a statistician, a reader and a QC reviewer cannot store', async () => {
  for (const username of ['statistician', 'reader1', 'qc']) {
    const session = await signIn(platform.app, username);
    const { response } = await stow(session, [makeInstance({ subject: 'N001' })]);
    assert.equal(response.statusCode, 403, username);
  }
});
