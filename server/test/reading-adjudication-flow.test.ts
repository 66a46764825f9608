// The whole path through the reading routes: the manager plans, two readers take their tasks from
// the worklist and submit; the reading module's submit opens the adjudication of the discordant
// exam and defines the final values of the other; the adjudicator resolves.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { ReadValues } from '../src/reading/form-definition.ts';
import { api } from './qc-review-fixtures.ts';
import { createReadingWorld, passedExam, values, type ReadingWorld } from './reading-adjudication-fixtures.ts';

let w: ReadingWorld;
before(async () => {
  w = await createReadingWorld();
});
after(() => w.platform.close());

/** The reader takes every task of their worklist and submits the values the test gives for its study. */
async function readAll(reader: string, valuesFor: (study: string) => ReadValues): Promise<number> {
  for (let n = 0; ; n++) {
    const next = await api(w, w.s[reader]!, 'POST', '/reading/worklist/next');
    if (next.statusCode === 409) return n;
    assert.equal(next.statusCode, 200, next.body);
    const view = await api(w, w.s[reader]!, 'GET', `/reading-tasks/${next.json().id}`);
    assert.equal(view.statusCode, 200, view.body);
    const submitted = await api(w, w.s[reader]!, 'POST', `/reading-tasks/${next.json().id}/submit`, { values: valuesFor(view.json().studyInstanceUID), annotations: { contours: [], measurements: [] } });
    assert.equal(submitted.statusCode, 200, submitted.body);
  }
}

test('submits through the reading routes open an adjudication or define final values; the adjudicator resolves', async () => {
  const agreed = await passedExam(w);
  const discordant = await passedExam(w);
  const planned = await api(w, w.s.manager!, 'POST', '/reading/plan');
  assert.equal(planned.statusCode, 200, planned.body);
  assert.equal(await readAll('reader1', () => values(150, 60, 100)), 2);
  assert.equal(await readAll('reader2', (study) => (study === discordant.study ? values(150, 90, 100) : values(152, 61, 102))), 2);

  const finals = (await api(w, w.s.manager!, 'GET', '/reading/final-values')).json() as Array<{ examId: string; values: ReadValues }>;
  assert.deepEqual(finals.map((f) => f.examId), [agreed.examId]);
  assert.equal(finals[0]!.values.lvEdv, 151);
  const [queued] = (await api(w, w.s.adjudicator!, 'GET', '/adjudications')).json() as Array<{ id: string; discordantFields: string[] }>;
  assert.deepEqual(queued!.discordantFields, ['lvEf']);
  assert.equal((await api(w, w.s.adjudicator!, 'POST', `/adjudications/${queued!.id}/claim`)).statusCode, 200);
  const resolved = await api(w, w.s.adjudicator!, 'POST', `/adjudications/${queued!.id}/resolve`, { decisions: [{ field: 'lvEf', choice: 'read-a', reason: 'read B missed the apex' }] });
  assert.equal(resolved.statusCode, 200, resolved.body);
  const after = (await api(w, w.s.manager!, 'GET', '/reading/final-values')).json() as Array<{ examId: string; provenance: Record<string, { source: string }> }>;
  assert.equal(after.find((f) => f.examId === discordant.examId)!.provenance.lvEf!.source, 'adjudication');
});
