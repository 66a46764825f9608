// Exams: the centre declares a study complete (submit), the automatic conformance checks run on the
// headers of its stored series against the protocol version the exam was first submitted under,
// and the exam, the run and every rule's result commit with one audit event. Who sees which exam:
// the core-lab manager and auditors all; a data manager their own centre's; a QC reviewer every
// other centre's (never their own, and only subjects whose information/consent allows processing).
import type { Kysely } from 'kysely';
import type { ActionContext, Actor } from '../access/actor.ts';
import { separationError } from '../access/membership-service.ts';
import type { ProjectRole } from '../access/roles.ts';
import { ownCentreReview } from '../access/separation-of-duties.ts';
import type { AuditService } from '../audit/audit-service.ts';
import type { Database } from '../db/schema.ts';
import { conflict, forbidden, notFound, type DomainError } from '../platform/domain-error.ts';
import { mayProcessRow, type GateColumns } from '../subjects/consent-gate.ts';
import { checkConformance, type ConformanceReport, type Expectation, type RuleResult, type UnmatchedSeries } from './conformance-engine.ts';
import type { MeasuredValue, Verdict } from './condition.ts';
import type { DefinitionService } from './definition-service.ts';
import { RECEIVING, RESUBMITTABLE, stateAfterChecks, type ExamListState, type ExamState } from './exam-states.ts';
import type { ExamFilter, ExamScope, ExamStore, StudyRow } from './exam-store.ts';
import type { ProtocolDefinition } from './protocol-definition.ts';

export interface ExamSummary {
  studyInstanceUid: string;
  subjectCode: string;
  consentStatus: string;
  /** Whether the subject's information/consent allows its imaging to be processed now. */
  processingAllowed: boolean;
  centreId: string;
  centreName: string;
  studyDate: string | null;
  numberOfSeries: number;
  numberOfInstances: number;
  state: ExamListState;
  conformanceVerdict: 'pass' | 'fail' | null;
  failedRules: number | null;
  submissions: number;
  protocolVersion: number | null;
  firstSubmittedAt: string | null;
  lastSubmittedAt: string | null;
}

/** A stored rule result reads back exactly as the engine produced it. */
export type RuleResultView = RuleResult;

export interface SeriesResultView {
  name: string;
  label: string;
  required: boolean;
  seriesInstanceUid: string | null;
  seriesNumber: number | null;
  seriesDescription: string | null;
  otherCandidates: string[];
  results: RuleResultView[];
}

export interface RunSummary {
  submission: number;
  ranAt: string;
  protocolVersion: number;
  verdict: 'pass' | 'fail';
  failedRules: number;
  seriesCount: number;
  instanceCount: number;
  submittedBy: string | null;
  comment: string | null;
}

export interface ExamDetail extends ExamSummary {
  /** The latest run of the checks, in full; null before the first submission. */
  conformance: (RunSummary & { series: SeriesResultView[]; unmatchedSeries: UnmatchedSeries[] }) | null;
  /** Every run, latest first. */
  runs: RunSummary[];
}

/** What a submission did, for the modules that follow it up in its transaction (queries, reviews). */
export interface SubmittedExam {
  examId: string;
  projectId: string;
  studyInstanceUid: string;
  submission: number;
  previousState: ExamState | null;
  state: ExamState;
  failedRules: Array<{ series: string; rule: string; label: string; reason: string }>;
}

export type SubmissionListener = (trx: Kysely<Database>, ctx: ActionContext, submitted: SubmittedExam) => Promise<void>;

export interface SubmitInput {
  comment?: string | undefined;
}

const ZERO_UUID = '00000000-0000-0000-0000-000000000000';
const iso = (d: Date | null): string | null => (d ? new Date(d).toISOString() : null);

export function scopeOf(actor: Actor | null, roles: readonly ProjectRole[]): ExamScope {
  const organisation = actor?.organisationId ?? ZERO_UUID;
  return {
    allCentres: roles.includes('core_lab_manager') || roles.includes('auditor'),
    ownCentre: roles.includes('centre_data_manager') ? organisation : null,
    otherCentresThan: roles.includes('qc_reviewer') ? organisation : null,
  };
}

/** Why the scope does not reach an exam of this centre and subject, or undefined when it does. */
export function refusalFor(scope: ExamScope, centreId: string, subject: GateColumns): DomainError | undefined {
  if (scope.allCentres || scope.ownCentre === centreId) return undefined;
  if (scope.otherCentresThan !== null) {
    const violation = ownCentreReview('qc_reviewer', scope.otherCentresThan, centreId);
    if (violation) return separationError(violation);
    if (!mayProcessRow(subject)) return conflict('exam.subject-not-processable', "the subject's information/consent status does not allow its imaging to be quality-controlled");
    return undefined;
  }
  return forbidden('exam.other-centre', "this exam belongs to another centre than the data manager's");
}

export class ExamService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
    private readonly store: ExamStore,
    private readonly protocols: DefinitionService<ProtocolDefinition>,
    private readonly onSubmitted: SubmissionListener = async () => undefined,
  ) {}

  async submit(ctx: ActionContext, projectId: string, studyInstanceUid: string, input: SubmitInput): Promise<ExamDetail> {
    await this.db.transaction().execute(async (trx) => {
      const study = await this.store.findStudy(trx, projectId, studyInstanceUid, { lock: true });
      if (!study) throw notFound('exam.study-not-found', 'no study with this StudyInstanceUID is stored in the project');
      if (study.centre_id !== ctx.actor?.organisationId) throw forbidden('exam.other-centre', 'a data manager submits exams of their own centre only');
      if (!mayProcessRow(study)) {
        throw conflict('exam.subject-not-processable', `the subject's information/consent status (${study.consent_status}) does not allow its imaging to be quality-controlled`);
      }
      const existing = await this.store.findExam(trx, study.id);
      if (existing && !(RESUBMITTABLE as readonly string[]).includes(existing.state)) {
        throw conflict('exam.not-resubmittable', `the exam is ${existing.state}: it cannot be submitted again now`, { state: existing.state });
      }
      const protocol = existing ? await this.protocols.byId(existing.protocol_version_id, trx) : await this.currentProtocol(trx, projectId);
      const headers = await this.store.loadHeaders(trx, projectId, study);
      const report = checkConformance(protocol.definition, headers);
      await this.record(trx, ctx, projectId, study, existing, { id: protocol.id, version: protocol.version }, report, {
        comment: input.comment ?? null,
        seriesCount: headers.length,
        instanceCount: headers.reduce((n, s) => n + s.instances.length, 0),
      });
    });
    // The submitter's own centre: already checked above.
    return this.get(projectId, studyInstanceUid, { allCentres: true, ownCentre: null, otherCentresThan: null });
  }

  async list(projectId: string, scope: ExamScope, filter: ExamFilter): Promise<ExamSummary[]> {
    const rows = await this.store.list(this.db, projectId, scope, filter);
    return rows.map(summaryOf);
  }

  async get(projectId: string, studyInstanceUid: string, scope: ExamScope): Promise<ExamDetail> {
    const row = await this.store.get(this.db, projectId, studyInstanceUid);
    if (!row) throw notFound('exam.study-not-found', 'no study with this StudyInstanceUID is stored in the project');
    const refusal = refusalFor(scope, row.centre_id, row);
    if (refusal) throw refusal;
    const summary = summaryOf(row);
    if (!row.exam_id) return { ...summary, conformance: null, runs: [] };
    const runs = await this.store.runs(this.db, row.exam_id);
    const latest = runs[0]!;
    const detail = await this.store.runDetail(this.db, latest.id);
    const series: SeriesResultView[] = detail.series.map((s) => ({
      name: s.name,
      label: s.label,
      required: s.required,
      seriesInstanceUid: s.series_instance_uid,
      seriesNumber: s.series_number,
      seriesDescription: s.series_description,
      otherCandidates: JSON.parse(s.other_candidates) as string[],
      results: detail.results
        .filter((r) => r.protocol_series === s.name)
        .map((r) => ({
          rule: r.rule,
          label: r.label,
          expected: JSON.parse(r.expected) as Expectation,
          measured: r.measured === null ? null : (JSON.parse(r.measured) as MeasuredValue),
          unit: r.unit,
          verdict: r.verdict as Verdict,
          reason: r.reason,
        })),
    }));
    return { ...summary, conformance: { ...runSummary(latest), series, unmatchedSeries: JSON.parse(latest.unmatched_series) as UnmatchedSeries[] }, runs: runs.map(runSummary) };
  }

  private async currentProtocol(trx: Kysely<Database>, projectId: string) {
    const current = await this.protocols.currentStored(projectId, trx);
    if (!current) throw conflict('exam.no-protocol', 'the project has no imaging protocol yet: the core-lab manager defines it before exams are submitted');
    return current;
  }

  private async record(
    trx: Kysely<Database>,
    ctx: ActionContext,
    projectId: string,
    study: StudyRow,
    existing: { id: string; state: string; submissions: number } | undefined,
    protocol: { id: string; version: number },
    report: ConformanceReport,
    run: { comment: string | null; seriesCount: number; instanceCount: number },
  ): Promise<void> {
    const state: ExamState = stateAfterChecks(report.verdict, existing?.state);
    const at = new Date();
    const by = ctx.actor?.userId ?? null;
    const submission = (existing?.submissions ?? 0) + 1;
    const examId = existing?.id ?? (await this.store.insertExam(trx, projectId, study, { protocolVersionId: protocol.id, state, verdict: report.verdict, by, at }));
    if (existing) await this.store.updateExam(trx, examId, { state, verdict: report.verdict, submissions: submission, by, at });
    const runId = await this.store.insertRun(trx, { examId, submission, protocolVersionId: protocol.id, submittedBy: by, ...run }, report);
    const failedRules = report.series.flatMap((s) => s.results.filter((r) => r.verdict === 'fail').map((r) => `${s.name}/${r.rule}`));
    await this.audit.record(trx, ctx, {
      action: 'exam.submitted',
      targetType: 'exam',
      targetId: examId,
      projectId,
      reason: run.comment,
      ...(existing && { before: { state: existing.state, submissions: existing.submissions } }),
      after: { state, submissions: submission, conformanceRun: runId, verdict: report.verdict },
      details: { studyInstanceUID: study.study_instance_uid, submission, protocolVersion: protocol.version, verdict: report.verdict, state, failedRules: failedRules.slice(0, 50) },
    });
    await this.onSubmitted(trx, ctx, {
      examId,
      projectId,
      studyInstanceUid: study.study_instance_uid,
      submission,
      previousState: (existing?.state as ExamState | undefined) ?? null,
      state,
      failedRules: report.series.flatMap((s) => s.results.filter((r) => r.verdict === 'fail').map((r) => ({ series: s.name, rule: r.rule, label: r.label, reason: r.reason }))),
    });
  }
}

type ExamQueryRow = Awaited<ReturnType<ExamStore['list']>>[number];
type RunRow = Awaited<ReturnType<ExamStore['runs']>>[number];

function summaryOf(row: ExamQueryRow): ExamSummary {
  return {
    studyInstanceUid: row.study_instance_uid,
    subjectCode: row.subject_code,
    consentStatus: row.consent_status,
    processingAllowed: mayProcessRow(row),
    centreId: row.centre_id,
    centreName: row.centre_name,
    studyDate: row.study_date,
    numberOfSeries: row.number_of_series,
    numberOfInstances: row.number_of_instances,
    state: (row.state ?? RECEIVING) as ExamListState,
    conformanceVerdict: (row.conformance_verdict as 'pass' | 'fail' | null) ?? null,
    failedRules: row.failed ?? null,
    submissions: row.submissions ?? 0,
    protocolVersion: row.protocol_version ?? null,
    firstSubmittedAt: iso(row.first_submitted_at),
    lastSubmittedAt: iso(row.last_submitted_at),
  };
}

function runSummary(run: RunRow): RunSummary {
  return {
    submission: run.submission,
    ranAt: new Date(run.ran_at).toISOString(),
    protocolVersion: run.protocol_version,
    verdict: run.verdict as 'pass' | 'fail',
    failedRules: run.failed,
    seriesCount: run.series_count,
    instanceCount: run.instance_count,
    submittedBy: run.submitted_by,
    comment: run.comment,
  };
}
