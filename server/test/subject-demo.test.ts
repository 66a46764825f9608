// The demo's subjects: every consent path a data manager meets, recorded through the register
// itself, so the statuses, the gate and the audit trail agree.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { seedDemo } from '../src/demo/demo-seed.ts';
import { processingAllowed } from '../src/subjects/consent-gate.ts';
import { createTestPlatform, DEMO_PASSWORD, type TestPlatform } from './support/test-platform.ts';

let platform: TestPlatform;
let projectId: string;

before(async () => {
  platform = await createTestPlatform({ demo: false });
  projectId = (await seedDemo(platform.services, DEMO_PASSWORD, { subjects: true })).projectId;
});
after(() => platform.close());

test('the demo centres have subjects in every consent status, and the gate lets through only the valid ones', async () => {
  const subjects = await platform.services.subjects.list({ actor: null, requestId: null }, projectId, []);
  const status = Object.fromEntries(subjects.map((s) => [s.code, s.consentStatus]));
  assert.deepEqual(status, {
    'CHUN-0001': 'consented',
    'CHUN-0002': 'no-objection',
    'CHUN-0003': 'information-notice-delivered',
    'CHUN-0004': 'objected',
    'CHUN-0005': 'withdrawn',
    'CHUN-0006': 'unknown',
    'HSUD-0001': 'consented',
    'HSUD-0002': 'no-objection',
    'HSUD-0003': 'information-notice-delivered',
    'HSUD-0004': 'consented',
  });
  const allowed = await platform.services.db.selectFrom('subject').select('code').where('project_id', '=', projectId).where(processingAllowed()).orderBy('code').execute();
  assert.deepEqual(allowed.map((r) => r.code), ['CHUN-0001', 'CHUN-0002', 'HSUD-0001', 'HSUD-0002', 'HSUD-0004']);
  const stops = await platform.services.db.selectFrom('audit_event').select(['reason', 'actor_role']).where('action', '=', 'subject.processing-stopped').orderBy('seq').execute();
  assert.equal(stops.length, 2);
  assert.match(stops[0]!.reason!, /^objection of \d{4}-\d{2}-\d{2} \(received: phone\)$/);
  assert.equal(stops[0]!.actor_role, 'demo-seed');
  assert.equal((await seedDemo(platform.services, DEMO_PASSWORD, { subjects: true })).created, false, 'a second start changes nothing');
});
