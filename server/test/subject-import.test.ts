// Registering subjects from a CSV: spreadsheet conventions accepted, each bad line reported with its
// number and reason, nothing imported from a file with errors unless asked, the size and line count
// bounded, and a bad file as a whole refused for a specific reason.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { after, before, test } from 'node:test';
import { CSV_LIMITS } from '../src/subjects/subject-csv.ts';
import { createTestPlatform, signIn, DEMO_PASSWORD, type Session, type TestPlatform } from './support/test-platform.ts';

let platform: TestPlatform;
let projectId: string;
let northId: string;
let dm: Session;
let southDm: Session;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

before(async () => {
  platform = await createTestPlatform();
  projectId = platform.demo!.projectId;
  const orgs = await platform.services.db.selectFrom('organisation').select(['id', 'name']).execute();
  northId = orgs.find((o) => o.name.startsWith('CHU Nord'))!.id;
  const southId = orgs.find((o) => o.name.startsWith('Hôpital Sud'))!.id;
  const ctx = { actor: null, requestId: null };
  const user = await platform.services.users.create(ctx, { username: 'dm-south', displayName: 'South DM', organisationId: southId, password: DEMO_PASSWORD });
  await platform.services.memberships.grant(ctx, projectId, { userId: user.id, role: 'centre_data_manager', reason: 'test set-up' });
  dm = await signIn(platform.app, 'datamanager');
  southDm = await signIn(platform.app, 'dm-south');
});
after(() => platform.close());

interface LineError {
  line: number;
  code: string | null;
  reason: string;
  message: string;
}

async function upload(session: Session, body: string | Buffer, query = '', contentType = 'text/csv; charset=utf-8') {
  const r = await platform.app.inject({ method: 'POST', url: `/api/projects/${projectId}/subjects/import${query}`, headers: { ...session.headers, 'content-type': contentType }, payload: body });
  return { status: r.statusCode, json: r.json() as { code: string; detail: string; errors?: LineError[]; imported: Array<{ line: number; code: string; consentStatus: string }>; rejected: LineError[]; centreId: string; lines: number } };
}
const subjectCount = async () => (await platform.services.db.selectFrom('subject').select('id').execute()).length;
const eventCount = async () => (await platform.services.db.selectFrom('consent_event').select('id').execute()).length;

test('a spreadsheet export (BOM, CRLF, quotes, semicolons) registers every subject with its first event', async () => {
  const csv =
    '\uFEFFcode;event;date;channel\r\n' +
    `IMP-001;written-consent;${day(-20)};\r\n` +
    `"IMP-002";"information-notice";${day(-3)};"Letter"\r\n` +
    `IMP-003;information-notice;${day(-60)};email\r\n` +
    '\r\n' +
    'IMP-004;;;\r\n' +
    `IMP-005;Objection;${day(-1)};phone\r\n`;
  const r = await upload(dm, Buffer.from(csv, 'utf8'));
  assert.equal(r.status, 200, JSON.stringify(r.json));
  assert.equal(r.json.centreId, northId);
  assert.equal(r.json.lines, 5);
  assert.deepEqual(r.json.rejected, []);
  assert.deepEqual(
    r.json.imported.map((s) => [s.line, s.code, s.consentStatus]),
    [
      [2, 'IMP-001', 'consented'],
      [3, 'IMP-002', 'information-notice-delivered'],
      [4, 'IMP-003', 'no-objection'],
      [6, 'IMP-004', 'unknown'],
      [7, 'IMP-005', 'objected'],
    ],
  );
  const rows = await platform.services.db.selectFrom('subject').select(['code', 'centre_id', 'consent_status', 'processing_stopped_at']).where('code', 'like', 'IMP-%').orderBy('code').execute();
  assert.ok(rows.every((row) => row.centre_id === northId));
  assert.ok(rows[4]!.processing_stopped_at, 'an objection imported is a stop from the start');
  const events = await platform.services.db.selectFrom('consent_event').select(['kind', 'channel']).where('subject_id', '=', (await platform.services.db.selectFrom('subject').select('id').where('code', '=', 'IMP-002').executeTakeFirstOrThrow()).id).execute();
  assert.deepEqual(events, [{ kind: 'information-notice', channel: 'letter' }]);
  const audit = await platform.services.db.selectFrom('audit_event').select(['action', 'details']).where('action', 'in', ['subject.imported', 'subject.registered', 'subject.processing-stopped']).execute();
  assert.equal(audit.filter((a) => a.action === 'subject.registered').length, 5);
  assert.equal(audit.filter((a) => a.action === 'subject.processing-stopped').length, 1);
  assert.deepEqual(JSON.parse(audit.find((a) => a.action === 'subject.imported')!.details), { centreId: northId, lines: 5, imported: 5, rejected: 0, importValidLines: false });
});

const BAD_FILE = [
  'code,event,date,channel',
  `OK-001,written-consent,${day(-5)},`, // 2
  `bad code!,written-consent,${day(-5)},`, // 3
  `OK-002,information-notice,${day(-5)},letter`, // 4
  `OK-002,written-consent,${day(-5)},`, // 5 duplicate in file
  `IMP-001,written-consent,${day(-5)},`, // 6 already registered (first test)
  'OK-003,written-consent,2025-13-01,', // 7 bad date
  `OK-004,written-consent,${day(3)},`, // 8 future
  `OK-005,handshake,${day(-5)},`, // 9 unknown event
  `OK-006,objection,${day(-5)},fax`, // 10 unknown channel
  `,written-consent,${day(-5)},`, // 11 missing code
  'OK-007,written-consent,,', // 12 missing date
  `OK-008,,${day(-5)},`, // 13 date without event
  `OK-009,written-consent,${day(-5)}`, // 14 wrong field count
  `OK-010,withdrawal,${day(-5)},letter`, // 15 withdrawal first
  `OK-011,information-notice,${day(-5)},`, // 16 channel missing
  `"OK-012","written-consent","${day(-6)}",""`, // 17 fine
  `"OK\n013",written-consent,${day(-5)},`, // 18-19 code with a line break
  `OK-014,written-consent,${day(-5)},`, // 20 fine
].join('\n');

const EXPECTED: Array<[number, string]> = [
  [3, 'subject.invalid-code'],
  [5, 'subject-import.duplicate-in-file'],
  [6, 'subject.code-taken'],
  [7, 'consent.invalid-date'],
  [8, 'consent.date-in-future'],
  [9, 'consent.unknown-event'],
  [10, 'consent.unknown-channel'],
  [11, 'subject-import.missing-field'],
  [12, 'subject-import.missing-field'],
  [13, 'subject-import.missing-field'],
  [14, 'subject-import.wrong-field-count'],
  [15, 'consent.withdrawal-without-consent'],
  [16, 'consent.channel-required'],
  [18, 'subject.invalid-code'],
];

test('each bad line is reported with its number and reason, and nothing is imported', async () => {
  const [subjects, events] = [await subjectCount(), await eventCount()];
  const r = await upload(dm, BAD_FILE);
  assert.equal(r.status, 400);
  assert.equal(r.json.code, 'subject-import.invalid-lines');
  assert.match(r.json.detail, /^14 of 18 lines have errors; nothing was imported/);
  assert.deepEqual(r.json.errors!.map((e) => [e.line, e.reason]), EXPECTED);
  assert.ok(r.json.errors!.every((e) => e.message.length > 8));
  assert.equal(r.json.errors!.find((e) => e.line === 5)!.message, 'the code OK-002 is already on line 4');
  assert.equal(await subjectCount(), subjects);
  assert.equal(await eventCount(), events);
});

test('with importValidLines the valid lines are imported and the bad ones reported', async () => {
  const subjects = await subjectCount();
  const r = await upload(dm, BAD_FILE, '?importValidLines=true');
  assert.equal(r.status, 200, JSON.stringify(r.json));
  assert.deepEqual(r.json.imported.map((s) => [s.line, s.code]), [[2, 'OK-001'], [4, 'OK-002'], [17, 'OK-012'], [20, 'OK-014']]);
  assert.deepEqual(r.json.rejected.map((e) => [e.line, e.reason]), EXPECTED);
  assert.equal(await subjectCount(), subjects + 4);
});

test('a code another centre registered is refused on that line', async () => {
  const r = await upload(southDm, `code\nIMP-001\nS-IMP-1\n`);
  assert.equal(r.status, 400);
  assert.deepEqual(r.json.errors!.map((e) => [e.line, e.reason]), [[2, 'subject.code-taken']]);
});

test('a bad file as a whole gets one specific refusal and nothing is written', async () => {
  const subjects = await subjectCount();
  const cases: Array<[string | Buffer, number, string, RegExp?]> = [
    ['', 400, 'subject-import.empty'],
    ['code,event,date,channel\r\n', 400, 'subject-import.empty'],
    ['patient,event,date\nX,written-consent,2024-01-01\n', 400, 'subject-import.unknown-column', /"patient"/],
    ['event,date\nwritten-consent,2024-01-01\n', 400, 'subject-import.missing-column', /no "code" column/],
    ['code,event\nX1,written-consent\n', 400, 'subject-import.missing-column', /"event" and "date"/],
    ['code,date\nX1,2024-01-01\n', 400, 'subject-import.missing-column'],
    ['code,code\nX1,X2\n', 400, 'subject-import.duplicate-column'],
    ['code,event,date\nX1,"written-consent,2024-01-01\nX2,written-consent,2024-01-01\n', 400, 'subject-import.malformed-csv', /line 2/],
    ['code,event,date\r\nX1,written-consent,2024-01-01\r\n\r\nX2,"written-consent,2024-01-01\r\n', 400, 'subject-import.malformed-csv', /quoted field of line 4 is never closed/],
    ['code,event,date\nX1,writ"ten-consent,2024-01-01\n', 400, 'subject-import.malformed-csv', /at line 2/],
    [Buffer.from('code\nPATIENT-\xe9\n', 'latin1'), 400, 'subject-import.not-utf8'],
  ];
  for (const [body, status, code, detail] of cases) {
    const r = await upload(dm, body);
    assert.equal(r.status, status, `${JSON.stringify(String(body))}: ${JSON.stringify(r.json)}`);
    assert.equal(r.json.code, code, JSON.stringify(String(body)));
    if (detail) assert.match(r.json.detail, detail);
  }
  const json = await upload(dm, JSON.stringify({ code: 'X' }), '', 'application/json');
  assert.equal(json.status, 400);
  assert.equal(json.json.code, 'request.invalid-body');
  const xml = await upload(dm, '<subjects/>', '', 'application/xml');
  assert.equal(xml.status, 415);
  assert.equal(await subjectCount(), subjects);
});

test('the size and the number of lines are bounded', async () => {
  const subjects = await subjectCount();
  const tooMany = `code\n${Array.from({ length: CSV_LIMITS.maxLines + 1 }, (_, i) => `MANY-${i}`).join('\n')}\n`;
  const many = await upload(dm, tooMany);
  assert.equal(many.status, 400);
  assert.equal(many.json.code, 'subject-import.too-many-lines');
  assert.match(many.json.detail, new RegExp(`at most ${CSV_LIMITS.maxLines}`));

  const big = `code\n${'X'.repeat(CSV_LIMITS.maxBytes)}\n`;
  const large = await upload(dm, big);
  assert.equal(large.status, 413);
  assert.equal(large.json.code, 'subject-import.too-large');
  assert.match(large.json.detail, /larger than 2 MiB/);
  // Sent without a length: refused while streaming, once past the bound.
  const streamed = await platform.app.inject({
    method: 'POST',
    url: `/api/projects/${projectId}/subjects/import`,
    headers: { ...dm.headers, 'content-type': 'text/csv' },
    payload: Readable.from((function* () {
      yield 'code\n';
      for (let i = 0; i < 40; i++) yield `${'Y'.repeat(64 * 1024)}\n`;
    })()),
  });
  assert.equal(streamed.statusCode, 413);
  assert.equal(streamed.json().code, 'subject-import.too-large');
  assert.equal(await subjectCount(), subjects);
});

test('an import at the line bound goes through in one transaction', async () => {
  const before = await subjectCount();
  const csv = `code,event,date,channel\n${Array.from({ length: CSV_LIMITS.maxLines }, (_, i) => `BULK-${String(i).padStart(5, '0')},information-notice,${day(-i % 90)},letter`).join('\n')}\n`;
  const cpu = process.cpuUsage();
  const r = await upload(dm, csv);
  const used = process.cpuUsage(cpu);
  assert.equal(r.status, 200, JSON.stringify(r.json).slice(0, 500));
  assert.equal(r.json.imported.length, CSV_LIMITS.maxLines);
  assert.equal(await subjectCount(), before + CSV_LIMITS.maxLines);
  const statuses = new Set(r.json.imported.map((s) => s.consentStatus));
  assert.deepEqual([...statuses].sort(), ['information-notice-delivered', 'no-objection']);
  console.log(`# import of ${CSV_LIMITS.maxLines} subjects: ${((used.user + used.system) / 1000).toFixed(0)} ms CPU in the test process`);
});
