// The only code of the QC module that reads and writes exams and conformance runs, and reads the
// imaging index (study, series, instance rows) that the checks evaluate.
import { randomUUID } from 'node:crypto';
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../db/schema.ts';
import { processingAllowed, type GateColumns } from '../subjects/consent-gate.ts';
import type { DicomJson } from '../imaging/dicom-reader.ts';
import type { ConformanceReport, ExamSeriesHeaders } from './conformance-engine.ts';
import type { ExamListState } from './exam-states.ts';

/** Which exams a person sees: every centre, their own centre, and/or every centre but their own. */
export interface ExamScope {
  allCentres: boolean;
  ownCentre: string | null;
  /** Exams of other centres are shown only while their subject's imaging may be processed. */
  otherCentresThan: string | null;
}

export interface ExamFilter {
  state?: ExamListState | undefined;
  limit: number;
  offset: number;
}

export interface StudyRow extends GateColumns {
  id: string;
  study_instance_uid: string;
  subject_id: string;
  subject_code: string;
  centre_id: string;
  consent_status: string;
}

export interface ExamRow {
  id: string;
  state: string;
  protocol_version_id: string;
  submissions: number;
}

export interface NewRun {
  examId: string;
  submission: number;
  protocolVersionId: string;
  comment: string | null;
  submittedBy: string | null;
  seriesCount: number;
  instanceCount: number;
}

const NO_ORGANISATION = '00000000-0000-0000-0000-000000000000';
const RESULT_BATCH = 500;

export class ExamStore {
  async findStudy(db: Kysely<Database>, projectId: string, studyInstanceUid: string, options: { lock: boolean }): Promise<StudyRow | undefined> {
    let query = db
      .selectFrom('study as s')
      .innerJoin('subject as sub', 'sub.id', 's.subject_id')
      .select(['s.id', 's.study_instance_uid', 's.subject_id', 'sub.code as subject_code', 's.centre_id', 'sub.consent_status', 'sub.processing_allowed_from', 'sub.processing_stopped_at'])
      .where('s.project_id', '=', projectId)
      .where('s.study_instance_uid', '=', studyInstanceUid);
    if (options.lock) query = query.forUpdate('s');
    return query.executeTakeFirst();
  }

  findExam(db: Kysely<Database>, studyId: string): Promise<ExamRow | undefined> {
    return db.selectFrom('exam').select(['id', 'state', 'protocol_version_id', 'submissions']).where('study_id', '=', studyId).executeTakeFirst();
  }

  /** The headers of every instance of the study, by series (in SeriesNumber order). */
  async loadHeaders(db: Kysely<Database>, projectId: string, study: StudyRow): Promise<ExamSeriesHeaders[]> {
    const [series, instances] = await Promise.all([
      db.selectFrom('series').select(['series_instance_uid', 'series_number', 'series_description']).where('study_id', '=', study.id).orderBy('series_number').orderBy('created_at').execute(),
      db.selectFrom('instance').select(['series_instance_uid', 'metadata']).where('project_id', '=', projectId).where('study_instance_uid', '=', study.study_instance_uid).orderBy('instance_number').execute(),
    ]);
    const bySeries = new Map<string, DicomJson[]>(series.map((s) => [s.series_instance_uid, []]));
    for (const i of instances) bySeries.get(i.series_instance_uid)?.push(JSON.parse(i.metadata) as DicomJson);
    return series.map((s) => ({ seriesInstanceUID: s.series_instance_uid, seriesNumber: s.series_number, seriesDescription: s.series_description, instances: bySeries.get(s.series_instance_uid)! }));
  }

  async insertExam(trx: Kysely<Database>, projectId: string, study: StudyRow, values: { protocolVersionId: string; state: string; verdict: string; by: string | null; at: Date }): Promise<string> {
    const id = randomUUID();
    await trx
      .insertInto('exam')
      .values({
        id,
        project_id: projectId,
        study_id: study.id,
        study_instance_uid: study.study_instance_uid,
        subject_id: study.subject_id,
        centre_id: study.centre_id,
        protocol_version_id: values.protocolVersionId,
        state: values.state,
        conformance_verdict: values.verdict,
        submissions: 1,
        first_submitted_at: values.at,
        last_submitted_at: values.at,
        last_submitted_by: values.by,
      })
      .execute();
    return id;
  }

  async updateExam(trx: Kysely<Database>, examId: string, values: { state: string; verdict: string; submissions: number; by: string | null; at: Date }): Promise<void> {
    await trx
      .updateTable('exam')
      .set({ state: values.state, conformance_verdict: values.verdict, submissions: values.submissions, last_submitted_at: values.at, last_submitted_by: values.by })
      .where('id', '=', examId)
      .execute();
  }

  /** One run of the checks: the run, each protocol series with the exam series checked, each rule's result. */
  async insertRun(trx: Kysely<Database>, run: NewRun, report: ConformanceReport): Promise<string> {
    const runId = randomUUID();
    await trx
      .insertInto('conformance_run')
      .values({
        id: runId,
        exam_id: run.examId,
        submission: run.submission,
        protocol_version_id: run.protocolVersionId,
        verdict: report.verdict,
        failed: report.failed,
        series_count: run.seriesCount,
        instance_count: run.instanceCount,
        unmatched_series: JSON.stringify(report.unmatchedSeries),
        comment: run.comment,
        submitted_by: run.submittedBy,
      })
      .execute();
    await trx
      .insertInto('conformance_series')
      .values(
        report.series.map((s, ordinal) => ({
          id: randomUUID(),
          run_id: runId,
          ordinal,
          name: s.name,
          label: s.label,
          required: s.required,
          series_instance_uid: s.seriesInstanceUID,
          series_number: s.seriesNumber,
          series_description: s.seriesDescription,
          other_candidates: JSON.stringify(s.otherCandidates),
        })),
      )
      .execute();
    const results = report.series.flatMap((s) =>
      s.results.map((r) => ({
        protocol_series: s.name,
        series_instance_uid: s.seriesInstanceUID,
        rule: r.rule,
        label: r.label,
        expected: JSON.stringify(r.expected),
        measured: r.measured === null ? null : JSON.stringify(r.measured),
        unit: r.unit,
        verdict: r.verdict,
        reason: r.reason,
      })),
    );
    for (let i = 0; i < results.length; i += RESULT_BATCH) {
      await trx
        .insertInto('conformance_result')
        .values(results.slice(i, i + RESULT_BATCH).map((r, j) => ({ id: randomUUID(), run_id: runId, ordinal: i + j, ...r })))
        .execute();
    }
    return runId;
  }

  /** Studies of the project in the scope, with their exam (if submitted) and its latest run. */
  list(db: Kysely<Database>, projectId: string, scope: ExamScope, filter: ExamFilter) {
    let query = this.examQuery(db, projectId).where((eb) => inScope(eb, scope));
    if (filter.state === 'receiving') query = query.where('e.id', 'is', null);
    else if (filter.state) query = query.where('e.state', '=', filter.state);
    return query
      .orderBy(sql`e.last_submitted_at desc nulls last`)
      .orderBy('s.created_at', 'desc')
      .orderBy('s.study_instance_uid')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute();
  }

  get(db: Kysely<Database>, projectId: string, studyInstanceUid: string) {
    return this.examQuery(db, projectId).where('s.study_instance_uid', '=', studyInstanceUid).executeTakeFirst();
  }

  async runs(db: Kysely<Database>, examId: string) {
    return db
      .selectFrom('conformance_run as r')
      .innerJoin('qc_protocol_version as p', 'p.id', 'r.protocol_version_id')
      .select(['r.id', 'r.submission', 'r.verdict', 'r.failed', 'r.series_count', 'r.instance_count', 'r.unmatched_series', 'r.comment', 'r.submitted_by', 'r.ran_at', 'p.version as protocol_version'])
      .where('r.exam_id', '=', examId)
      .orderBy('r.submission', 'desc')
      .execute();
  }

  async runDetail(db: Kysely<Database>, runId: string) {
    const [series, results] = await Promise.all([
      db.selectFrom('conformance_series').selectAll().where('run_id', '=', runId).orderBy('ordinal').execute(),
      db.selectFrom('conformance_result').selectAll().where('run_id', '=', runId).orderBy('ordinal').execute(),
    ]);
    return { series, results };
  }

  private examQuery(db: Kysely<Database>, projectId: string) {
    return db
      .selectFrom('study as s')
      .innerJoin('subject as sub', 'sub.id', 's.subject_id')
      .innerJoin('organisation as o', 'o.id', 's.centre_id')
      .leftJoin('exam as e', 'e.study_id', 's.id')
      .leftJoin('qc_protocol_version as p', 'p.id', 'e.protocol_version_id')
      .leftJoin('conformance_run as r', (join) => join.onRef('r.exam_id', '=', 'e.id').onRef('r.submission', '=', 'e.submissions'))
      .select([
        's.study_instance_uid',
        's.study_date',
        's.number_of_series',
        's.number_of_instances',
        's.centre_id',
        'o.name as centre_name',
        'sub.code as subject_code',
        'sub.consent_status',
        'sub.processing_allowed_from',
        'sub.processing_stopped_at',
        'e.id as exam_id',
        'e.state',
        'e.conformance_verdict',
        'e.submissions',
        'e.first_submitted_at',
        'e.last_submitted_at',
        'p.version as protocol_version',
        'r.id as run_id',
        'r.failed',
      ])
      .where('s.project_id', '=', projectId);
  }
}

function inScope(eb: ExpressionBuilder<Database & { s: Database['study']; sub: Database['subject'] }, 's' | 'sub'>, scope: ExamScope): Expression<SqlBool> {
  if (scope.allCentres) return sql<SqlBool>`true`;
  const branches: Array<Expression<SqlBool>> = [];
  if (scope.ownCentre) branches.push(eb('s.centre_id', '=', scope.ownCentre));
  if (scope.otherCentresThan !== null) {
    branches.push(eb.and([eb('s.centre_id', '<>', scope.otherCentresThan || NO_ORGANISATION), processingAllowed('sub')]));
  }
  return branches.length > 0 ? eb.or(branches) : sql<SqlBool>`false`;
}
