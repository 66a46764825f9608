// Imaging ingest: an instance's DICOM JSON metadata (about 5 KB for an MR image) is compressed when
// stored, and pglz, PostgreSQL's default, was the largest single cost of inserting an instance row;
// lz4 compresses several times faster. Only where the server is built with lz4 (PostgreSQL from
// Debian is; the embedded PGlite is not, and keeps pglz). Values stored before keep their method.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
do $$
begin
  if exists (select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any(enumvals)) then
    alter table instance alter column metadata set compression lz4;
  end if;
end
$$;
`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table instance alter column metadata set compression default`.execute(db);
}
