// Row types of the database, as Kysely sees them. The SQL in migrations/ is the source of truth.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface OrganisationTable {
  id: string;
  name: string;
  kind: string;
  city: string | null;
  country: Generated<string>;
  created_at: CreatedAt;
}

export interface AppUserTable {
  id: string;
  username: string;
  display_name: string;
  email: string | null;
  organisation_id: string | null;
  password_hash: string | null;
  is_platform_admin: Generated<boolean>;
  preferred_language: Generated<string>;
  oidc_issuer: string | null;
  oidc_subject: string | null;
  failed_login_count: Generated<number>;
  locked_until: Timestamp | null;
  disabled_at: Timestamp | null;
  created_at: CreatedAt;
}

export interface ProjectTable {
  id: string;
  code: string;
  title: string;
  description: Generated<string>;
  status: Generated<string>;
  /** Days an information notice must have been delivered, without objection, before retrospective use. */
  consent_waiting_days: Generated<number>;
  created_at: CreatedAt;
}

export interface ProjectOrganisationTable {
  project_id: string;
  organisation_id: string;
  part: string;
  added_at: CreatedAt;
}

export interface ProjectMembershipTable {
  id: string;
  project_id: string;
  user_id: string;
  role: string;
  organisation_id: string;
  granted_at: CreatedAt;
  granted_by: string | null;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
}

export interface SessionTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  auth_method: string;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ended_at: Timestamp | null;
}

export interface ApiTokenTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  scopes: string[];
  project_id: string | null;
  created_at: CreatedAt;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  last_used_at: Timestamp | null;
}

export interface AuditEventTable {
  seq: string;
  occurred_at: Timestamp;
  actor_user_id: string | null;
  actor_role: string | null;
  organisation_id: string | null;
  project_id: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  reason: string | null;
  before_digest: string | null;
  after_digest: string | null;
  details: string;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditChainHeadTable {
  id: number;
  seq: string;
  hash: string;
}

export interface AuditSigningKeyTable {
  key_id: string;
  public_key_pem: string;
  created_at: CreatedAt;
}

export interface AuditCheckpointTable {
  seq: string;
  hash: string;
  signed_at: Timestamp;
  key_id: string;
  signature: string;
}

export interface SubjectTable {
  id: string;
  project_id: string;
  centre_id: string;
  code: string;
  consent_status: string;
  processing_allowed_from: Timestamp | null;
  processing_stopped_at: Timestamp | null;
  created_at: CreatedAt;
}

export interface ConsentEventTable {
  id: string;
  subject_id: string;
  project_id: string;
  seq: number;
  kind: string;
  /** A calendar day; read it as text (to_char) to stay clear of time zones. */
  event_date: ColumnType<Date, string, never>;
  channel: string | null;
  declared_status: string | null;
  recorded_at: ColumnType<Date, Date | string | undefined, never>;
  recorded_by: string | null;
}

export interface StudyTable {
  id: string;
  project_id: string;
  subject_id: string;
  centre_id: string;
  study_instance_uid: string;
  patient_id: string;
  study_date: string | null;
  study_time: string | null;
  study_description: string | null;
  accession_number: string | null;
  study_id: string | null;
  modalities_in_study: string[];
  number_of_series: Generated<number>;
  number_of_instances: Generated<number>;
  attributes: string;
  created_at: CreatedAt;
}

export interface SeriesTable {
  id: string;
  project_id: string;
  study_id: string;
  study_instance_uid: string;
  series_instance_uid: string;
  modality: string | null;
  series_number: number | null;
  series_description: string | null;
  body_part_examined: string | null;
  number_of_instances: Generated<number>;
  attributes: string;
  created_at: CreatedAt;
}

export interface InstanceTable {
  id: string;
  project_id: string;
  series_id: string;
  study_instance_uid: string;
  series_instance_uid: string;
  sop_instance_uid: string;
  sop_class_uid: string;
  instance_number: number | null;
  transfer_syntax_uid: string;
  rows: number | null;
  columns: number | null;
  number_of_frames: number | null;
  blob_sha256: string;
  size: ColumnType<string, number | string, number | string>;
  pixel_data: string | null;
  bulk_data: string;
  metadata: string;
  created_at: CreatedAt;
}

export interface QcDefinitionVersionTable {
  id: string;
  project_id: string;
  version: number;
  title: string;
  /** The validated definition, as JSON text. */
  definition: string;
  reason: string;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface ExamTable {
  id: string;
  project_id: string;
  study_id: string;
  study_instance_uid: string;
  subject_id: string;
  centre_id: string;
  protocol_version_id: string;
  state: string;
  conformance_verdict: string;
  submissions: number;
  first_submitted_at: Timestamp;
  last_submitted_at: Timestamp;
  last_submitted_by: string | null;
}

export interface ConformanceRunTable {
  id: string;
  exam_id: string;
  submission: number;
  protocol_version_id: string;
  verdict: string;
  failed: number;
  series_count: number;
  instance_count: number;
  unmatched_series: string;
  comment: string | null;
  submitted_by: string | null;
  ran_at: CreatedAt;
}

export interface ConformanceSeriesTable {
  id: string;
  run_id: string;
  ordinal: number;
  name: string;
  label: string;
  required: boolean;
  series_instance_uid: string | null;
  series_number: number | null;
  series_description: string | null;
  other_candidates: string;
}

export interface ConformanceResultTable {
  id: string;
  run_id: string;
  ordinal: number;
  protocol_series: string;
  series_instance_uid: string | null;
  rule: string;
  label: string;
  expected: string;
  measured: string | null;
  unit: string | null;
  verdict: string;
  reason: string;
}

export interface QcReviewTable {
  id: string;
  project_id: string;
  exam_id: string;
  /** 1 for the exam's first review, one more after each one that ended. */
  round: number;
  /** The exam's submission the review started on. */
  submission: number;
  reviewer_id: string;
  reviewer_organisation_id: string | null;
  checklist_version_id: string;
  status: string;
  verdict: string | null;
  reason: string | null;
  claimed_at: Timestamp;
  ended_at: Timestamp | null;
}

export interface QcReviewGradeTable {
  review_id: string;
  series_name: string;
  series_instance_uid: string;
  grade: string;
  /** JSON array of the checklist's artefact codes. */
  artefacts: string;
  comment: string | null;
  graded_by: string | null;
  graded_at: Timestamp;
}

export interface QcQueryTable {
  id: string;
  project_id: string;
  exam_id: string;
  centre_id: string;
  subject_id: string;
  series_instance_uid: string | null;
  origin: string;
  review_id: string | null;
  state: string;
  /** A calendar day; read it as text (to_char) to stay clear of time zones. */
  due_date: ColumnType<Date, string, string>;
  opened_by: string | null;
  opened_at: Timestamp;
  first_answered_at: Timestamp | null;
  answered_at: Timestamp | null;
  closed_at: Timestamp | null;
  reopened: Generated<number>;
}

export interface QcQueryMessageTable {
  id: string;
  query_id: string;
  seq: number;
  kind: string;
  author_user_id: string | null;
  author_role: string;
  body: string;
  created_at: Timestamp;
}

export interface AdjudicationTaskTable {
  id: string;
  project_id: string;
  exam_id: string;
  number: number;
  read_a: string;
  read_b: string;
  form_version_id: string;
  /** Discordance[] as JSON text. */
  discordances: string;
  state: string;
  adjudicator_id: string | null;
  claimed_at: Timestamp | null;
  resolved_at: Timestamp | null;
  created_at: Timestamp;
}

export interface AdjudicationDecisionTable {
  task_id: string;
  field: string;
  choice: string;
  /** The value entered with choice 'value', as JSON text. */
  value: string | null;
  reason: string;
}

export interface FinalValueTable {
  exam_id: string;
  project_id: string;
  form_version_id: string;
  values: string;
  provenance: string;
  adjudication_task_id: string | null;
  defined_at: Timestamp;
  digest: string;
}

export interface ReadingVersionTable {
  id: string;
  project_id: string;
  version: number;
  title: string;
  /** The validated definition, as JSON text. */
  definition: string;
  /** SHA-256 of the definition's canonical JSON. */
  digest: string;
  reason: string;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface ReaderTrainingRecordTable {
  id: string;
  project_id: string;
  user_id: string;
  kind: string;
  form_version_id: string;
  completed_on: ColumnType<Date, string, never>;
  outcome: string;
  evidence: string;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface ReadingTaskTable {
  id: string;
  project_id: string;
  exam_id: string;
  study_instance_uid: string;
  subject_id: string;
  centre_id: string;
  number: number;
  kind: string;
  slot: number;
  reread_of: string | null;
  form_version_id: string;
  design_version_id: string;
  state: string;
  reader_id: string | null;
  order_key: string;
  available_from: Timestamp;
  claimed_at: Timestamp | null;
  submitted_at: Timestamp | null;
  created_at: Timestamp;
}

export interface ReadingReadTable {
  id: string;
  task_id: string;
  project_id: string;
  exam_id: string;
  reader_id: string;
  form_version_id: string;
  /** ReadValues as JSON text. */
  values: string;
  /** ReadAnnotations as JSON text. */
  annotations: string;
  /** VolumetryResult as JSON text, when contours gave one. */
  volumetry: string | null;
  status: string;
  saved_at: Timestamp;
  submitted_at: Timestamp | null;
  digest: string | null;
}

export interface ReadingExportTable {
  read_id: string;
  kind: string;
  project_id: string;
  sop_instance_uid: string;
  series_instance_uid: string;
  sha256: string;
  size: ColumnType<string, number | string, never>;
  created_at: Timestamp;
}

export interface Database {
  organisation: OrganisationTable;
  app_user: AppUserTable;
  project: ProjectTable;
  project_organisation: ProjectOrganisationTable;
  project_membership: ProjectMembershipTable;
  session: SessionTable;
  api_token: ApiTokenTable;
  audit_event: AuditEventTable;
  audit_chain_head: AuditChainHeadTable;
  audit_signing_key: AuditSigningKeyTable;
  audit_checkpoint: AuditCheckpointTable;
  subject: SubjectTable;
  consent_event: ConsentEventTable;
  study: StudyTable;
  series: SeriesTable;
  instance: InstanceTable;
  qc_protocol_version: QcDefinitionVersionTable;
  qc_checklist_version: QcDefinitionVersionTable;
  exam: ExamTable;
  conformance_run: ConformanceRunTable;
  conformance_series: ConformanceSeriesTable;
  conformance_result: ConformanceResultTable;
  qc_review: QcReviewTable;
  qc_review_grade: QcReviewGradeTable;
  qc_query: QcQueryTable;
  qc_query_message: QcQueryMessageTable;
  reading_form_version: ReadingVersionTable;
  reading_design_version: ReadingVersionTable;
  reader_training_record: ReaderTrainingRecordTable;
  reading_task: ReadingTaskTable;
  reading_read: ReadingReadTable;
  reading_export: ReadingExportTable;
  adjudication_task: AdjudicationTaskTable;
  adjudication_decision: AdjudicationDecisionTable;
  final_value: FinalValueTable;
}
