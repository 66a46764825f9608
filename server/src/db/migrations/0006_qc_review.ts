// Quality control, part 2: the QC review of an exam by a reviewer of another centre (one review per
// round, the checklist version it was graded with, a grade per series), queries to centres with
// their message thread, and the exam states the review adds. Messages are append-only by trigger;
// a review or query changes state only through the services, each change on the audit trail.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
alter table exam drop constraint exam_state_check;
alter table exam add constraint exam_state_check
  check (state in ('checks-failed', 'awaiting-review', 'in-review', 'qc-passed', 'qc-passed-with-remarks', 'qc-failed'));

create table qc_review (
  id uuid primary key,
  project_id uuid not null references project(id),
  exam_id uuid not null references exam(id),
  round integer not null check (round >= 1),
  submission integer not null check (submission >= 1),
  reviewer_id uuid not null references app_user(id),
  reviewer_organisation_id uuid references organisation(id),
  checklist_version_id uuid not null references qc_checklist_version(id),
  status text not null check (status in ('in-progress', 'completed', 'released', 'cancelled')),
  verdict text check (verdict in ('pass', 'pass-with-remarks', 'fail')),
  reason text,
  claimed_at timestamptz not null,
  ended_at timestamptz,
  unique (exam_id, round),
  check ((status = 'completed') = (verdict is not null)),
  check ((status = 'in-progress') = (ended_at is null))
);
create unique index qc_review_one_in_progress on qc_review (exam_id) where status = 'in-progress';
create index qc_review_project on qc_review (project_id, status);

create table qc_review_grade (
  review_id uuid not null references qc_review(id),
  series_name text not null,
  series_instance_uid text not null,
  grade text not null check (grade in ('good', 'acceptable', 'poor', 'non-diagnostic')),
  artefacts text not null,
  comment text,
  graded_by uuid references app_user(id),
  graded_at timestamptz not null,
  primary key (review_id, series_name)
);

create table qc_query (
  id uuid primary key,
  project_id uuid not null references project(id),
  exam_id uuid not null references exam(id),
  centre_id uuid not null references organisation(id),
  subject_id uuid not null references subject(id),
  series_instance_uid text,
  origin text not null check (origin in ('conformance', 'reviewer', 'review-verdict')),
  review_id uuid references qc_review(id),
  state text not null check (state in ('open', 'answered', 'closed')),
  due_date date not null,
  opened_by uuid references app_user(id),
  opened_at timestamptz not null,
  first_answered_at timestamptz,
  answered_at timestamptz,
  closed_at timestamptz,
  reopened integer not null default 0 check (reopened >= 0),
  check ((state = 'closed') = (closed_at is not null)),
  check ((state = 'open') or answered_at is not null or closed_at is not null)
);
create index qc_query_project on qc_query (project_id, state, centre_id);
create index qc_query_exam on qc_query (exam_id);

create table qc_query_message (
  id uuid primary key,
  query_id uuid not null references qc_query(id),
  seq integer not null check (seq >= 1),
  kind text not null check (kind in ('question', 'reply', 'resubmission', 'close', 'reopen')),
  author_user_id uuid references app_user(id),
  author_role text not null,
  body text not null,
  created_at timestamptz not null,
  unique (query_id, seq)
);

create function refuse_qc_query_message_change() returns trigger language plpgsql as $fn$
begin
  raise exception 'the messages of a query are append-only: % on % refused', tg_op, tg_table_name
    using errcode = 'CL003';
end
$fn$;
create trigger qc_query_message_append_only before update or delete on qc_query_message
  for each row execute function refuse_qc_query_message_change();
create trigger qc_query_message_no_truncate before truncate on qc_query_message
  for each statement execute function refuse_qc_query_message_change();
`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
drop table qc_query_message; drop function refuse_qc_query_message_change(); drop table qc_query;
drop table qc_review_grade; drop table qc_review;
alter table exam drop constraint exam_state_check;
alter table exam add constraint exam_state_check check (state in ('checks-failed', 'awaiting-review'));
`.execute(db);
}
