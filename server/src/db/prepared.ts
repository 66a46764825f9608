// Named (prepared) statements for the few hot statements of the PostgreSQL back-end.
import { createHash } from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';
import pg from 'pg';

/**
 * Put inside a statement's text (not first: the embedded adapter reads the leading keyword), marks
 * it as one of the few hot statements of bounded shape that PostgreSQL prepares once per
 * connection (a named statement): each execution then skips parsing and, once PostgreSQL settles
 * on a generic plan, planning, which cost most of such a statement's time. Only statements whose
 * text does not vary with the values (they are parameters) may carry it: every distinct text stays
 * prepared on each connection for the connection's life. The embedded database ignores it.
 */
export const PREPARED_MARK = '/* prepared */';
export const prepared: RawBuilder<unknown> = sql.raw(PREPARED_MARK);

const statementNames = new Map<string, string>();
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (name === undefined) {
    name = `corelab_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
    statementNames.set(text, name);
  }
  return name;
}

/** A node-postgres client that sends the statements carrying PREPARED_MARK as named statements (prepared on first use). */
export class PreparingClient extends pg.Client {}
const plainQuery = pg.Client.prototype.query;
PreparingClient.prototype.query = function (this: pg.Client, config: unknown, ...rest: unknown[]) {
  if (typeof config === 'string' && rest.length === 1 && Array.isArray(rest[0]) && config.includes(PREPARED_MARK)) {
    return (plainQuery as (query: pg.QueryConfig) => unknown).call(this, { name: statementName(config), text: config, values: rest[0] });
  }
  return (plainQuery as (...args: unknown[]) => unknown).call(this, config, ...rest);
} as typeof plainQuery;
