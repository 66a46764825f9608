// Kysely speaks to the embedded PGlite database through its own PostgreSQL dialect: this adapter
// gives PGlite the shape of a `pg` pool of one connection. A lock hands that connection to one
// caller at a time, so a transaction never interleaves with another caller's statements.
import { PGlite, types } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

/** Same value shapes as node-postgres: int8 and numeric as strings, so both back-ends agree. */
const parsers = {
  [types.INT8]: (value: string) => value,
  [types.NUMERIC]: (value: string) => value,
};

const AFFECTING = /^\s*(insert|update|delete|merge)\b/i;

class ConnectionLock {
  #tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const ready = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => held);
    return ready;
  }
}

export function pglitePool(pglite: PGlite): PostgresPool {
  const lock = new ConnectionLock();
  return {
    async connect(): Promise<PostgresPoolClient> {
      const release = await lock.acquire();
      const client = {
        async query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
          // Like node-postgres, a statement without parameters goes through the simple protocol,
          // which accepts several statements (migrations rely on it).
          const result = parameters.length === 0
            ? ((await pglite.exec(sql, { parsers })).at(-1) ?? { rows: [], affectedRows: 0 })
            : await pglite.query<R>(sql, parameters as unknown[], { parsers });
          const command = (AFFECTING.exec(sql)?.[1]?.toUpperCase() ?? 'SELECT') as PostgresQueryResult<R>['command'];
          return { command, rowCount: result.affectedRows ?? result.rows.length, rows: result.rows as R[] };
        },
        release,
      };
      return client as PostgresPoolClient;
    },
    async end() {
      await pglite.close();
    },
  };
}

