// The WADO-RS read path: a retrieval's rows and its audit event in one statement (none when nothing
// is found), exact Content-Length, parts in instance order past the read-ahead window, a damaged blob
// never served as a whole answer, and credentials or roles revoked taking effect on the next request.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { createTestPlatform, signIn, type Session, type TestPlatform } from './support/test-platform.ts';
import { makeInstance, parseMultipart, stowBody, uid } from './imaging-fixtures.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-wado-path-'));
let platform: TestPlatform;
let projectId: string;
let manager: Session;
let reader: Session;
const study = uid();
const series = uid();
const COUNT = 13; // more than the parts read ahead at once
const files: Buffer[] = [];
const sops: string[] = [];
const ACCEPT = 'multipart/related; type="application/dicom"; transfer-syntax=*';
const largeSeries = uid();
const largeSop = uid();
let large: Buffer;

before(async () => {
  platform = await createTestPlatform({ env: { CORELAB_DATA_DIR: dataDir, CORELAB_LOGIN_RATE_PER_MINUTE: '1000' } });
  projectId = platform.demo!.projectId;
  const north = (await platform.services.db.selectFrom('organisation').select('id').where('name', 'like', 'CHU Nord%').executeTakeFirstOrThrow()).id;
  const dm = await signIn(platform.app, 'datamanager');
  await platform.app.inject({ method: 'POST', url: `/api/projects/${projectId}/subjects`, headers: dm.headers, payload: { code: 'N001', centreId: north, consentStatus: 'consented' } });
  // Stored in reverse order: the answer must follow InstanceNumber, not the order of arrival.
  for (let n = COUNT; n >= 1; n--) {
    const sop = uid();
    sops[n - 1] = sop;
    files[n - 1] = makeInstance({ subject: 'N001', study, series, sop, instanceNumber: n, rows: 16 + n, columns: 16 });
  }
  // Larger than a part read whole (4 MB): streamed from the store.
  large = makeInstance({ subject: 'N001', study, series: largeSeries, sop: largeSop, rows: 1500, columns: 1500 });
  const { body, contentType } = stowBody([...files].reverse().concat(large));
  const r = await platform.app.inject({ method: 'POST', url: `/dicomweb/projects/${projectId}/studies`, headers: { ...dm.headers, 'content-type': contentType }, payload: body });
  assert.equal(r.statusCode, 200, r.body);
  manager = await signIn(platform.app, 'manager');
  reader = await signIn(platform.app, 'reader1');
});
after(async () => {
  await platform.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const seriesUrl = () => `/dicomweb/projects/${projectId}/studies/${study}/series/${series}`;
const retrievals = () => platform.services.db.selectFrom('audit_event').select(['action', 'target_id', 'details', 'actor_role']).where('action', '=', 'imaging.retrieved').orderBy('seq').execute();

test('a whole series: every file byte for byte in instance order, an exact Content-Length, one audit event counting them', async () => {
  const before = (await retrievals()).length;
  const r = await platform.app.inject({ url: seriesUrl(), headers: { ...manager.headers, accept: ACCEPT } });
  assert.equal(r.statusCode, 200);
  assert.equal(Number(r.headers['content-length']), r.rawPayload.length);
  const parts = parseMultipart(r.rawPayload, r.headers['content-type'] as string);
  assert.equal(parts.length, COUNT);
  parts.forEach((p, i) => assert.ok(p.body.equals(files[i]!), `part ${i + 1}`));
  assert.ok(r.rawPayload.subarray(-50).toString('latin1').endsWith('--\r\n'), 'the closing delimiter ends the body');
  // Written past Fastify's reply (see sendMultipart): the headers every answer carries are there too.
  assert.equal(r.headers['x-content-type-options'], 'nosniff');
  assert.match(String(r.headers['x-request-id']), /.{8,}/);
  assert.match(String(r.headers['content-type']), /^multipart\/related; type="application\/dicom"; boundary=corelab-[0-9a-f]{24}$/);
  const events = await retrievals();
  assert.equal(events.length, before + 1);
  assert.equal(events.at(-1)!.target_id, series);
  assert.equal(events.at(-1)!.details, '{"blinded":false,"instances":13}');
  assert.equal(events.at(-1)!.actor_role, 'core_lab_manager');
});

test('a file larger than a part read whole is streamed, byte for byte, alongside the Content-Length', async () => {
  assert.ok(large.length > 4 * 1024 * 1024);
  const r = await platform.app.inject({ url: `/dicomweb/projects/${projectId}/studies/${study}/series/${largeSeries}`, headers: { ...manager.headers, accept: ACCEPT } });
  assert.equal(r.statusCode, 200);
  assert.equal(r.headers['content-length'], undefined, 'a streamed part is not counted beforehand');
  const [part] = parseMultipart(r.rawPayload, r.headers['content-type'] as string);
  assert.ok(part!.body.equals(large));
});

test('nothing visible to retrieve: 404 and no audit event', async () => {
  const before = (await retrievals()).length;
  const r = await platform.app.inject({ url: `/dicomweb/projects/${projectId}/studies/${study}/series/${uid()}`, headers: { ...manager.headers, accept: ACCEPT } });
  assert.equal(r.statusCode, 404);
  assert.equal(r.json().code, 'dicomweb.not-found');
  assert.equal((await retrievals()).length, before);
});

test('a blinded reader gets rewritten files, framed without a precomputed length', async () => {
  const r = await platform.app.inject({ url: seriesUrl(), headers: { ...reader.headers, accept: ACCEPT } });
  assert.equal(r.statusCode, 200);
  assert.equal(r.headers['content-length'], undefined);
  assert.equal(parseMultipart(r.rawPayload, r.headers['content-type'] as string).length, COUNT);
  assert.equal((await retrievals()).at(-1)!.details, '{"blinded":true,"instances":13}');
});

test('a blob shorter than the index says ends the response early: never served as a complete answer', async () => {
  const row = await platform.services.db.selectFrom('instance').select(['blob_sha256', 'size']).where('sop_instance_uid', '=', sops[COUNT - 1]!).executeTakeFirstOrThrow();
  const file = platform.services.imaging.blobs.pathOf(row.blob_sha256);
  const original = fs.readFileSync(file);
  fs.writeFileSync(file, original.subarray(0, original.length - 100));
  try {
    // The response is cut (the connection dropped) where the read fails: the client sees it incomplete.
    await assert.rejects(platform.app.inject({ url: seriesUrl(), headers: { ...manager.headers, accept: ACCEPT } }), /destroyed before completion/);
  } finally {
    fs.writeFileSync(file, original);
  }
  const again = await platform.app.inject({ url: seriesUrl(), headers: { ...manager.headers, accept: ACCEPT } });
  assert.equal(parseMultipart(again.rawPayload, again.headers['content-type'] as string).length, COUNT);
});

test('a first file missing from the store: an error status, nothing sent as if it were the answer', async () => {
  const row = await platform.services.db.selectFrom('instance').select(['blob_sha256']).where('sop_instance_uid', '=', sops[0]!).executeTakeFirstOrThrow();
  const file = platform.services.imaging.blobs.pathOf(row.blob_sha256);
  const original = fs.readFileSync(file);
  fs.rmSync(file);
  try {
    const r = await platform.app.inject({ url: seriesUrl(), headers: { ...manager.headers, accept: ACCEPT } });
    assert.equal(r.statusCode, 500);
    assert.equal(r.json().code, 'internal');
  } finally {
    fs.writeFileSync(file, original);
  }
});

test('an API token revoked, or a role revoked, no longer retrieves anything from the next request on', async () => {
  const dm = await signIn(platform.app, 'datamanager');
  const issued = await platform.app.inject({ method: 'POST', url: '/api/auth/tokens', headers: dm.headers, payload: { name: 'viewer', scopes: ['imaging:read'], projectId, expiresInDays: 1 } });
  const { token, apiToken } = issued.json() as { token: string; apiToken: { id: string } };
  const bearer = { authorization: `Bearer ${token}`, accept: ACCEPT };
  assert.equal((await platform.app.inject({ url: seriesUrl(), headers: bearer })).statusCode, 200);
  assert.equal((await platform.app.inject({ method: 'DELETE', url: `/api/auth/tokens/${apiToken.id}`, headers: dm.headers })).statusCode, 204);
  const refused = await platform.app.inject({ url: seriesUrl(), headers: bearer });
  assert.equal(refused.statusCode, 401);
  assert.equal(refused.json().code, 'auth.token-revoked');

  const admin = await signIn(platform.app, 'admin');
  const memberships = (await platform.app.inject({ url: `/api/projects/${projectId}/memberships`, headers: admin.headers })).json() as Array<{ id: string; username: string }>;
  const managerRole = memberships.find((m) => m.username === 'manager')!;
  assert.equal((await platform.app.inject({ url: seriesUrl(), headers: { ...manager.headers, accept: ACCEPT } })).statusCode, 200);
  const revoke = await platform.app.inject({ method: 'POST', url: `/api/projects/${projectId}/memberships/${managerRole.id}/revoke`, headers: admin.headers, payload: { reason: 'leaves the core lab' } });
  assert.equal(revoke.statusCode, 204);
  const gone = await platform.app.inject({ url: seriesUrl(), headers: { ...manager.headers, accept: ACCEPT } });
  assert.equal(gone.statusCode, 403);
  assert.equal(gone.json().code, 'access.not-a-member');

  assert.equal((await platform.app.inject({ method: 'POST', url: '/api/auth/logout', headers: reader.headers })).statusCode, 204);
  assert.equal((await platform.app.inject({ url: seriesUrl(), headers: { ...reader.headers, accept: ACCEPT } })).statusCode, 401);
});
