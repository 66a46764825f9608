// The database hashes each event at append and recomputes it at verification (CANONICAL_SQL in
// audit-store.ts); this proves that text is byte for byte chain.ts's canonical form, which the
// standalone verifier implements too, for awkward text as well.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chainHash } from '../src/audit/chain.ts';
import { createTestPlatform, type TestPlatform } from './support/test-platform.ts';

let platform: TestPlatform;
before(async () => (platform = await createTestPlatform({ demo: false })));
after(() => platform.close());

const AWKWARD = [
  'plain',
  'quotes " and \\ backslashes / slashes',
  'controls \b \f \n \r \t \u0001 \u001f and DEL \u007f',
  'accents éèà ç — “typographic” quotes, € and 漢字',
  'emoji 🫀 and a lone surrogate \ud800 here',
  'line separators \u2028 \u2029',
  '',
  ' leading and trailing spaces ',
];

test('every awkward string, in every text field, verifies in the database', async () => {
  const ctx = { actor: null, requestId: 'req-é"\\', actingRole: 'rôle "test"' };
  await platform.database.db.transaction().execute(async (trx) => {
    for (const text of AWKWARD) {
      await platform.services.audit.record(trx, ctx, {
        action: `test.${text}`,
        targetType: text,
        targetId: text,
        reason: text,
        projectId: 'ABCDEF01-2345-4678-89AB-CDEF01234567',
        before: { text },
        after: { text, nested: [text, 1.5, null, true] },
        details: { text, n: 12345678901, f: 0.1 },
      });
    }
  });
  // The hash the database computed at append is the one chain.ts computes from the stored columns.
  let compared = 0;
  for await (const batch of platform.services.audit.store.inOrder(platform.database.db, 100)) {
    for (const event of batch) {
      assert.equal(chainHash(event.prevHash, event), event.hash, `event #${event.seq}`);
      compared++;
    }
  }
  assert.equal(compared, AWKWARD.length);
  const report = await platform.services.audit.verify();
  assert.equal(report.firstBreak, null);
  assert.equal(report.ok, true);
  assert.equal(report.checkedEvents, AWKWARD.length);
});
