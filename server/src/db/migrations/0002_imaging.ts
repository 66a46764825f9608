// Imaging: the minimal subject register (the consent history comes with QC), and the index of the
// content-addressed DICOM files per project: study, series, instance, with what QIDO-RS matches on
// and the DICOM JSON that WADO-RS metadata serves. Plain SQL, identical for PGlite and PostgreSQL.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
create table subject (
  id uuid primary key,
  project_id uuid not null references project(id),
  centre_id uuid not null references organisation(id),
  code text not null check (code ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$'),
  consent_status text not null check (consent_status in ('consented', 'no-objection', 'pending', 'objected', 'withdrawn')),
  created_at timestamptz not null default now(),
  unique (project_id, code)
);
create index subject_centre on subject (project_id, centre_id);

create table study (
  id uuid primary key,
  project_id uuid not null references project(id),
  subject_id uuid not null references subject(id),
  centre_id uuid not null references organisation(id),
  study_instance_uid text not null,
  patient_id text not null,
  study_date text,
  study_time text,
  study_description text,
  accession_number text,
  study_id text,
  modalities_in_study text[] not null default '{}',
  number_of_series integer not null default 0,
  number_of_instances integer not null default 0,
  attributes text not null,
  created_at timestamptz not null default now(),
  unique (project_id, study_instance_uid)
);
create index study_patient_id on study (project_id, patient_id);
create index study_date on study (project_id, study_date);

create table series (
  id uuid primary key,
  project_id uuid not null references project(id),
  study_id uuid not null references study(id),
  study_instance_uid text not null,
  series_instance_uid text not null,
  modality text,
  series_number integer,
  series_description text,
  body_part_examined text,
  number_of_instances integer not null default 0,
  attributes text not null,
  created_at timestamptz not null default now(),
  unique (project_id, series_instance_uid)
);
create index series_study on series (study_id);
create index series_modality on series (project_id, modality);

create table instance (
  id uuid primary key,
  project_id uuid not null references project(id),
  series_id uuid not null references series(id),
  study_instance_uid text not null,
  series_instance_uid text not null,
  sop_instance_uid text not null,
  sop_class_uid text not null,
  instance_number integer,
  transfer_syntax_uid text not null,
  rows integer,
  columns integer,
  number_of_frames integer,
  blob_sha256 text not null check (blob_sha256 ~ '^[0-9a-f]{64}$'),
  size bigint not null,
  pixel_data text,
  bulk_data text not null default '[]',
  metadata text not null,
  created_at timestamptz not null default now(),
  unique (project_id, sop_instance_uid)
);
create index instance_series on instance (series_id, instance_number);
create index instance_study on instance (project_id, study_instance_uid);
create index instance_blob on instance (blob_sha256);
`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table instance; drop table series; drop table study; drop table subject;`.execute(db);
}
