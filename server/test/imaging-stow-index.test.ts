// The STOW-RS index writer: batches handed over while a transaction runs commit together in the
// next one (group commit), each with its own audit event and its own outcome per instance; a group
// that fails is retried batch by batch, so only the faulty batch's request sees the error.
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import type { ActionContext } from '../src/access/actor.ts';
import { readDicom, str } from '../src/imaging/dicom-reader.ts';
import { indexedFields, StowIndex, type IndexEntry } from '../src/imaging/stow-index.ts';
import { createTestPlatform, signIn, type TestPlatform } from './support/test-platform.ts';
import { makeInstance, uid } from './imaging-fixtures.ts';

let platform: TestPlatform;
let projectId: string;
let subject: { id: string; code: string; centre_id: string };
let ctx: ActionContext;

before(async () => {
  platform = await createTestPlatform();
  projectId = platform.demo!.projectId;
  const dm = await signIn(platform.app, 'datamanager');
  const user = await platform.services.db.selectFrom('app_user').select(['id', 'organisation_id']).where('username', '=', 'datamanager').executeTakeFirstOrThrow();
  const r = await platform.app.inject({ method: 'POST', url: `/api/projects/${projectId}/subjects`, headers: dm.headers, payload: { code: 'G001', centreId: user.organisation_id, consentStatus: 'consented' } });
  assert.equal(r.statusCode, 201, r.body);
  subject = await platform.services.db.selectFrom('subject').select(['id', 'code', 'centre_id']).where('project_id', '=', projectId).where('code', '=', 'G001').executeTakeFirstOrThrow();
  ctx = {
    actor: { userId: user.id, username: 'datamanager', organisationId: user.organisation_id, isPlatformAdmin: false, via: 'token', scopes: ['imaging:write'], tokenProjectId: projectId },
    requestId: null,
    actingRole: 'centre_data_manager',
  };
});
after(() => platform.close());

/** An index entry for a real DICOM instance; the blob digest is the index's business only as a value. */
function entry(options: { study: string; series: string; sop?: string; sha256?: string; subjectId?: string; first?: boolean }): IndexEntry {
  const bytes = makeInstance({ subject: 'G001', study: options.study, series: options.series, ...(options.sop && { sop: options.sop }) });
  const parsed = readDicom(bytes);
  return {
    subject: { ...subject, id: options.subjectId ?? subject.id },
    fields: indexedFields(parsed, { study: options.first ?? true, series: options.first ?? true }),
    sha256: options.sha256 ?? randomBytes(32).toString('hex'),
    size: bytes.length,
    sopClassUID: str(parsed.dataset['00080016'])!,
    sopInstanceUID: str(parsed.dataset['00080018'])!,
    studyInstanceUID: options.study,
    seriesInstanceUID: options.series,
  };
}

/** The transaction that wrote each instance row (rows written by one transaction share its xmin). */
async function transactionsOf(sops: string[]): Promise<Map<string, string>> {
  const rows = await sql<{ sop: string; tx: string }>`select sop_instance_uid as sop, xmin::text as tx from instance where sop_instance_uid in (${sql.join(sops)})`.execute(platform.services.db);
  return new Map(rows.rows.map((r) => [r.sop, r.tx]));
}

test('batches handed over while a transaction runs commit together in the next one, each with its own audit event', async () => {
  const index = new StowIndex(platform.services.db, platform.services.audit);
  const study = uid();
  const [s1, s2] = [uid(), uid()];
  const jobs = [
    [entry({ study, series: s1 }), entry({ study, series: s1 })],
    [entry({ study, series: s1 }), entry({ study, series: s2 })],
    [entry({ study, series: s2 }), entry({ study, series: s2 }), entry({ study, series: s2 })],
  ];
  const eventsBefore = (await platform.services.db.selectFrom('audit_event').select('seq').where('action', '=', 'imaging.instances-stored').execute()).length;
  // Handed over together: the first starts a transaction at once, the other two wait for it and share the next.
  const outcomes = await Promise.all(jobs.map((entries) => index.write(ctx, projectId, entries)));
  assert.deepEqual(outcomes, jobs.map((entries) => entries.map(() => 'stored')));

  const tx = await transactionsOf(jobs.flat().map((e) => e.sopInstanceUID));
  const txOf = (job: number) => new Set(jobs[job]!.map((e) => tx.get(e.sopInstanceUID)));
  assert.equal(txOf(0).size, 1);
  assert.equal(txOf(1).size, 1);
  assert.deepEqual(txOf(1), txOf(2), 'the two waiting batches committed in one transaction');
  assert.notDeepEqual(txOf(0), txOf(1));

  const studyRow = await platform.services.db.selectFrom('study').select(['id', 'number_of_instances', 'number_of_series', 'modalities_in_study']).where('study_instance_uid', '=', study).executeTakeFirstOrThrow();
  assert.equal(studyRow.number_of_instances, 7);
  assert.equal(studyRow.number_of_series, 2);
  assert.deepEqual(studyRow.modalities_in_study, ['MR']);
  const series = await platform.services.db.selectFrom('series').select(['series_instance_uid', 'number_of_instances']).where('study_id', '=', studyRow.id).execute();
  assert.deepEqual(Object.fromEntries(series.map((s) => [s.series_instance_uid, s.number_of_instances])), { [s1]: 3, [s2]: 4 });

  const events = await platform.services.db.selectFrom('audit_event').select(['details', 'actor_user_id', 'project_id']).where('action', '=', 'imaging.instances-stored').orderBy('seq').execute();
  const mine = events.slice(eventsBefore);
  assert.deepEqual(mine.map((e) => JSON.parse(e.details).instances), [2, 2, 3], 'one event per batch, counting its own instances');
  assert.ok(mine.every((e) => e.actor_user_id === ctx.actor!.userId && e.project_id === projectId));
  assert.deepEqual(JSON.parse(mine[1]!.details).bytes, jobs[1]!.reduce((n, e) => n + e.size, 0));
});

test('the same SOP Instance UID in two batches of one group: stored once, then a duplicate (same content) or a conflict (other content)', async () => {
  const index = new StowIndex(platform.services.db, platform.services.audit);
  const study = uid();
  const series = uid();
  const [same, other] = [uid(), uid()];
  const sha = randomBytes(32).toString('hex');
  const first = index.write(ctx, projectId, [entry({ study, series })]);
  const a = index.write(ctx, projectId, [entry({ study, series, sop: same, sha256: sha }), entry({ study, series, sop: other })]);
  const b = index.write(ctx, projectId, [entry({ study, series, sop: same, sha256: sha }), entry({ study, series, sop: other })]);
  assert.deepEqual(await first, ['stored']);
  assert.deepEqual(await a, ['stored', 'stored']);
  assert.deepEqual(await b, ['duplicate', 'conflict']);
  const tx = await transactionsOf([same, other]);
  assert.equal(tx.size, 2, 'one row each');
  const count = await platform.services.db.selectFrom('series').select('number_of_instances').where('series_instance_uid', '=', series).executeTakeFirstOrThrow();
  assert.equal(count.number_of_instances, 3, 'the duplicate and the conflict are not counted');
  // Sent again later (its own transaction): the index already holds it.
  assert.deepEqual(await index.write(ctx, projectId, [entry({ study, series, sop: same, sha256: sha }), entry({ study, series, sop: same })]), ['duplicate', 'conflict']);
});

test('a group that fails is retried batch by batch: the faulty batch alone is refused, the others are stored once', async () => {
  const index = new StowIndex(platform.services.db, platform.services.audit);
  const [goodStudy, badStudy] = [uid(), uid()];
  const blocker = index.write(ctx, projectId, [entry({ study: goodStudy, series: uid() })]);
  const good = index.write(ctx, projectId, [entry({ study: goodStudy, series: uid() }), entry({ study: goodStudy, series: uid() })]);
  // A subject the database does not know: its study row breaks a foreign key, failing the whole group.
  const bad = index.write(ctx, projectId, [entry({ study: badStudy, series: uid(), subjectId: randomUUID() })]);
  assert.deepEqual(await blocker, ['stored']);
  assert.deepEqual(await good, ['stored', 'stored']);
  await assert.rejects(bad, /foreign key/);
  const studies = await platform.services.db.selectFrom('study').select(['study_instance_uid', 'number_of_instances', 'number_of_series']).where('study_instance_uid', 'in', [goodStudy, badStudy]).execute();
  assert.deepEqual(studies, [{ study_instance_uid: goodStudy, number_of_instances: 3, number_of_series: 3 }], 'nothing of the faulty batch, the good one counted once');
});

test('an instance whose study is stored for another subject is refused, the rest of its batch stored', async () => {
  const index = new StowIndex(platform.services.db, platform.services.audit);
  const study = uid();
  assert.deepEqual(await index.write(ctx, projectId, [entry({ study, series: uid() })]), ['stored']);
  const dm = await signIn(platform.app, 'datamanager');
  const r = await platform.app.inject({ method: 'POST', url: `/api/projects/${projectId}/subjects`, headers: dm.headers, payload: { code: 'G002', centreId: subject.centre_id, consentStatus: 'consented' } });
  assert.equal(r.statusCode, 201, r.body);
  const other = await platform.services.db.selectFrom('subject').select('id').where('project_id', '=', projectId).where('code', '=', 'G002').executeTakeFirstOrThrow();
  const outcomes = await index.write(ctx, projectId, [entry({ study, series: uid(), subjectId: other.id }), entry({ study: uid(), series: uid(), subjectId: other.id })]);
  assert.deepEqual(outcomes, ['study-of-another-subject', 'stored']);
});

test('instances handed over without the study and series attributes join the study and series stored already', async () => {
  const index = new StowIndex(platform.services.db, platform.services.audit);
  const study = uid();
  const series = uid();
  assert.deepEqual(await index.write(ctx, projectId, [entry({ study, series })]), ['stored']);
  // As a request's second batch: its first instances, which carried the attributes, are committed.
  assert.deepEqual(await index.write(ctx, projectId, [entry({ study, series, first: false }), entry({ study, series, first: false })]), ['stored', 'stored']);
  const row = await platform.services.db.selectFrom('series').select(['number_of_instances', 'series_description']).where('series_instance_uid', '=', series).executeTakeFirstOrThrow();
  assert.deepEqual(row, { number_of_instances: 3, series_description: 'SAX cine' });
  // Nothing stored and nothing to create it from: an error of the caller, not a half-made study.
  const unknown = uid();
  await assert.rejects(index.write(ctx, projectId, [entry({ study: unknown, series: uid(), first: false })]), /study .* is neither stored nor handed over with its attributes/);
  assert.equal(await platform.services.db.selectFrom('study').select('id').where('study_instance_uid', '=', unknown).executeTakeFirst(), undefined);
});
