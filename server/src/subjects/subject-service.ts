// The subject and consent register: pseudonymous subjects of a project, registered by a data
// manager of their own centre (one at a time or from a CSV), each with an append-only history of
// information/consent events whose status gates every use of the subject's imaging. Every change is
// audited in its transaction; an objection or a withdrawal is audited as a stop of processing.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ActionContext } from '../access/actor.ts';
import type { ProjectRole } from '../access/roles.ts';
import type { AuditService } from '../audit/audit-service.ts';
import type { Database } from '../db/schema.ts';
import { conflict, forbidden, invalid, notFound } from '../platform/domain-error.ts';
import {
  checkNewEvent,
  consentState,
  mayProcess,
  STATUS_DECLARED,
  WAITING_PERIOD_DAYS,
  type ConsentChannel,
  type ConsentState,
  type ConsentStatus,
  type DeclaredStatus,
  type NewConsentEvent,
  type StoredEventKind,
} from './consent.ts';
import { parseSubjectCsv, type LineError } from './subject-csv.ts';
import { SUBJECT_CODE } from './subject-code.ts';
import * as store from './subject-store.ts';

export interface SubjectView {
  id: string;
  code: string;
  centreId: string;
  consentStatus: ConsentStatus;
  /** Whether imaging of this subject may be accepted, QC'd, read or exported now. */
  mayProcess: boolean;
  /** Last day of the waiting period while it runs (YYYY-MM-DD). */
  waitingUntil: string | null;
  createdAt: string;
}

export interface ConsentEventView {
  seq: number;
  kind: StoredEventKind;
  date: string;
  channel: ConsentChannel | null;
  declaredStatus: string | null;
  recordedAt: string;
  recordedBy: string | null;
}

export interface SubjectDetail extends SubjectView {
  processingAllowedFrom: string | null;
  processingStoppedAt: string | null;
  history: ConsentEventView[];
}

export interface NewSubject {
  code: string;
  centreId: string;
  /** The first information/consent event. */
  consent?: NewConsentEvent;
  /** A status declared without its evidence (older clients); exclusive with `consent`. */
  consentStatus?: DeclaredStatus;
}

export interface ImportOptions {
  /** Import the valid lines of a file that has bad ones (otherwise nothing is imported). */
  importValidLines: boolean;
}

export interface ImportResult {
  centreId: string;
  lines: number;
  imported: Array<{ line: number; code: string; id: string; consentStatus: ConsentStatus }>;
  rejected: LineError[];
}

export interface ConsentPolicy {
  waitingPeriodDays: number;
}

const NO_CENTRE = '00000000-0000-0000-0000-000000000000';
const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

function view(row: store.SubjectRow, state: ConsentState): SubjectView {
  return {
    id: row.id,
    code: row.code,
    centreId: row.centre_id,
    consentStatus: state.status,
    mayProcess: mayProcess(state.status),
    waitingUntil: state.waitingUntil,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

function detail(row: store.SubjectRow, history: readonly store.StoredEvent[], state: ConsentState): SubjectDetail {
  return {
    ...view(row, state),
    processingAllowedFrom: iso(state.allowedFrom),
    processingStoppedAt: iso(state.stoppedAt),
    history: history.map((e) => ({ seq: e.seq, kind: e.kind, date: e.date, channel: e.channel, declaredStatus: e.declaredStatus, recordedAt: e.recordedAt.toISOString(), recordedBy: e.recordedBy })),
  };
}

/** The events a registration records: a first event, a declared status, or none. */
function firstEvents(input: NewSubject, now: Date): store.EventToInsert[] {
  if (input.consent && input.consentStatus) throw invalid('subject.consent-twice', 'give either the first consent event or a declared consentStatus, not both');
  if (input.consent) {
    const refusal = checkNewEvent([], input.consent, now);
    if (refusal) throw refusal;
    return [{ kind: input.consent.kind, date: input.consent.date, channel: input.consent.channel ?? null, declaredStatus: null }];
  }
  if (input.consentStatus && input.consentStatus !== 'pending') {
    return [{ kind: STATUS_DECLARED, date: now.toISOString().slice(0, 10), channel: null, declaredStatus: input.consentStatus }];
  }
  return [];
}

const eventDetails = (e: store.StoredEvent) => ({ seq: e.seq, kind: e.kind, date: e.date, channel: e.channel, declaredStatus: e.declaredStatus });

const stops = (kind: StoredEventKind, declared: string | null) => kind === 'objection' || kind === 'withdrawal' || declared === 'objected' || declared === 'withdrawn';

export class SubjectService {
  constructor(private readonly db: Kysely<Database>, private readonly audit: AuditService) {}

  async register(ctx: ActionContext, projectId: string, input: NewSubject): Promise<SubjectDetail> {
    // A system context (demo seed, CLI) has no centre of its own; a person registers for theirs.
    if (ctx.actor && ctx.actor.organisationId !== input.centreId) {
      throw forbidden('subject.other-centre', 'a data manager registers subjects of their own centre only');
    }
    if (!SUBJECT_CODE.test(input.code)) throw invalid('subject.invalid-code', `"${input.code}" is not a subject code: 1 to 64 letters, digits, '_', '.' or '-', starting with a letter or digit`);
    const now = new Date();
    const events = firstEvents(input, now);
    return this.db.transaction().execute(async (trx) => {
      await this.requireCentre(trx, projectId, input.centreId);
      if ((await store.codesTaken(trx, projectId, [input.code])).size > 0) throw conflict('subject.code-taken', 'a subject with this code is already registered in the project');
      const waitingDays = await this.waitingDays(trx, projectId);
      const id = randomUUID();
      const created = (await store.insertSubjects(trx, projectId, [{ id, code: input.code, centreId: input.centreId, events }], waitingDays, ctx.actor?.userId ?? null, now)).get(id)!;
      await this.auditRegistration(trx, ctx, projectId, created.row, created.history, created.state);
      return detail(created.row, created.history, created.state);
    });
  }

  /** Registers the subjects of a CSV for the caller's own centre; see subject-csv.ts for the format. */
  async importCsv(ctx: ActionContext, projectId: string, body: string, options: ImportOptions): Promise<ImportResult> {
    const centreId = ctx.actor?.organisationId;
    if (!centreId) throw forbidden('subject.other-centre', 'subjects are imported by a data manager of the centre they belong to');
    const now = new Date();
    const parsed = parseSubjectCsv(body, now);
    return this.db.transaction().execute(async (trx) => {
      await this.requireCentre(trx, projectId, centreId);
      const taken = await store.codesTaken(trx, projectId, parsed.subjects.map((s) => s.code));
      const rejected: LineError[] = [...parsed.errors];
      const accepted = parsed.subjects.filter((s) => {
        if (!taken.has(s.code)) return true;
        rejected.push({ line: s.line, code: s.code, reason: 'subject.code-taken', message: `the code ${s.code} is already registered in the project` });
        return false;
      });
      rejected.sort((a, b) => a.line - b.line);
      const lines = parsed.subjects.length + parsed.errors.length;
      if (rejected.length > 0 && !options.importValidLines) {
        throw invalid('subject-import.invalid-lines', `${rejected.length} of ${lines} line${lines === 1 ? ' has' : 's have'} errors; nothing was imported (fix them, or import the valid lines with importValidLines=true)`, { errors: rejected });
      }
      const waitingDays = await this.waitingDays(trx, projectId);
      const rows = accepted.map((s) => ({
        line: s.line,
        id: randomUUID(),
        code: s.code,
        centreId,
        events: s.event ? [{ kind: s.event.kind, date: s.event.date, channel: s.event.channel ?? null, declaredStatus: null }] : [],
      }));
      const created = await store.insertSubjects(trx, projectId, rows, waitingDays, ctx.actor?.userId ?? null, now);
      for (const r of rows) {
        const c = created.get(r.id)!;
        await this.auditRegistration(trx, ctx, projectId, c.row, c.history, c.state);
      }
      await this.audit.record(trx, ctx, {
        action: 'subject.imported',
        targetType: 'subject',
        projectId,
        details: { centreId, lines, imported: rows.length, rejected: rejected.length, importValidLines: options.importValidLines },
      });
      return { centreId, lines, imported: rows.map((r) => ({ line: r.line, code: r.code, id: r.id, consentStatus: created.get(r.id)!.state.status })), rejected };
    });
  }

  /** Subjects the caller may see: a centre's people those of their centre, project-wide roles all. */
  async list(ctx: ActionContext, projectId: string, roles: readonly ProjectRole[]): Promise<SubjectView[]> {
    return this.db.transaction().execute(async (trx) => {
      const centreId = await this.visibleCentre(trx, ctx, projectId, roles);
      const rows = await store.listSubjects(trx, projectId, centreId);
      const byId = await store.histories(trx, projectId, { centreId });
      const waitingDays = await this.waitingDays(trx, projectId);
      const now = new Date();
      await this.audit.record(trx, ctx, { action: 'subject.listed', targetType: 'subject', projectId, details: { count: rows.length, scope: centreId ? 'own-centre' : 'project' } });
      return rows.map((row) => view(row, consentState(byId.get(row.id) ?? [], waitingDays, now)));
    });
  }

  async get(ctx: ActionContext, projectId: string, subjectId: string, roles: readonly ProjectRole[]): Promise<SubjectDetail> {
    return this.db.transaction().execute(async (trx) => {
      const row = await this.visibleSubject(trx, ctx, projectId, subjectId, roles);
      const history = (await store.histories(trx, projectId, { subjectId })).get(subjectId) ?? [];
      const state = consentState(history, await this.waitingDays(trx, projectId), new Date());
      await this.audit.record(trx, ctx, { action: 'subject.viewed', targetType: 'subject', targetId: subjectId, projectId, details: { code: row.code } });
      return detail(row, history, state);
    });
  }

  /**
   * Appends one event to the subject's history and moves its gate in the same transaction. A data
   * manager records any event for their centre's subjects; a DPO, who may receive an objection
   * directly, records objections and withdrawals only.
   */
  async recordEvent(ctx: ActionContext, projectId: string, subjectId: string, roles: readonly ProjectRole[], event: NewConsentEvent): Promise<SubjectDetail> {
    const now = new Date();
    return this.db.transaction().execute(async (trx) => {
      const row = await this.visibleSubject(trx, ctx, projectId, subjectId, roles, true);
      if (ctx.actor) {
        const ownDataManager = roles.includes('centre_data_manager') && row.centre_id === ctx.actor.organisationId;
        if (!ownDataManager) {
          if (!roles.includes('dpo')) throw forbidden('subject.other-centre', "only a data manager of the subject's centre records its consent events");
          if (event.kind !== 'objection' && event.kind !== 'withdrawal') throw forbidden('consent.dpo-records-stops-only', "a DPO records objections and withdrawals; consents and notices are recorded by the subject's centre");
        }
      }
      const history = (await store.histories(trx, projectId, { subjectId })).get(subjectId) ?? [];
      const refusal = checkNewEvent(history, event, now);
      if (refusal) throw refusal;
      const waitingDays = await this.waitingDays(trx, projectId);
      const before = consentState(history, waitingDays, now);
      const stored: store.StoredEvent = { id: randomUUID(), subjectId, seq: (history.at(-1)?.seq ?? 0) + 1, kind: event.kind, date: event.date, channel: event.channel ?? null, declaredStatus: null, recordedAt: now, recordedBy: ctx.actor?.userId ?? null };
      await store.insertEvents(trx, projectId, [stored]);
      const after = [...history, stored];
      const state = consentState(after, waitingDays, now);
      const updated = await store.writeState(trx, subjectId, state);
      await this.auditEvent(trx, ctx, projectId, updated, stored, before.status, state);
      return detail(updated, after, state);
    });
  }

  async policy(projectId: string): Promise<ConsentPolicy> {
    return { waitingPeriodDays: await this.waitingDays(this.db, projectId) };
  }

  /**
   * Sets the project's waiting period. Statuses are a function of the current setting, so every
   * subject whose gate it moves is rewritten in the same transaction, and counted on the audit trail.
   */
  async setWaitingPeriod(ctx: ActionContext, projectId: string, days: number, reason: string): Promise<ConsentPolicy & { subjectsChanged: number }> {
    if (!Number.isInteger(days) || days < WAITING_PERIOD_DAYS.min || days > WAITING_PERIOD_DAYS.max) {
      throw invalid('consent.invalid-waiting-period', `the waiting period is a whole number of days from ${WAITING_PERIOD_DAYS.min} to ${WAITING_PERIOD_DAYS.max}`);
    }
    return this.db.transaction().execute(async (trx) => {
      const previous = await this.waitingDays(trx, projectId);
      await trx.updateTable('project').set({ consent_waiting_days: days }).where('id', '=', projectId).execute();
      const now = new Date();
      // The subjects locked before their histories are read: an event recorded meanwhile (an
      // objection) is then either waited for and read, or recorded after this change; never
      // overwritten by a status computed without it.
      const rows = await store.listSubjects(trx, projectId, null, true);
      const byId = await store.histories(trx, projectId, {});
      let subjectsChanged = 0;
      for (const row of rows) {
        const state = consentState(byId.get(row.id) ?? [], days, now);
        if (state.status === row.consent_status && store.sameInstant(state.allowedFrom, row.processing_allowed_from) && store.sameInstant(state.stoppedAt, row.processing_stopped_at)) continue;
        await store.writeState(trx, row.id, state);
        subjectsChanged += 1;
      }
      await this.audit.record(trx, ctx, {
        action: 'project.consent-waiting-period-set',
        targetType: 'project',
        targetId: projectId,
        projectId,
        reason,
        before: { waitingPeriodDays: previous },
        after: { waitingPeriodDays: days },
        details: { waitingPeriodDays: days, previous, subjectsChanged },
      });
      return { waitingPeriodDays: days, subjectsChanged };
    });
  }

  private async waitingDays(db: Kysely<Database>, projectId: string): Promise<number> {
    const days = await store.waitingDaysOf(db, projectId);
    if (days === undefined) throw notFound('project.not-found', 'no project has this id');
    return days;
  }

  private async requireCentre(db: Kysely<Database>, projectId: string, centreId: string): Promise<void> {
    const party = await db.selectFrom('project_organisation').select('organisation_id').where('project_id', '=', projectId).where('organisation_id', '=', centreId).where('part', '=', 'centre').executeTakeFirst();
    if (!party) throw invalid('subject.centre-not-in-project', 'this organisation does not take part in the project as a centre');
  }

  /** The centre whose subjects the caller sees, or null for the whole project. */
  private async visibleCentre(db: Kysely<Database>, ctx: ActionContext, projectId: string, roles: readonly ProjectRole[]): Promise<string | null> {
    if (!ctx.actor || roles.includes('core_lab_manager')) return null;
    const organisationId = ctx.actor.organisationId;
    if (roles.includes('centre_data_manager')) return organisationId ?? NO_CENTRE;
    if (!organisationId) return null;
    const centre = await db.selectFrom('project_organisation').select('organisation_id').where('project_id', '=', projectId).where('organisation_id', '=', organisationId).where('part', '=', 'centre').executeTakeFirst();
    return centre ? organisationId : null;
  }

  private async visibleSubject(db: Kysely<Database>, ctx: ActionContext, projectId: string, subjectId: string, roles: readonly ProjectRole[], lock = false): Promise<store.SubjectRow> {
    const row = await store.findSubject(db, projectId, subjectId, lock);
    if (!row) throw notFound('subject.not-found', 'no subject of this project has this id');
    const centreId = await this.visibleCentre(db, ctx, projectId, roles);
    if (centreId && row.centre_id !== centreId) throw forbidden('subject.other-centre', "this subject belongs to another centre: a centre's people see their own subjects only");
    return row;
  }

  /** One event per registration, carrying its first consent event (at most one), and the stop it may be. */
  private async auditRegistration(db: Kysely<Database>, ctx: ActionContext, projectId: string, row: store.SubjectRow, history: readonly store.StoredEvent[], state: ConsentState) {
    const [first] = history;
    await this.audit.record(db, ctx, {
      action: 'subject.registered',
      targetType: 'subject',
      targetId: row.id,
      projectId,
      after: { code: row.code, centreId: row.centre_id, consentStatus: state.status, processingAllowedFrom: iso(state.allowedFrom), processingStoppedAt: iso(state.stoppedAt) },
      details: { code: row.code, consentStatus: state.status, mayProcess: mayProcess(state.status), firstEvent: first ? eventDetails(first) : null },
    });
    if (first) await this.auditStop(db, ctx, projectId, row, first, state);
  }

  private async auditEvent(db: Kysely<Database>, ctx: ActionContext, projectId: string, row: store.SubjectRow, event: store.StoredEvent, before: ConsentStatus, state: ConsentState) {
    await this.audit.record(db, ctx, {
      action: 'subject.consent-event-recorded',
      targetType: 'subject',
      targetId: row.id,
      projectId,
      before: { consentStatus: before },
      after: { consentStatus: state.status, processingAllowedFrom: iso(state.allowedFrom), processingStoppedAt: iso(state.stoppedAt) },
      details: { code: row.code, ...eventDetails(event), consentStatus: state.status, mayProcess: mayProcess(state.status) },
    });
    await this.auditStop(db, ctx, projectId, row, event, state);
  }

  private async auditStop(db: Kysely<Database>, ctx: ActionContext, projectId: string, row: store.SubjectRow, event: store.StoredEvent, state: ConsentState) {
    if (!stops(event.kind, event.declaredStatus)) return;
    await this.audit.record(db, ctx, {
      action: 'subject.processing-stopped',
      targetType: 'subject',
      targetId: row.id,
      projectId,
      reason: `${event.kind === 'withdrawal' || event.declaredStatus === 'withdrawn' ? 'withdrawal' : 'objection'} of ${event.date}${event.channel ? ` (received: ${event.channel})` : ''}`,
      details: { code: row.code, ...eventDetails(event), stoppedAt: iso(state.stoppedAt) },
    });
  }
}
