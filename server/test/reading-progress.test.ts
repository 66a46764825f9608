// Reader workload and progress with real tasks and reads: qualification on the current form
// version, tasks in progress and submitted, re-reads waiting for their wash-out, reads that went to
// adjudication, adjudicators' work, and the project's totals.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { api } from './qc-review-fixtures.ts';
import { createReadingWorld, passedExam, qualify, readExam, values, type ReadingWorld } from './reading-adjudication-fixtures.ts';

let w: ReadingWorld;
let exams: Array<{ study: string; examId: string }>;

before(async () => {
  w = await createReadingWorld();
  exams = [await passedExam(w), await passedExam(w), await passedExam(w)];
});
after(() => w.platform.close());

type Progress = {
  formVersion: number | null;
  readers: Array<{ userId: string; displayName: string; qualification: string; qualified: boolean; inProgress: number; submitted: number; rereadsDue: number; rereadsWaiting: number; rereadsDone: number; adjudications: number }>;
  adjudicators: Array<{ userId: string; inProgress: number; resolved: number }>;
  project: { examsPassedQc: number; planned: number; read: number; adjudicated: number; final: number; tasks: Record<string, number>; adjudications: Record<string, number> };
};
const progress = async (who = 'manager') => {
  const r = await api(w, w.s[who]!, 'GET', '/reading/progress');
  assert.equal(r.statusCode, 200, r.body);
  return r.json() as Progress;
};

test('before reading: the qualified readers, passed exams planned when they passed QC (two open tasks each), nothing read', async () => {
  const p = await progress();
  assert.equal(p.formVersion, 1);
  const byName = Object.fromEntries(p.readers.map((r) => [r.userId, r]));
  assert.equal(byName[w.userIds.reader1!]!.qualification, 'qualified');
  assert.equal(byName[w.userIds.reader2!]!.qualified, true);
  assert.deepEqual(p.project, { examsPassedQc: 3, planned: 3, read: 0, adjudicated: 0, final: 0, tasks: { open: 6, inProgress: 0, submitted: 0, cancelled: 0 }, adjudications: { open: 0, inProgress: 0, resolved: 0 } });
  assert.ok(p.adjudicators.some((a) => a.userId === w.userIds.adjudicator));
});

test('a reader whose latest qualification on the current form failed is shown not qualified', async () => {
  await qualify(w, w.userIds.reader1!, 'not-qualified', '2026-11-20');
  const reader1 = (await progress()).readers.find((x) => x.userId === w.userIds.reader1)!;
  assert.deepEqual([reader1.qualification, reader1.qualified], ['not-qualified', false]);
  await qualify(w, w.userIds.reader1!, 'qualified', '2026-11-21');
  assert.equal((await progress()).readers.find((x) => x.userId === w.userIds.reader1)!.qualification, 'qualified');
});

test('after reading: submitted and in-progress reads, re-reads due and waiting for their wash-out, an adjudication, the totals', async () => {
  const [discordant, second, third] = exams;
  const later = new Date(Date.now() + 28 * 86_400_000);
  await readExam(w, discordant!, [{ reader: 'reader1', values: values(150, 60, 100) }, { reader: 'reader2', values: values(150, 90, 100) }]);
  await readExam(w, second!, [
    { reader: 'reader2', values: values(151, 61, 101) },
    { reader: 'reader1', values: values(150, 60, 100) },
    { reader: 'reader1', values: values(150, 60, 100), kind: 'reread', state: 'open', availableFrom: later },
    { reader: 'reader2', values: values(151, 61, 101), kind: 'reread', state: 'open', availableFrom: new Date() },
  ]);
  // The third exam: reader 1 has submitted, reader 2 is reading.
  await readExam(w, third!, [{ reader: 'reader1', values: values(150, 60, 100) }, { reader: 'reader2', values: values(151, 61, 101), state: 'in-progress' }]);
  const p = await progress();
  const reader1 = p.readers.find((x) => x.userId === w.userIds.reader1)!;
  const reader2 = p.readers.find((x) => x.userId === w.userIds.reader2)!;
  assert.deepEqual([reader1.submitted, reader1.inProgress, reader1.rereadsWaiting, reader1.rereadsDue, reader1.rereadsDone, reader1.adjudications], [3, 0, 1, 0, 0, 1]);
  assert.deepEqual([reader2.submitted, reader2.inProgress, reader2.rereadsWaiting, reader2.rereadsDue, reader2.rereadsDone, reader2.adjudications], [2, 1, 0, 1, 0, 1]);
  assert.deepEqual(p.project, { examsPassedQc: 3, planned: 3, read: 2, adjudicated: 1, final: 1, tasks: { open: 0, inProgress: 1, submitted: 5, cancelled: 0 }, adjudications: { open: 1, inProgress: 0, resolved: 0 } });

  const claimed = await api(w, w.s.adjudicator!, 'POST', '/adjudications/next');
  assert.equal(claimed.statusCode, 200, claimed.body);
  const after = await progress('auditor');
  assert.deepEqual(after.project.adjudications, { open: 0, inProgress: 1, resolved: 0 });
  assert.equal(after.adjudicators.find((a) => a.userId === w.userIds.adjudicator)!.inProgress, 1);
  for (const who of ['reader1', 'adjudicator', 'statistician']) assert.equal((await api(w, w.s[who]!, 'GET', '/reading/progress')).statusCode, 403, who);
});
