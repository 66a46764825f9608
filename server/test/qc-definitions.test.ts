// Imaging protocol and QC checklist as versioned data: every version kept and readable, only the
// core-lab manager adds one, each change audited, and every class of bad definition refused with a
// specific code naming the field, with nothing written.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CARDIAC_MR_CHECKLIST, CARDIAC_MR_PROTOCOL } from '../src/qc/cardiac-mr-protocol.ts';
import { createTestPlatform, signIn, type Session, type TestPlatform } from './support/test-platform.ts';

let platform: TestPlatform;
let projectId: string;
let manager: Session;
let dm: Session;
let qc: Session;
let statistician: Session;

before(async () => {
  platform = await createTestPlatform();
  projectId = platform.demo!.projectId;
  manager = await signIn(platform.app, 'manager');
  dm = await signIn(platform.app, 'datamanager');
  qc = await signIn(platform.app, 'qc');
  statistician = await signIn(platform.app, 'statistician');
});
after(() => platform.close());

const clone = <T>(v: T): T => structuredClone(v);

async function post(kind: 'protocols' | 'checklists', payload: unknown, session = manager) {
  return platform.app.inject({ method: 'POST', url: `/api/projects/${projectId}/${kind}`, headers: session.headers, payload: payload as object });
}

async function counts() {
  const db = platform.services.db;
  const [p, c, a] = await Promise.all([
    db.selectFrom('qc_protocol_version').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    db.selectFrom('qc_checklist_version').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    db.selectFrom('audit_event').select((eb) => eb.fn.countAll<string>().as('n')).where('action', 'like', 'qc.%').executeTakeFirstOrThrow(),
  ]);
  return { protocols: Number(p.n), checklists: Number(c.n), audit: Number(a.n) };
}

test('the demo project starts with the cardiac MR protocol and checklist, readable on the imaging side', async () => {
  for (const session of [manager, dm, qc]) {
    const current = await platform.app.inject({ url: `/api/projects/${projectId}/protocols/current`, headers: session.headers });
    assert.equal(current.statusCode, 200, current.body);
    const body = current.json();
    assert.equal(body.version, 1);
    assert.equal(body.current, true);
    assert.deepEqual(body.definition.series.map((s: { name: string }) => s.name), ['cine-sax', 'cine-4ch', 'lge-sax']);
  }
  const checklist = await platform.app.inject({ url: `/api/projects/${projectId}/checklists/current`, headers: qc.headers });
  assert.equal(checklist.statusCode, 200);
  assert.deepEqual(checklist.json().definition, CARDIAC_MR_CHECKLIST);
  const refused = await platform.app.inject({ url: `/api/projects/${projectId}/protocols`, headers: statistician.headers });
  assert.equal(refused.statusCode, 403);
});

test('a change is a new version: the old one stays readable, the new one is current, the change is audited', async () => {
  const before = await counts();
  const changed = clone(CARDIAC_MR_PROTOCOL);
  changed.series[0]!.rules.find((r) => r.id === 'cardiac-phases')!.min = 25;
  const created = await post('protocols', { definition: changed, reason: 'steering committee: at least 25 phases' });
  assert.equal(created.statusCode, 201, created.body);
  assert.equal(created.json().version, 2);
  assert.deepEqual(created.json().definition, changed);

  const list = await platform.app.inject({ url: `/api/projects/${projectId}/protocols`, headers: dm.headers });
  assert.deepEqual(list.json().map((v: { version: number; current: boolean }) => [v.version, v.current]), [[2, true], [1, false]]);
  const v1 = await platform.app.inject({ url: `/api/projects/${projectId}/protocols/1`, headers: dm.headers });
  assert.equal(v1.json().current, false);
  assert.deepEqual(v1.json().definition, CARDIAC_MR_PROTOCOL);

  const after = await counts();
  assert.deepEqual(after, { ...before, protocols: before.protocols + 1, audit: before.audit + 1 });
  const event = await platform.services.db.selectFrom('audit_event').selectAll().where('action', '=', 'qc.protocol-version-created').orderBy('seq', 'desc').executeTakeFirstOrThrow();
  assert.equal(event.reason, 'steering committee: at least 25 phases');
  assert.equal(event.actor_role, 'core_lab_manager');
  assert.equal(event.project_id, projectId);
  assert.match(event.after_digest ?? '', /^[0-9a-f]{64}$/);
  assert.deepEqual(JSON.parse(event.details), { title: changed.title, version: 2 });
});

test('only the core-lab manager saves a version', async () => {
  for (const session of [dm, qc]) {
    const r = await post('protocols', { definition: CARDIAC_MR_PROTOCOL, reason: 'not mine to change' }, session);
    assert.equal(r.statusCode, 403);
    assert.equal(r.json().code, 'access.role-required');
  }
});

type Mutation = (p: any) => unknown;
const withSeries = (f: (s: any) => void): Mutation => (p) => {
  f(p.series[0]);
  return p;
};
const withRule = (f: (r: any) => void): Mutation => withSeries((s) => f(s.rules[0]));

const BAD_PROTOCOLS: Array<{ name: string; body: (p: any) => unknown; code: string; field: string }> = [
  { name: 'not an object', body: () => ({ definition: 'cine please', reason: 'test' }), code: 'protocol.invalid-definition', field: '/definition' },
  { name: 'no reason', body: (p) => ({ definition: p }), code: 'protocol.invalid-definition', field: '/reason' },
  { name: 'missing title', body: (p) => ({ definition: { ...p, title: undefined }, reason: 'test' }), code: 'protocol.invalid-definition', field: '/definition/title' },
  { name: 'unknown field', body: (p) => ({ definition: withSeries((s) => (s.colour = 'red'))(p), reason: 'test' }), code: 'protocol.invalid-definition', field: '/definition/series/0/colour' },
  { name: 'no series', body: (p) => ({ definition: { ...p, series: [] }, reason: 'test' }), code: 'protocol.invalid-definition', field: '/definition/series' },
  { name: 'too many series', body: (p) => ({ definition: { ...p, series: Array.from({ length: 33 }, (_, i) => ({ ...p.series[0], name: `s${i}` })) }, reason: 'test' }), code: 'protocol.invalid-definition', field: '/definition/series' },
  { name: 'bad series name', body: (p) => ({ definition: withSeries((s) => (s.name = 'Cine SAX'))(p), reason: 'test' }), code: 'protocol.invalid-definition', field: '/definition/series/0/name' },
  { name: 'no recognition condition', body: (p) => ({ definition: withSeries((s) => (s.match = []))(p), reason: 'test' }), code: 'protocol.invalid-definition', field: '/definition/series/0/match' },
  { name: 'a number sent as text', body: (p) => ({ definition: withRule((r) => (r.min = '6'))(p), reason: 'test' }), code: 'protocol.invalid-definition', field: '/definition/series/0/rules/0/min' },
  { name: 'unknown measure', body: (p) => ({ definition: withRule((r) => (r.measure = 'sliceFatness'))(p), reason: 'test' }), code: 'protocol.invalid-definition', field: '/definition/series/0/rules/0/measure' },
  { name: 'pattern too long', body: (p) => ({ definition: withSeries((s) => (s.match[0].pattern = 'a'.repeat(201)))(p), reason: 'test' }), code: 'protocol.invalid-definition', field: '/definition/series/0/match/0/pattern' },
  { name: 'min above max', body: (p) => ({ definition: withRule((r) => Object.assign(r, { min: 9, max: 6 }))(p), reason: 'test' }), code: 'protocol.range-inverted', field: '/definition/series/0/rules/0/min' },
  { name: 'unknown attribute keyword', body: (p) => ({ definition: withSeries((s) => (s.match[0].attribute = 'SeriesDescripton'))(p), reason: 'test' }), code: 'protocol.unknown-attribute', field: '/definition/series/0/match/0/attribute' },
  { name: 'sequence attribute', body: (p) => ({ definition: withSeries((s) => (s.match[1] = { attribute: 'ReferencedImageSequence', oneOf: ['x'] }))(p), reason: 'test' }), code: 'protocol.attribute-not-comparable', field: '/definition/series/0/match/1/attribute' },
  { name: 'invalid regular expression', body: (p) => ({ definition: withSeries((s) => (s.match[0].pattern = 'sax(|short'))(p), reason: 'test' }), code: 'protocol.invalid-regex', field: '/definition/series/0/match/0/pattern' },
  { name: 'catastrophic regular expression', body: (p) => ({ definition: withSeries((s) => (s.match[0].pattern = '^(a+)+$'))(p), reason: 'test' }), code: 'protocol.unsafe-regex', field: '/definition/series/0/match/0/pattern' },
  { name: 'duplicate series name', body: (p) => ({ definition: { ...p, series: [p.series[0], p.series[0]] }, reason: 'test' }), code: 'protocol.duplicate-series-name', field: '/definition/series/1/name' },
  { name: 'duplicate rule id', body: (p) => ({ definition: withSeries((s) => s.rules.push(s.rules[0]))(p), reason: 'test' }), code: 'protocol.duplicate-rule-id', field: `/definition/series/0/rules/${CARDIAC_MR_PROTOCOL.series[0]!.rules.length}/id` },
  { name: 'reserved rule id', body: (p) => ({ definition: withRule((r) => (r.id = 'present'))(p), reason: 'test' }), code: 'protocol.reserved-rule-id', field: '/definition/series/0/rules/0/id' },
  { name: 'attribute and measure at once', body: (p) => ({ definition: withRule((r) => (r.attribute = 'SliceThickness'))(p), reason: 'test' }), code: 'protocol.condition-subject', field: '/definition/series/0/rules/0' },
  { name: 'no test', body: (p) => ({ definition: withRule((r) => Object.assign(r, { min: undefined, max: undefined }))(p), reason: 'test' }), code: 'protocol.condition-test', field: '/definition/series/0/rules/0' },
  { name: 'two tests', body: (p) => ({ definition: withSeries((s) => (s.match[1].oneOf = ['GR']))(p), reason: 'test' }), code: 'protocol.condition-test', field: '/definition/series/0/match/1' },
  { name: 'text test on a numeric measure', body: (p) => ({ definition: withRule((r) => Object.assign(r, { min: undefined, max: undefined, oneOf: ['8'] }))(p), reason: 'test' }), code: 'protocol.test-not-for-measure', field: '/definition/series/0/rules/0' },
  { name: 'unknown plane', body: (p) => ({ definition: withSeries((s) => s.match.push({ measure: 'plane', oneOf: ['diagonal'] }))(p), reason: 'test' }), code: 'protocol.unknown-plane', field: '/definition/series/0/match/4/oneOf' },
  { name: 'range on a text attribute', body: (p) => ({ definition: withSeries((s) => (s.match[0] = { attribute: 'SeriesDescription', min: 1 }))(p), reason: 'test' }), code: 'protocol.test-not-for-attribute', field: '/definition/series/0/match/0' },
];

test('every class of bad protocol is refused with a specific code naming the field, and nothing is written', async () => {
  const before = await counts();
  for (const bad of BAD_PROTOCOLS) {
    const r = await post('protocols', JSON.parse(JSON.stringify(bad.body(clone(CARDIAC_MR_PROTOCOL)))));
    assert.equal(r.statusCode, 400, `${bad.name}: ${r.body}`);
    const problem = r.json();
    assert.match(r.headers['content-type'] as string, /application\/problem\+json/);
    assert.equal(problem.code, bad.code, `${bad.name}: ${r.body}`);
    assert.equal(problem.field, bad.field, `${bad.name}: ${r.body}`);
    assert.ok(problem.detail.startsWith(bad.field), `${bad.name}: ${problem.detail}`);
  }
  assert.deepEqual(await counts(), before);
});

const BAD_CHECKLISTS: Array<{ name: string; body: (c: any) => unknown; code: string; field: string }> = [
  { name: 'no artefacts', body: (c) => ({ ...c, artefacts: [] }), code: 'checklist.invalid-definition', field: '/definition/artefacts' },
  { name: 'unknown grade', body: (c) => ({ ...c, commentRequiredFor: ['awful'] }), code: 'checklist.invalid-definition', field: '/definition/commentRequiredFor/0' },
  { name: 'comment length 0', body: (c) => ({ ...c, commentMaxLength: 0 }), code: 'checklist.invalid-definition', field: '/definition/commentMaxLength' },
  { name: 'duplicate artefact code', body: (c) => ({ ...c, artefacts: [...c.artefacts, c.artefacts[0]] }), code: 'checklist.duplicate-artefact-code', field: `/definition/artefacts/${CARDIAC_MR_CHECKLIST.artefacts.length}/code` },
  { name: 'artefact for a series the protocol lacks', body: (c) => ({ ...c, artefacts: [{ code: 'flow', label: 'Flow artefact', appliesTo: ['cine-sax', 'phase-contrast'] }] }), code: 'checklist.unknown-series', field: '/definition/artefacts/0/appliesTo/1' },
];

test('checklists: a new version is kept beside the old; bad ones are refused naming the field', async () => {
  const before = await counts();
  for (const bad of BAD_CHECKLISTS) {
    const r = await post('checklists', { definition: bad.body(clone(CARDIAC_MR_CHECKLIST)), reason: 'test' });
    assert.equal(r.statusCode, 400, `${bad.name}: ${r.body}`);
    assert.equal(r.json().code, bad.code, `${bad.name}: ${r.body}`);
    assert.equal(r.json().field, bad.field, `${bad.name}: ${r.body}`);
  }
  assert.deepEqual(await counts(), before);
  const next = { ...clone(CARDIAC_MR_CHECKLIST), artefacts: [...CARDIAC_MR_CHECKLIST.artefacts, { code: 'flow', label: 'Flow artefact' }] };
  const created = await post('checklists', { definition: next, reason: 'flow artefacts seen in the pilot' });
  assert.equal(created.statusCode, 201, created.body);
  assert.equal(created.json().version, 2);
  const v1 = await platform.app.inject({ url: `/api/projects/${projectId}/checklists/1`, headers: qc.headers });
  assert.deepEqual(v1.json().definition, CARDIAC_MR_CHECKLIST);
});

test('versions that do not exist, and a project without a protocol', async () => {
  const missing = await platform.app.inject({ url: `/api/projects/${projectId}/protocols/99`, headers: dm.headers });
  assert.equal(missing.statusCode, 404);
  assert.equal(missing.json().code, 'protocol.version-not-found');
  const malformed = await platform.app.inject({ url: `/api/projects/${projectId}/protocols/first`, headers: dm.headers });
  assert.equal(malformed.statusCode, 400);
  const other = await platform.services.projects.create({ actor: null, requestId: null }, { code: 'NO-PROTOCOL', title: 'A project without protocol' });
  const none = await platform.services.qc.protocols.current(other.id).catch((e: { code: string }) => e.code);
  assert.equal(none, 'protocol.none');
  const orphan = await platform.services.qc.checklists
    .create({ actor: null, requestId: null }, other.id, { definition: CARDIAC_MR_CHECKLIST, reason: 'appliesTo needs a protocol' })
    .catch((e: { code: string; extra: { field: string } }) => `${e.code} ${e.extra.field}`);
  assert.equal(orphan, 'checklist.unknown-series /definition/artefacts/3/appliesTo/0');
});
