// Quality control, part 1: the imaging protocol and the QC checklist as versioned data per project,
// the exam (a study declared complete by its centre) with its state, and each run of the automatic
// conformance checks: the exam series checked against each protocol series, and every rule's result.
// Versions and runs are never changed, only added. The exam's state check is a named constraint
// (exam_state_check) that later migrations replace when the QC review adds its states.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
create table qc_protocol_version (
  id uuid primary key,
  project_id uuid not null references project(id),
  version integer not null check (version >= 1),
  title text not null,
  definition text not null,
  reason text not null,
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  unique (project_id, version)
);

create table qc_checklist_version (
  id uuid primary key,
  project_id uuid not null references project(id),
  version integer not null check (version >= 1),
  title text not null,
  definition text not null,
  reason text not null,
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  unique (project_id, version)
);

create table exam (
  id uuid primary key,
  project_id uuid not null references project(id),
  study_id uuid not null unique references study(id),
  study_instance_uid text not null,
  subject_id uuid not null references subject(id),
  centre_id uuid not null references organisation(id),
  protocol_version_id uuid not null references qc_protocol_version(id),
  state text not null constraint exam_state_check check (state in ('checks-failed', 'awaiting-review')),
  conformance_verdict text not null check (conformance_verdict in ('pass', 'fail')),
  submissions integer not null check (submissions >= 1),
  first_submitted_at timestamptz not null,
  last_submitted_at timestamptz not null,
  last_submitted_by uuid references app_user(id),
  unique (project_id, study_instance_uid)
);
create index exam_project_state on exam (project_id, state);
create index exam_project_centre on exam (project_id, centre_id);

create table conformance_run (
  id uuid primary key,
  exam_id uuid not null references exam(id),
  submission integer not null check (submission >= 1),
  protocol_version_id uuid not null references qc_protocol_version(id),
  verdict text not null check (verdict in ('pass', 'fail')),
  failed integer not null check (failed >= 0),
  series_count integer not null,
  instance_count integer not null,
  unmatched_series text not null,
  comment text,
  submitted_by uuid references app_user(id),
  ran_at timestamptz not null default now(),
  unique (exam_id, submission)
);

create table conformance_series (
  id uuid primary key,
  run_id uuid not null references conformance_run(id),
  ordinal integer not null,
  name text not null,
  label text not null,
  required boolean not null,
  series_instance_uid text,
  series_number integer,
  series_description text,
  other_candidates text not null,
  unique (run_id, name),
  unique (run_id, ordinal)
);

create table conformance_result (
  id uuid primary key,
  run_id uuid not null references conformance_run(id),
  ordinal integer not null,
  protocol_series text not null,
  series_instance_uid text,
  rule text not null,
  label text not null,
  expected text not null,
  measured text,
  unit text,
  verdict text not null check (verdict in ('pass', 'fail', 'not-applicable')),
  reason text not null,
  unique (run_id, ordinal)
);
`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table conformance_result; drop table conformance_series; drop table conformance_run; drop table exam; drop table qc_checklist_version; drop table qc_protocol_version;`.execute(db);
}
