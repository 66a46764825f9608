// Statements marked `prepared` are named statements on PostgreSQL (parsed once per connection, the
// same name for the same text), other statements stay unnamed; the embedded database runs them as usual.
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { after, before, test } from 'node:test';
import { prepared } from '../src/db/prepared.ts';
import { openTestDatabase, testBackend, type TestDatabase } from './support/test-database.ts';

let database: TestDatabase;
before(async () => {
  database = await openTestDatabase();
});
after(async () => {
  await database.close();
});

const marked = (n: number) => sql<{ doubled: number; label: string }>`select ${prepared} ${n}::int * 2 as doubled, ${`n${n}`}::text as label`;

test('a marked statement returns the same rows as an unmarked one, with its values bound each time', async () => {
  for (const n of [1, 2, 3]) assert.deepEqual((await marked(n).execute(database.db)).rows, [{ doubled: 2 * n, label: `n${n}` }]);
  assert.deepEqual((await sql<{ doubled: number }>`select ${4}::int * 2 as doubled`.execute(database.db)).rows, [{ doubled: 8 }]);
});

test('on PostgreSQL a marked statement is prepared once per connection under one name; an unmarked one is not prepared', { skip: testBackend !== 'postgres' && 'PostgreSQL only' }, async () => {
  await database.db.connection().execute(async (connection) => {
    const preparedHere = async () =>
      (await sql<{ name: string; statement: string }>`select name, statement from pg_prepared_statements order by name`.execute(connection)).rows;
    const before = await preparedHere();
    // A text no other test ran, so it cannot have been prepared on this pooled connection already.
    const fresh = (n: number) => sql<{ tripled: number }>`select ${prepared} ${n}::int * 3 as tripled`;
    for (const n of [5, 6, 7]) assert.equal((await fresh(n).execute(connection)).rows[0]!.tripled, 3 * n);
    await sql`select ${8}::int as unmarked`.execute(connection);
    const added = (await preparedHere()).filter((p) => !before.some((b) => b.name === p.name));
    assert.equal(added.length, 1, 'one named statement for the three executions');
    assert.match(added[0]!.name, /^corelab_[0-9a-f]{32}$/);
    assert.ok(added[0]!.statement.includes('/* prepared */') && added[0]!.statement.includes('tripled'));
    assert.ok(!added.some((p) => p.statement.includes('unmarked')));
  });
});
