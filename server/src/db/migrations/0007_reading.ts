// Expert reading, part 1: versioned reading forms and designs, readers' training and qualification
// records (append-only), reading tasks (primary slots and re-reads) and reads. A submitted read is
// immutable: a trigger refuses to change or remove it, whatever the code above does.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
create table reading_form_version (
  id uuid primary key,
  project_id uuid not null references project(id),
  version integer not null check (version >= 1),
  title text not null,
  definition text not null,
  digest text not null,
  reason text not null,
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  unique (project_id, version)
);

create table reading_design_version (
  id uuid primary key,
  project_id uuid not null references project(id),
  version integer not null check (version >= 1),
  title text not null,
  definition text not null,
  digest text not null,
  reason text not null,
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  unique (project_id, version)
);

create table reader_training_record (
  id uuid primary key,
  project_id uuid not null references project(id),
  user_id uuid not null references app_user(id),
  kind text not null check (kind in ('training', 'qualification')),
  form_version_id uuid not null references reading_form_version(id),
  completed_on date not null,
  outcome text not null check (outcome in ('completed', 'qualified', 'not-qualified')),
  evidence text not null,
  recorded_by uuid references app_user(id),
  recorded_at timestamptz not null,
  check ((kind = 'training') = (outcome = 'completed'))
);
create index reader_training_record_user on reader_training_record (project_id, user_id, recorded_at);

create table reading_task (
  id uuid primary key,
  project_id uuid not null references project(id),
  exam_id uuid not null references exam(id),
  study_instance_uid text not null,
  subject_id uuid not null references subject(id),
  centre_id uuid not null references organisation(id),
  number integer not null check (number >= 1),
  kind text not null check (kind in ('primary', 'reread')),
  slot integer not null check (slot in (1, 2)),
  reread_of uuid references reading_task(id),
  form_version_id uuid not null references reading_form_version(id),
  design_version_id uuid not null references reading_design_version(id),
  state text not null check (state in ('open', 'in-progress', 'submitted', 'cancelled')),
  reader_id uuid references app_user(id),
  order_key text not null,
  available_from timestamptz not null,
  claimed_at timestamptz,
  submitted_at timestamptz,
  created_at timestamptz not null,
  unique (project_id, number),
  check ((kind = 'reread') = (reread_of is not null)),
  check (state = 'open' or reader_id is not null),
  check ((state = 'submitted') = (submitted_at is not null))
);
create unique index reading_task_primary_slot on reading_task (exam_id, kind, slot) where kind = 'primary';
create unique index reading_task_one_reread on reading_task (reread_of) where kind = 'reread';
-- The two primary slots of an exam go to two readers, whatever two claims race.
create unique index reading_task_reader_once on reading_task (exam_id, reader_id) where kind = 'primary' and reader_id is not null;
create index reading_task_worklist on reading_task (project_id, state, available_from);
create index reading_task_exam on reading_task (exam_id);

create table reading_read (
  id uuid primary key,
  task_id uuid not null unique references reading_task(id),
  project_id uuid not null references project(id),
  exam_id uuid not null references exam(id),
  reader_id uuid not null references app_user(id),
  form_version_id uuid not null references reading_form_version(id),
  "values" text not null,
  annotations text not null,
  volumetry text,
  status text not null check (status in ('draft', 'submitted')),
  saved_at timestamptz not null,
  submitted_at timestamptz,
  digest text,
  check ((status = 'submitted') = (submitted_at is not null and digest is not null))
);
create index reading_read_exam on reading_read (exam_id, status);

create function refuse_reader_training_record_change() returns trigger language plpgsql as $fn$
begin
  raise exception 'training and qualification records are append-only: % on % refused', tg_op, tg_table_name
    using errcode = 'CL007';
end
$fn$;
create trigger reader_training_record_append_only before update or delete on reader_training_record
  for each row execute function refuse_reader_training_record_change();
create trigger reader_training_record_no_truncate before truncate on reader_training_record
  for each statement execute function refuse_reader_training_record_change();

create function refuse_submitted_read_change() returns trigger language plpgsql as $fn$
begin
  if old.status = 'submitted' then
    raise exception 'a submitted read is immutable: % refused', tg_op using errcode = 'CL007';
  end if;
  if tg_op = 'DELETE' then return old; end if;
  return new;
end
$fn$;
create trigger reading_read_submitted_immutable before update or delete on reading_read
  for each row execute function refuse_submitted_read_change();
`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
drop table reading_read; drop function refuse_submitted_read_change();
drop table reading_task;
drop table reader_training_record; drop function refuse_reader_training_record_change();
drop table reading_design_version; drop table reading_form_version;
`.execute(db);
}
