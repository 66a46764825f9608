// Foundation schema: organisations, accounts, projects and roles, sessions and API tokens, and the
// append-only, hash-chained audit trail. Plain SQL, identical for PGlite and PostgreSQL.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
create table organisation (
  id uuid primary key,
  name text not null unique,
  kind text not null check (kind in ('centre', 'core_lab', 'statistics_unit', 'sponsor', 'committee', 'platform')),
  city text,
  country text not null default 'FR',
  created_at timestamptz not null default now()
);

create table app_user (
  id uuid primary key,
  username text not null unique check (username = lower(username)),
  display_name text not null,
  email text unique,
  organisation_id uuid references organisation(id),
  password_hash text,
  is_platform_admin boolean not null default false,
  preferred_language text not null default 'fr' check (preferred_language in ('fr', 'en')),
  oidc_issuer text,
  oidc_subject text,
  failed_login_count integer not null default 0,
  locked_until timestamptz,
  disabled_at timestamptz,
  created_at timestamptz not null default now(),
  unique (oidc_issuer, oidc_subject)
);

create table project (
  id uuid primary key,
  code text not null unique,
  title text not null,
  description text not null default '',
  status text not null default 'active' check (status in ('active', 'closed')),
  created_at timestamptz not null default now()
);

create table project_organisation (
  project_id uuid not null references project(id),
  organisation_id uuid not null references organisation(id),
  part text not null check (part in ('centre', 'core_lab', 'statistics_unit', 'sponsor', 'committee')),
  added_at timestamptz not null default now(),
  primary key (project_id, organisation_id, part)
);
create unique index project_one_core_lab on project_organisation (project_id) where part = 'core_lab';
create unique index project_one_statistics_unit on project_organisation (project_id) where part = 'statistics_unit';

create table project_membership (
  id uuid primary key,
  project_id uuid not null references project(id),
  user_id uuid not null references app_user(id),
  role text not null,
  organisation_id uuid not null references organisation(id),
  granted_at timestamptz not null default now(),
  granted_by uuid references app_user(id),
  revoked_at timestamptz,
  revoked_by uuid references app_user(id)
);
create unique index membership_active on project_membership (project_id, user_id, role) where revoked_at is null;
create index membership_by_user on project_membership (user_id) where revoked_at is null;

create table session (
  id_hash text primary key,
  user_id uuid not null references app_user(id),
  csrf_token text not null,
  auth_method text not null check (auth_method in ('password', 'oidc')),
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  ended_at timestamptz
);
create index session_by_user on session (user_id) where ended_at is null;

create table api_token (
  id uuid primary key,
  user_id uuid not null references app_user(id),
  name text not null,
  token_hash text not null unique,
  scopes text[] not null,
  project_id uuid references project(id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  last_used_at timestamptz
);

create table audit_event (
  seq bigint primary key,
  occurred_at timestamptz not null,
  actor_user_id uuid,
  actor_role text,
  organisation_id uuid,
  project_id uuid,
  action text not null,
  target_type text not null,
  target_id text,
  reason text,
  before_digest text,
  after_digest text,
  details text not null,
  request_id text,
  prev_hash text not null,
  hash text not null
);
create index audit_by_project on audit_event (project_id, seq);
create index audit_by_actor on audit_event (actor_user_id, seq);
create index audit_by_time on audit_event (occurred_at);

create table audit_chain_head (
  id integer primary key check (id = 1),
  seq bigint not null,
  hash text not null
);
insert into audit_chain_head (id, seq, hash) values (1, 0, repeat('0', 64));

create table audit_signing_key (
  key_id text primary key,
  public_key_pem text not null,
  created_at timestamptz not null default now()
);

create table audit_checkpoint (
  seq bigint primary key,
  hash text not null,
  signed_at timestamptz not null,
  key_id text not null references audit_signing_key(key_id),
  signature text not null
);

create function refuse_audit_change() returns trigger language plpgsql as $fn$
begin
  raise exception 'the audit trail is append-only: % on % refused', tg_op, tg_table_name
    using errcode = 'CL001';
end
$fn$;

create trigger audit_event_append_only before update or delete on audit_event
  for each row execute function refuse_audit_change();
create trigger audit_event_no_truncate before truncate on audit_event
  for each statement execute function refuse_audit_change();
create trigger audit_checkpoint_append_only before update or delete on audit_checkpoint
  for each row execute function refuse_audit_change();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
  for each statement execute function refuse_audit_change();
create trigger audit_signing_key_append_only before update or delete on audit_signing_key
  for each row execute function refuse_audit_change();
`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('the foundation migration cannot be reverted: the audit trail is never dropped');
}
