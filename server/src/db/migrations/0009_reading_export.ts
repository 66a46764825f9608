// Expert reading, part 3: the DICOM objects exported from each submitted read (the TID 1500 report
// and, when the read has contours, the segmentation). The bytes are in the content-addressed blob
// store; they are not in the DICOMweb index, so other readers stay blinded. Rows are written once.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
create table reading_export (
  read_id uuid not null references reading_read(id),
  kind text not null check (kind in ('sr', 'seg')),
  project_id uuid not null references project(id),
  sop_instance_uid text not null,
  series_instance_uid text not null,
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  size bigint not null check (size > 0),
  created_at timestamptz not null,
  primary key (read_id, kind),
  unique (sop_instance_uid)
);

create function refuse_reading_export_change() returns trigger language plpgsql as $$
begin
  raise exception 'reading_export rows are written once';
end $$;
create trigger reading_export_write_once before update or delete on reading_export
  for each row execute function refuse_reading_export_change();
`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table reading_export; drop function refuse_reading_export_change();`.execute(db);
}
