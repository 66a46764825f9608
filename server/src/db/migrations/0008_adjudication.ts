// Expert reading, part 2: adjudication of two discordant reads of an exam (one task per exam, the
// adjudicator's decision per discordant field) and the exam's final values with their provenance.
// Decisions and final values are written once: a trigger refuses to change or remove them.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
create table adjudication_task (
  id uuid primary key,
  project_id uuid not null references project(id),
  exam_id uuid not null references exam(id),
  number integer not null check (number >= 1),
  read_a uuid not null references reading_read(id),
  read_b uuid not null references reading_read(id),
  form_version_id uuid not null references reading_form_version(id),
  discordances text not null,
  state text not null check (state in ('open', 'in-progress', 'resolved')),
  adjudicator_id uuid references app_user(id),
  claimed_at timestamptz,
  resolved_at timestamptz,
  created_at timestamptz not null,
  unique (exam_id),
  unique (project_id, number),
  check (read_a <> read_b),
  check ((state = 'open') = (adjudicator_id is null)),
  check ((state = 'resolved') = (resolved_at is not null))
);
create index adjudication_task_queue on adjudication_task (project_id, state);

create table adjudication_decision (
  task_id uuid not null references adjudication_task(id),
  field text not null,
  choice text not null check (choice in ('read-a', 'read-b', 'value')),
  value text,
  reason text not null check (length(btrim(reason)) > 0),
  primary key (task_id, field),
  check ((choice = 'value') = (value is not null))
);

create table final_value (
  exam_id uuid primary key references exam(id),
  project_id uuid not null references project(id),
  form_version_id uuid not null references reading_form_version(id),
  "values" text not null,
  provenance text not null,
  adjudication_task_id uuid references adjudication_task(id),
  defined_at timestamptz not null,
  digest text not null
);
create index final_value_project on final_value (project_id, defined_at);

create function adjudication_written_once() returns trigger language plpgsql as $$
begin
  raise exception '% rows are written once', TG_TABLE_NAME using errcode = 'CL008';
end $$;
create trigger adjudication_decision_written_once before update or delete on adjudication_decision
  for each row execute function adjudication_written_once();
create trigger final_value_written_once before update or delete on final_value
  for each row execute function adjudication_written_once();
`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
drop table final_value;
drop table adjudication_decision;
drop table adjudication_task;
drop function adjudication_written_once();
`.execute(db);
}
