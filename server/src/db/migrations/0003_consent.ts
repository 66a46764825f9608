// The consent register: each subject's append-only history of information/consent events, the
// project's waiting period for retrospective use, and on the subject the two columns of the
// processing gate (subjects/consent-gate.ts), kept by the subject service in the same transaction
// as each event. Subjects registered before the history existed get one "status-declared" event.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
alter table project add column consent_waiting_days integer not null default 30
  check (consent_waiting_days between 1 and 365);

alter table subject drop constraint subject_consent_status_check;
update subject set consent_status = 'unknown' where consent_status = 'pending';
alter table subject add constraint subject_consent_status_check
  check (consent_status in ('unknown', 'consented', 'information-notice-delivered', 'no-objection', 'objected', 'withdrawn'));
alter table subject add column processing_allowed_from timestamptz;
alter table subject add column processing_stopped_at timestamptz;

create table consent_event (
  id uuid primary key,
  subject_id uuid not null references subject(id),
  project_id uuid not null references project(id),
  seq integer not null check (seq >= 1),
  kind text not null check (kind in ('status-declared', 'written-consent', 'information-notice', 'objection', 'withdrawal')),
  event_date date not null,
  channel text check (channel in ('letter', 'registered-letter', 'email', 'in-person', 'phone', 'patient-portal')),
  declared_status text check (declared_status in ('consented', 'no-objection', 'objected', 'withdrawn')),
  recorded_at timestamptz not null default now(),
  recorded_by uuid references app_user(id),
  unique (subject_id, seq),
  check ((kind = 'status-declared') = (declared_status is not null)),
  check ((kind in ('information-notice', 'objection', 'withdrawal')) = (channel is not null))
);
create index consent_event_project on consent_event (project_id, subject_id);
create index subject_gate on subject (project_id) where processing_stopped_at is null;

create function refuse_consent_event_change() returns trigger language plpgsql as $fn$
begin
  raise exception 'the consent history is append-only: % on % refused', tg_op, tg_table_name
    using errcode = 'CL002';
end
$fn$;
create trigger consent_event_append_only before update or delete on consent_event
  for each row execute function refuse_consent_event_change();
create trigger consent_event_no_truncate before truncate on consent_event
  for each statement execute function refuse_consent_event_change();

insert into consent_event (id, subject_id, project_id, seq, kind, event_date, declared_status, recorded_at)
  select gen_random_uuid(), id, project_id, 1, 'status-declared', (created_at at time zone 'UTC')::date, consent_status, created_at
  from subject where consent_status <> 'unknown';
update subject set processing_allowed_from = ((created_at at time zone 'UTC')::date)::timestamp at time zone 'UTC'
  where consent_status in ('consented', 'no-objection');
update subject set processing_stopped_at = created_at where consent_status in ('objected', 'withdrawn');
`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('the consent migration cannot be reverted: the consent history is evidence and is never dropped');
}
