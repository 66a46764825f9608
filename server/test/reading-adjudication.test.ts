// Adjudication through the API with real reads: two readers read two exams; the one they agree on
// gets its final values at once (means, agreed categories), the other opens an adjudication. The
// adjudicator's queue and claim (never their centre, never an exam they read), the blinded view,
// every class of bad decision refused with nothing written, the resolution and its final values,
// the final values' list and CSV; every step on the audit trail.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DEFAULT_DESIGN } from '../src/reading/design-definition.ts';
import type { ReadValues } from '../src/reading/form-definition.ts';
import { api } from './qc-review-fixtures.ts';
import { auditOf, createReadingWorld, passedExam, readExam, values, type ReadingWorld } from './reading-adjudication-fixtures.ts';

let w: ReadingWorld;
let agreed: { study: string; examId: string };
let discordant: { study: string; examId: string };
let adjudicationId: string;
/** reader1's read is Read B of the discordant exam (reader 2 took slot 1). */
let reader1Side: 'read-a' | 'read-b';
let otherSide: 'read-a' | 'read-b';

before(async () => {
  w = await createReadingWorld();
  agreed = await passedExam(w);
  discordant = await passedExam(w);
  await readExam(w, agreed, [
    { reader: 'reader1', values: { ...values(150, 60, 100), comment: 'good images' } },
    { reader: 'reader2', values: { ...values(154, 63, 104), comment: 'basal slice unsure' } },
  ]);
  // Reader 2 takes slot 1 here: Read A is the first slot, whoever read it.
  await readExam(w, discordant, [
    { reader: 'reader2', values: values(150, 80, 130, { lgePresent: 'yes', lgePattern: 'mid-wall', lgeSegments: [3, 4] }) },
    { reader: 'reader1', values: values(150, 60, 100) },
  ]);
});
after(() => w.platform.close());

const db = () => w.platform.services.db;
async function counts() {
  const n = async (table: 'adjudication_task' | 'adjudication_decision' | 'final_value' | 'audit_event') => Number((await db().selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
  return { tasks: await n('adjudication_task'), decisions: await n('adjudication_decision'), finals: await n('final_value'), audit: await n('audit_event') };
}
const finalValues = async (who = 'manager') => {
  const r = await api(w, w.s[who]!, 'GET', '/reading/final-values');
  assert.equal(r.statusCode, 200, r.body);
  return r.json() as Array<{ examId: string; studyInstanceUID: string; values: ReadValues; provenance: Record<string, { source: string; reads: string[]; reason?: string; computedFrom?: string[] }>; adjudicationTaskId: string | null; digest: string }>;
};

test('two reads that agree: final values at once — numbers averaged to the field decimals, categories agreed, no text, computed fields recomputed', async () => {
  const rows = await finalValues();
  const row = rows.find((r) => r.studyInstanceUID === agreed.study)!;
  assert.ok(row, 'final values of the agreed exam');
  assert.equal(row.adjudicationTaskId, null);
  assert.equal(row.values.lvEdv, 152);
  assert.equal(row.values.lvEsv, 61.5);
  assert.equal(row.values.lvMass, 102);
  assert.equal(row.values.lgePresent, 'no');
  assert.equal(row.values.comment, undefined);
  assert.equal(row.values.lvSv, 90.5);
  assert.equal(row.values.lvEf, 59.5); // 100 × 90.5 / 152 = 59.54, from the final volumes, not the mean of the two EFs
  assert.equal(row.provenance.lvEdv!.source, 'mean-of-reads');
  assert.equal(row.provenance.lvEdv!.reads.length, 2);
  assert.equal(row.provenance.lgePresent!.source, 'agreed');
  assert.deepEqual(row.provenance.lvEf!.computedFrom, ['lvEdv', 'lvEsv']);
  assert.equal(row.provenance.lvEf!.source, 'mean-of-reads');
  const events = (await auditOf(w, 'reading.final-values-defined')).filter((e) => e.target_id === agreed.examId);
  assert.equal(events.length, 1);
  assert.equal(JSON.parse(events[0]!.details).digest, row.digest);
  assert.equal(events[0]!.actor_role, 'system');
});

test('a discordant pair opens one adjudication naming each discordant field and its rule, audited', async () => {
  const task = await db().selectFrom('adjudication_task').selectAll().where('exam_id', '=', discordant.examId).executeTakeFirstOrThrow();
  adjudicationId = task.id;
  assert.equal(task.state, 'open');
  const reader1Read = await db().selectFrom('reading_read').select('id').where('exam_id', '=', discordant.examId).where('reader_id', '=', w.userIds.reader1!).executeTakeFirstOrThrow();
  reader1Side = task.read_a === reader1Read.id ? 'read-a' : 'read-b';
  assert.equal(reader1Side, 'read-b');
  otherSide = 'read-a';
  const discordances = JSON.parse(task.discordances) as Array<{ field: string; rule: string; difference: number | null }>;
  assert.deepEqual(discordances.map((d) => [d.field, d.rule]), [
    ['lvEf', 'absolute-difference'],
    ['lvMass', 'relative-difference'],
    ['lgePresent', 'categorical-disagreement'],
    ['lgePattern', 'categorical-disagreement'],
    ['lgeSegments', 'categorical-disagreement'],
  ]);
  assert.ok(Math.abs(discordances[0]!.difference! - 13.3) < 0.051, String(discordances[0]!.difference));
  assert.equal(Math.round(discordances[1]!.difference! * 10) / 10, 26.1);
  assert.ok(!(await finalValues()).some((r) => r.examId === discordant.examId));
  const [opened] = (await auditOf(w, 'adjudication.opened')).filter((e) => e.target_id === task.id);
  assert.deepEqual(JSON.parse(opened!.details).fields, ['lvEf:absolute-difference', 'lvMass:relative-difference', 'lgePresent:categorical-disagreement', 'lgePattern:categorical-disagreement', 'lgeSegments:categorical-disagreement']);
});

test("the queue: an adjudicator of another centre who did not read the exam sees it; the exam's reader and an adjudicator of its centre do not", async () => {
  const queue = async (who: string) => {
    const r = await api(w, w.s[who]!, 'GET', '/adjudications');
    assert.equal(r.statusCode, 200, r.body);
    return r.json() as Array<{ id: string; blindedLabel: string; discordantFields: string[]; state: string }>;
  };
  const [entry] = await queue('adjudicator');
  assert.equal(entry!.id, adjudicationId);
  assert.equal(entry!.blindedLabel, 'Adjudication 0001');
  assert.deepEqual(entry!.discordantFields, ['lvEf', 'lvMass', 'lgePresent', 'lgePattern', 'lgeSegments']);
  assert.ok(!JSON.stringify(entry).includes(discordant.study), 'the queue does not name the exam');
  assert.deepEqual(await queue('reader1'), []);
  assert.deepEqual(await queue('adj-north'), []);
  for (const who of ['reader2', 'manager', 'auditor']) assert.equal((await api(w, w.s[who]!, 'GET', '/adjudications')).statusCode, 403, who);
});

test('claim: refused to the reader of the exam and to an adjudicator of its centre; the first adjudicator gets it, a second one a conflict', async () => {
  const before = await counts();
  const byReader = await api(w, w.s.reader1!, 'POST', `/adjudications/${adjudicationId}/claim`);
  assert.equal(byReader.statusCode, 403);
  assert.equal(byReader.json().code, 'reading.adjudicator-read-exam');
  const byNorth = await api(w, w.s['adj-north']!, 'POST', `/adjudications/${adjudicationId}/claim`);
  assert.equal(byNorth.statusCode, 403);
  assert.equal(byNorth.json().code, 'separation-of-duties.no-review-of-own-centre');
  const unknown = await api(w, w.s.adjudicator!, 'POST', `/adjudications/${'0'.repeat(8)}-0000-4000-8000-000000000000/claim`);
  assert.equal(unknown.statusCode, 404);
  assert.equal(unknown.json().code, 'adjudication.not-found');
  assert.deepEqual(await counts(), before);
  const early = await api(w, w.s.adjudicator!, 'GET', `/adjudications/${adjudicationId}`);
  assert.equal(early.statusCode, 403);
  assert.equal(early.json().code, 'adjudication.not-yours');

  const claimed = await api(w, w.s.adjudicator!, 'POST', '/adjudications/next');
  assert.equal(claimed.statusCode, 200, claimed.body);
  assert.equal(claimed.json().id, adjudicationId);
  assert.equal(claimed.json().state, 'in-progress');
  assert.equal(claimed.json().mine, true);
  const second = await api(w, w.s.adj2!, 'POST', `/adjudications/${adjudicationId}/claim`);
  assert.equal(second.statusCode, 409);
  assert.equal(second.json().code, 'adjudication.already-claimed');
  const empty = await api(w, w.s.adj2!, 'POST', '/adjudications/next');
  assert.equal(empty.statusCode, 409);
  assert.equal(empty.json().code, 'adjudication.queue-empty');
  const other = await api(w, w.s.adj2!, 'GET', `/adjudications/${adjudicationId}`);
  assert.equal(other.statusCode, 403);
  assert.equal(other.json().code, 'adjudication.not-yours');
  const [event] = (await auditOf(w, 'adjudication.claimed')).filter((e) => e.target_id === adjudicationId);
  assert.equal(event!.actor_role, 'adjudicator');
});

test('the view: both reads as Read A and Read B with the discordances and the series; no reader, centre or date', async () => {
  const r = await api(w, w.s.adjudicator!, 'GET', `/adjudications/${adjudicationId}`);
  assert.equal(r.statusCode, 200, r.body);
  const view = r.json();
  const reader1 = view[reader1Side === 'read-a' ? 'readA' : 'readB'];
  const reader2 = view[reader1Side === 'read-a' ? 'readB' : 'readA'];
  assert.equal(reader1.values.lgePresent, 'no');
  assert.equal(reader2.values.lgePattern, 'mid-wall');
  assert.equal(reader2.values.lvEf, 46.7);
  assert.deepEqual(reader1.annotations, { contours: [], measurements: [] });
  assert.equal(view.form.version, 1);
  assert.deepEqual(view.series.map((s: { description: string }) => s.description).sort(), ['cine sax', 'lge sax']);
  assert.equal(view.discordances.length, 5);
  assert.deepEqual(view.decisions, []);
  const text = JSON.stringify(view);
  for (const hidden of [w.userIds.reader1!, w.userIds.reader2!, 'Rachel', 'Romain', w.northId, 'CHU Nord', 'R002']) assert.ok(!text.includes(hidden), `the view shows ${hidden}`);
  assert.ok(!/studyDate|centre|reader(Id|Name)/i.test(Object.keys(view).join(',')));
});

test('every class of bad decision is refused with its code and writes nothing', async () => {
  const good = () => [
    { field: 'lvEf', choice: reader1Side, reason: 'Read B traced the outflow tract as ventricle' },
    { field: 'lvMass', choice: 'value', value: 104.5, reason: 'recontoured the epicardium on two basal slices' },
    { field: 'lgePresent', choice: 'value', value: 'no', reason: 'artefact, not enhancement' },
    { field: 'lgePattern', choice: reader1Side, reason: 'no enhancement' },
    { field: 'lgeSegments', choice: reader1Side, reason: 'no enhancement' },
  ];
  const resolve = (decisions: object[]) => api(w, w.s.adjudicator!, 'POST', `/adjudications/${adjudicationId}/resolve`, { decisions });
  const before = await counts();
  const cases: Array<[string, object[], number, string, Array<[string, string]>?]> = [
    ['a discordant field left out', good().slice(1), 400, 'adjudication.invalid-decisions', [['lvEf', 'undecided']]],
    ['a field not on the form', [...good(), { field: 'rvMass', choice: 'read-a', reason: 'x' }], 400, 'adjudication.invalid-decisions', [['rvMass', 'unknown-field']]],
    ['a field the reads agree on', [...good(), { field: 'rvEdv', choice: 'read-a', reason: 'x' }], 400, 'adjudication.invalid-decisions', [['rvEdv', 'not-discordant']]],
    ['a choice that does not exist', good().map((d, i) => (i === 0 ? { ...d, choice: 'read-c' } : d)), 400, 'request.invalid-body'],
    ['a value out of range', good().map((d) => (d.field === 'lvMass' ? { ...d, value: 1000 } : d)), 400, 'adjudication.invalid-decisions', [['lvMass', 'out-of-range']]],
    ['a category that is no option', good().map((d) => (d.field === 'lgePresent' ? { ...d, value: 'maybe' } : d)), 400, 'adjudication.invalid-decisions', [['lgePresent', 'not-an-option']]],
    ['no reason', good().map((d, i) => (i === 1 ? { field: d.field, choice: d.choice, value: d.value } : d)), 400, 'request.invalid-body'],
    ['a blank reason', good().map((d, i) => (i === 1 ? { ...d, reason: '   ' } : d)), 400, 'adjudication.invalid-decisions', [['lvMass', 'reason-required']]],
    ['a value for a computed field', good().map((d, i) => (i === 0 ? { ...d, choice: 'value', value: 55 } : d)), 400, 'adjudication.invalid-decisions', [['lvEf', 'computed-field-value']]],
    ['a pattern kept while LGE is decided absent', good().map((d) => (d.field === 'lgePattern' ? { ...d, choice: otherSide } : d)), 400, 'adjudication.invalid-decisions', [['lgePattern', 'not-applicable']]],
  ];
  for (const [name, decisions, status, code, errors] of cases) {
    const r = await resolve(decisions);
    assert.equal(r.statusCode, status, `${name}: ${r.body}`);
    assert.equal(r.json().code, code, name);
    if (errors) assert.deepEqual(r.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]), errors, name);
  }
  const byOther = await api(w, w.s.adj2!, 'POST', `/adjudications/${adjudicationId}/resolve`, { decisions: good() });
  assert.equal(byOther.statusCode, 403);
  assert.equal(byOther.json().code, 'adjudication.not-yours');
  assert.deepEqual(await counts(), before);
  const task = await db().selectFrom('adjudication_task').select('state').where('id', '=', adjudicationId).executeTakeFirstOrThrow();
  assert.equal(task.state, 'in-progress');
});

test('the resolution defines the final values in the same step, each decided field traced to its decision; a second resolution is refused', async () => {
  const decisions = [
    { field: 'lvEf', choice: reader1Side, reason: ' Read B traced the outflow tract as ventricle ' },
    { field: 'lvMass', choice: 'value', value: 104.5, reason: 'recontoured the epicardium on two basal slices' },
    { field: 'lgePresent', choice: 'value', value: 'no', reason: 'artefact, not enhancement' },
    { field: 'lgePattern', choice: reader1Side, reason: 'no enhancement' },
    { field: 'lgeSegments', choice: reader1Side, reason: 'no enhancement' },
  ];
  const r = await api(w, w.s.adjudicator!, 'POST', `/adjudications/${adjudicationId}/resolve`, { decisions });
  assert.equal(r.statusCode, 200, r.body);
  assert.equal(r.json().state, 'resolved');
  assert.equal(r.json().decisions.length, 5);
  const row = (await finalValues()).find((f) => f.examId === discordant.examId)!;
  assert.equal(row.adjudicationTaskId, adjudicationId);
  const reader1Read = await db().selectFrom('reading_read').select('id').where('exam_id', '=', discordant.examId).where('reader_id', '=', w.userIds.reader1!).executeTakeFirstOrThrow();
  // lvEf from reader 1's read: its volumes are adopted and the EF recomputed from them.
  assert.deepEqual([row.values.lvEdv, row.values.lvEsv, row.values.lvEf, row.values.lvSv], [150, 60, 60, 90]);
  assert.deepEqual(row.provenance.lvEf, { source: 'adjudication', reads: [reader1Read.id], reason: 'Read B traced the outflow tract as ventricle', computedFrom: ['lvEdv', 'lvEsv'] });
  assert.equal(row.provenance.lvEsv!.source, 'adjudication');
  assert.match(row.provenance.lvEsv!.reason!, /follows the decision on lvEf/);
  assert.deepEqual(row.provenance.lvMass, { source: 'adjudication', reads: [], reason: 'recontoured the epicardium on two basal slices' });
  assert.equal(row.values.lvMass, 104.5);
  assert.equal(row.values.lgePresent, 'no');
  assert.equal(row.values.lgePattern, undefined);
  assert.equal(row.values.rvEdv, 160);
  assert.equal(row.provenance.rvEdv!.source, 'mean-of-reads');
  const [resolved] = (await auditOf(w, 'adjudication.resolved')).filter((e) => e.target_id === adjudicationId);
  assert.equal(resolved!.actor_role, 'adjudicator');
  assert.deepEqual(JSON.parse(resolved!.details).decisions, [`lvEf:${reader1Side}`, 'lvMass:value', 'lgePresent:value', `lgePattern:${reader1Side}`, `lgeSegments:${reader1Side}`]);
  const defined = (await auditOf(w, 'reading.final-values-defined')).filter((e) => e.target_id === discordant.examId);
  assert.equal(defined.length, 1);
  assert.equal(defined[0]!.actor_role, 'adjudicator');

  const before = await counts();
  const again = await api(w, w.s.adjudicator!, 'POST', `/adjudications/${adjudicationId}/resolve`, { decisions });
  assert.equal(again.statusCode, 409);
  assert.equal(again.json().code, 'adjudication.already-resolved');
  const reclaim = await api(w, w.s.adj2!, 'POST', `/adjudications/${adjudicationId}/claim`);
  assert.equal(reclaim.json().code, 'adjudication.already-resolved');
  assert.deepEqual(await counts(), before);
  // Decisions and final values are written once, whatever the code above does.
  await assert.rejects(db().updateTable('final_value').set({ digest: 'x' }).where('exam_id', '=', discordant.examId).execute(), /written once/);
  await assert.rejects(db().deleteFrom('adjudication_decision').where('task_id', '=', adjudicationId).execute(), /written once/);
});

test('final values: the manager and the auditor read them and take the CSV (audited); nobody else', async () => {
  assert.equal((await finalValues('auditor')).length, 2);
  for (const who of ['adjudicator', 'reader1', 'statistician', 'datamanager']) assert.equal((await api(w, w.s[who]!, 'GET', '/reading/final-values')).statusCode, 403, who);
  const csv = await api(w, w.s.manager!, 'GET', '/reading/final-values.csv');
  assert.equal(csv.statusCode, 200, csv.body);
  assert.match(csv.headers['content-type'] as string, /^text\/csv/);
  const lines = csv.body.trim().split('\r\n');
  assert.equal(lines.length, 3);
  const header = lines[0]!.split(',');
  assert.deepEqual(header.slice(0, 6), ['studyInstanceUID', 'subjectCode', 'formVersion', 'definedAt', 'digest', 'adjudicationTaskId']);
  const agreedRow = lines.find((l) => l.startsWith(agreed.study))!.split(',');
  assert.equal(agreedRow[header.indexOf('lvEdv')], '152');
  assert.equal(agreedRow[header.indexOf('lvEdv.source')], 'mean-of-reads');
  const discordantRow = lines.find((l) => l.startsWith(discordant.study))!.split(',');
  assert.equal(discordantRow[header.indexOf('lvMass.source')], 'adjudication');
  const exported = await auditOf(w, 'reading.final-values-exported');
  assert.equal(exported.length, 1);
  assert.equal(JSON.parse(exported[0]!.details).exams, 2);
});

test('onPrimaryReadsComplete called again (a later submit of the exam) changes nothing', async () => {
  const before = await counts();
  await db().transaction().execute(async (trx) => {
    for (const exam of [agreed, discordant]) await w.platform.services.reading.adjudication.onPrimaryReadsComplete(trx, { actor: null, requestId: null }, exam.examId);
  });
  assert.deepEqual(await counts(), before);
});

test('two adjudicators claiming at once: one gets it, the other a conflict', async () => {
  const exam = await passedExam(w);
  await readExam(w, exam, [{ reader: 'reader1', values: values(150, 60, 100) }, { reader: 'reader2', values: values(150, 90, 100) }]);
  const task = await db().selectFrom('adjudication_task').select('id').where('exam_id', '=', exam.examId).executeTakeFirstOrThrow();
  const [a, b] = await Promise.all([api(w, w.s.adjudicator!, 'POST', `/adjudications/${task.id}/claim`), api(w, w.s.adj2!, 'POST', `/adjudications/${task.id}/claim`)]);
  assert.deepEqual([a.statusCode, b.statusCode].sort(), [200, 409]);
  assert.equal((a.statusCode === 409 ? a : b).json().code, 'adjudication.already-claimed');
  assert.equal((await auditOf(w, 'adjudication.claimed')).filter((e) => e.target_id === task.id).length, 1);
});

test('a single-read design: the read is the final value, its text included', async () => {
  const design = await api(w, w.s.manager!, 'POST', '/reading-designs', { definition: { ...DEFAULT_DESIGN, mode: 'single', adjudicationRules: [] }, reason: 'single reading from now on' });
  assert.equal(design.statusCode, 201, design.body);
  const exam = await passedExam(w);
  const [readId] = await readExam(w, exam, [{ reader: 'reader2', values: { ...values(120, 48, 90), comment: 'apical trabeculation' } }]);
  const row = (await finalValues()).find((r) => r.examId === exam.examId)!;
  assert.equal(row.values.comment, 'apical trabeculation');
  assert.equal(row.values.lvEf, 60);
  assert.deepEqual(row.provenance.lvEdv, { source: 'single-read', reads: [readId] });
  assert.equal(await db().selectFrom('adjudication_task').select('id').where('exam_id', '=', exam.examId).executeTakeFirst(), undefined);
});

test("an objection after the claim: the adjudication leaves the queue, cannot be opened or resolved; an objecting subject's final values leave the list", async () => {
  const design = await api(w, w.s.manager!, 'POST', '/reading-designs', { definition: DEFAULT_DESIGN, reason: 'back to double reading' });
  assert.equal(design.statusCode, 201, design.body);
  const exam = await passedExam(w);
  await readExam(w, exam, [{ reader: 'reader1', values: values(150, 60, 100) }, { reader: 'reader2', values: values(150, 95, 100) }]);
  const task = await db().selectFrom('adjudication_task').select('id').where('exam_id', '=', exam.examId).executeTakeFirstOrThrow();
  assert.equal((await api(w, w.s.adj2!, 'POST', `/adjudications/${task.id}/claim`)).statusCode, 200);
  const subject = await db().selectFrom('exam as e').innerJoin('subject as s', 's.id', 'e.subject_id').select('s.id').where('e.id', '=', exam.examId).executeTakeFirstOrThrow();
  const objection = await api(w, w.s.datamanager!, 'POST', `/subjects/${subject.id}/consent-events`, { kind: 'objection', date: new Date().toISOString().slice(0, 10), channel: 'letter' });
  assert.equal(objection.statusCode, 201, objection.body);
  assert.deepEqual(((await api(w, w.s.adj2!, 'GET', '/adjudications')).json() as Array<{ id: string }>).filter((e) => e.id === task.id), []);
  const view = await api(w, w.s.adj2!, 'GET', `/adjudications/${task.id}`);
  assert.equal(view.statusCode, 409);
  assert.equal(view.json().code, 'exam.subject-not-processable');
  const resolve = await api(w, w.s.adj2!, 'POST', `/adjudications/${task.id}/resolve`, { decisions: [{ field: 'lvEf', choice: 'read-a', reason: 'x' }] });
  assert.equal(resolve.json().code, 'exam.subject-not-processable');
  // The final values of an exam whose subject objects leave the list too.
  assert.ok((await finalValues()).some((r) => r.examId === agreed.examId));
  const agreedSubject = await db().selectFrom('exam as e').innerJoin('subject as s', 's.id', 'e.subject_id').select('s.id').where('e.id', '=', agreed.examId).executeTakeFirstOrThrow();
  const second = await api(w, w.s.datamanager!, 'POST', `/subjects/${agreedSubject.id}/consent-events`, { kind: 'objection', date: new Date().toISOString().slice(0, 10), channel: 'letter' });
  assert.equal(second.statusCode, 201, second.body);
  assert.ok(!(await finalValues()).some((r) => r.examId === agreed.examId));
});
