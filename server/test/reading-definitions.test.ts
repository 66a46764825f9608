// Reading forms and designs as versioned data: every version kept, readable and digested, only the
// core-lab manager adds one, each change audited, and every class of bad definition refused with a
// specific code naming the field, with nothing written.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CARDIAC_MR_FORM } from '../src/reading/cardiac-mr-form.ts';
import { DEFAULT_DESIGN } from '../src/reading/design-definition.ts';
import type { ReadingFormDefinition } from '../src/reading/form-definition.ts';
import { sha256Of } from '../src/reading/version-store.ts';
import { createTestPlatform, signIn, type Session, type TestPlatform } from './support/test-platform.ts';

let platform: TestPlatform;
let projectId: string;
let manager: Session;
let reader: Session;
let statistician: Session;

before(async () => {
  platform = await createTestPlatform();
  projectId = platform.demo!.projectId;
  manager = await signIn(platform.app, 'manager');
  reader = await signIn(platform.app, 'reader1');
  statistician = await signIn(platform.app, 'statistician');
});
after(() => platform.close());

const clone = <T>(v: T): T => structuredClone(v);
const post = (kind: 'reading-forms' | 'reading-designs', definition: unknown, session = manager) =>
  platform.app.inject({ method: 'POST', url: `/api/projects/${projectId}/${kind}`, headers: session.headers, payload: { definition, reason: 'reading set-up for the trial' } as object });
async function counts() {
  const n = async (table: 'reading_form_version' | 'reading_design_version') => Number((await platform.services.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
  const audit = Number((await platform.services.db.selectFrom('audit_event').select((eb) => eb.fn.countAll<string>().as('n')).where('action', 'like', 'reading.%').executeTakeFirstOrThrow()).n);
  return { forms: await n('reading_form_version'), designs: await n('reading_design_version'), audit };
}
async function currentForm(): Promise<number> {
  const r = await platform.app.inject({ url: `/api/projects/${projectId}/reading-forms/current`, headers: manager.headers });
  return r.statusCode === 200 ? (r.json() as { version: number }).version : 0;
}

test('the default cardiac MR form uses the shared field keys and is valid as it stands', async () => {
  const keys = CARDIAC_MR_FORM.fields.map((f) => f.key);
  assert.deepEqual(keys, ['lvEdv', 'lvEsv', 'lvSv', 'lvEf', 'lvMass', 'rvEdv', 'rvEsv', 'rvSv', 'rvEf', 'lvEdvi', 'lvEsvi', 'lvSvi', 'lvMassi', 'rvEdvi', 'rvEsvi', 'lgePresent', 'lgePattern', 'lgeSegments', 'comment']);
  const before = await counts();
  const created = await post('reading-forms', CARDIAC_MR_FORM);
  assert.equal(created.statusCode, 201, created.body);
  const body = created.json();
  assert.deepEqual(body.definition, CARDIAC_MR_FORM);
  assert.equal(body.digest, sha256Of(CARDIAC_MR_FORM));
  assert.equal(body.title, CARDIAC_MR_FORM.name);
  assert.equal(body.current, true);
  const after = await counts();
  assert.deepEqual(after, { ...before, forms: before.forms + 1, audit: before.audit + 1 });
  const event = await platform.services.db.selectFrom('audit_event').selectAll().where('action', '=', 'reading.form-version-created').orderBy('seq', 'desc').executeTakeFirstOrThrow();
  assert.equal(event.actor_role, 'core_lab_manager');
  assert.equal(JSON.parse(event.details).digest, body.digest);
});

test('readers read the form; a statistician may not, a reader may not add a version', async () => {
  const version = await currentForm();
  const read = await platform.app.inject({ url: `/api/projects/${projectId}/reading-forms/${version}`, headers: reader.headers });
  assert.equal(read.statusCode, 200, read.body);
  assert.equal((await platform.app.inject({ url: `/api/projects/${projectId}/reading-forms`, headers: statistician.headers })).statusCode, 403);
  assert.equal((await post('reading-forms', CARDIAC_MR_FORM, reader)).statusCode, 403);
  assert.equal((await platform.app.inject({ url: `/api/projects/${projectId}/reading-forms/999`, headers: manager.headers })).json().code, 'reading-form.version-not-found');
});

const field = (key: string) => (f: ReadingFormDefinition) => f.fields.find((x) => x.key === key)! as unknown as Record<string, unknown>;
const badForms: Array<[string, (f: ReadingFormDefinition) => void, string, string]> = [
  ['a duplicate key', (f) => { field('lvEsv')(f).key = 'lvEdv'; }, 'reading-form.duplicate-key', '/definition/fields/1/key'],
  ['a key with a space', (f) => { field('lvEdv')(f).key = 'lv edv'; }, 'reading-form.invalid-definition', '/definition/fields/0/key'],
  ['min not below max', (f) => { Object.assign(field('lvEdv')(f), { min: 500, max: 20 }); }, 'reading-form.range-inverted', '/definition/fields/0/min'],
  ['7 decimals', (f) => { field('lvEdv')(f).decimals = 7; }, 'reading-form.invalid-definition', '/definition/fields/0/decimals'],
  ['an unknown kind', (f) => { field('comment')(f).kind = 'date'; }, 'reading-form.unknown-field-kind', '/definition/fields/18/kind'],
  ['an unknown property', (f) => { field('comment')(f).colour = 'red'; }, 'reading-form.invalid-definition', '/definition/fields/18/colour'],
  ['a condition on an unknown field', (f) => { field('lgePattern')(f).when = { field: 'lge', equals: 'yes' }; }, 'reading-form.when-unknown-field', '/definition/fields/16/when/field'],
  ['a condition on a number field', (f) => { field('lgePattern')(f).when = { field: 'lvEf', equals: 'yes' }; }, 'reading-form.when-not-category', '/definition/fields/16/when/field'],
  ['a condition on a missing option', (f) => { field('lgeSegments')(f).when = { field: 'lgePresent', equals: 'maybe' }; }, 'reading-form.when-not-an-option', '/definition/fields/17/when/equals'],
  ['a condition on itself', (f) => { field('lgePresent')(f).when = { field: 'lgePresent', equals: 'yes' }; }, 'reading-form.when-cycle', '/definition/fields/15/when/field'],
  ['a computation on a text field', (f) => { field('lvSv')(f).computed = { op: 'difference', of: ['lvEdv', 'comment'] }; }, 'reading-form.computed-not-number', '/definition/fields/2/computed/of/1'],
  ['a computation on an unknown field', (f) => { field('lvSv')(f).computed = { op: 'difference', of: ['lvEdv', 'lvX'] }; }, 'reading-form.computed-unknown-field', '/definition/fields/2/computed/of/1'],
  ['a computation with one input too many', (f) => { field('lvEdvi')(f).computed = { op: 'indexed', of: ['lvEdv', 'lvEsv'] }; }, 'reading-form.computed-arity', '/definition/fields/9/computed/of'],
  ['a cycle of computations', (f) => { field('lvEdv')(f).computed = { op: 'indexed', of: ['lvEdvi'] }; delete field('lvEdv')(f).volumetry; }, 'reading-form.computed-cycle', '/definition/fields/0/computed/of'],
  ['an unknown volumetry key', (f) => { field('lvEdv')(f).volumetry = 'lvEdvL'; }, 'reading-form.invalid-definition', '/definition/fields/0/volumetry'],
  ['a volumetry result in two fields', (f) => { field('lvEsv')(f).volumetry = 'lvEdvMl'; }, 'reading-form.duplicate-volumetry', '/definition/fields/1/volumetry'],
  ['a computed field filled from the volumetry', (f) => { field('lvSv')(f).volumetry = 'lvSvMl'; }, 'reading-form.computed-with-volumetry', '/definition/fields/2/volumetry'],
  ['two options with one value', (f) => { (field('lgePresent')(f).options as { value: string }[])[1]!.value = 'yes'; }, 'reading-form.duplicate-option', '/definition/fields/15/options/1/value'],
  ['a label without French', (f) => { field('comment')(f).label = { en: 'Comment' }; }, 'reading-form.invalid-definition', '/definition/fields/18/label/fr'],
  ['no field', (f) => { f.fields = []; }, 'reading-form.invalid-definition', '/definition/fields'],
];

for (const [what, change, code, pointer] of badForms) {
  test(`a form with ${what} is refused (${code}), nothing written`, async () => {
    const form = clone(CARDIAC_MR_FORM);
    change(form);
    const before = await counts();
    const r = await post('reading-forms', form);
    assert.equal(r.statusCode, 400, r.body);
    assert.equal(r.json().code, code, r.body);
    assert.equal(r.json().field, pointer, r.body);
    assert.deepEqual(await counts(), before);
  });
}

test('the default design is valid against the cardiac form and versioned with its digest', async () => {
  const created = await post('reading-designs', DEFAULT_DESIGN);
  assert.equal(created.statusCode, 201, created.body);
  assert.deepEqual(created.json().definition, DEFAULT_DESIGN);
  assert.equal(created.json().digest, sha256Of(DEFAULT_DESIGN));
  const list = await platform.app.inject({ url: `/api/projects/${projectId}/reading-designs`, headers: reader.headers });
  assert.equal(list.statusCode, 200);
  assert.equal(list.json()[0].current, true);
});

const badDesigns: Array<[string, (d: Record<string, any>) => void, string, string]> = [
  ['an unknown mode', (d) => { d.mode = 'triple'; }, 'reading-design.invalid-definition', '/definition/mode'],
  ['a rule on an unknown field', (d) => { d.adjudicationRules[0].field = 'lvEjection'; }, 'reading-design.rule-unknown-field', '/definition/adjudicationRules/0/field'],
  ['a difference rule on a category field', (d) => { d.adjudicationRules[1].field = 'lgePresent'; }, 'reading-design.rule-field-kind', '/definition/adjudicationRules/1/field'],
  ['a categorical rule on a number field', (d) => { d.adjudicationRules[2].fields = ['lvEf']; }, 'reading-design.rule-field-kind', '/definition/adjudicationRules/2/fields/0'],
  ['a repeated rule', (d) => { d.adjudicationRules.push({ kind: 'absolute-difference', field: 'lvEf', threshold: 3 }); }, 'reading-design.duplicate-rule', '/definition/adjudicationRules/3'],
  ['an unknown rule kind', (d) => { d.adjudicationRules[0].kind = 'ratio'; }, 'reading-design.unknown-rule-kind', '/definition/adjudicationRules/0/kind'],
  ['a negative threshold', (d) => { d.adjudicationRules[0].threshold = -1; }, 'reading-design.invalid-definition', '/definition/adjudicationRules/0/threshold'],
  ['a re-read share above 50 %', (d) => { d.reread.percent = 60; }, 'reading-design.invalid-definition', '/definition/reread/percent'],
  ['a wash-out above a year', (d) => { d.reread.washoutDays = 400; }, 'reading-design.invalid-definition', '/definition/reread/washoutDays'],
  ['rules in single mode', (d) => { d.mode = 'single'; }, 'reading-design.rules-in-single-mode', '/definition/adjudicationRules'],
];

for (const [what, change, code, pointer] of badDesigns) {
  test(`a design with ${what} is refused (${code}), nothing written`, async () => {
    const design = clone(DEFAULT_DESIGN) as unknown as Record<string, any>;
    change(design);
    const before = await counts();
    const r = await post('reading-designs', design);
    assert.equal(r.statusCode, 400, r.body);
    assert.equal(r.json().code, code, r.body);
    assert.equal(r.json().field, pointer, r.body);
    assert.deepEqual(await counts(), before);
  });
}
