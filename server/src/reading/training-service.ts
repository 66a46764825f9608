// Training and qualification of readers, recorded by the core-lab manager: a reader gets reading
// tasks only once qualified on the form version the tasks use (see training-store.ts isQualified).
import type { Kysely } from 'kysely';
import type { ActionContext } from '../access/actor.ts';
import type { AuditService } from '../audit/audit-service.ts';
import type { Database } from '../db/schema.ts';
import { invalid, notFound } from '../platform/domain-error.ts';
import { addTrainingRecord, listTrainingRecords, readingRolesOf, type TrainingKind, type TrainingOutcome, type TrainingRecord } from './training-store.ts';

export interface TrainingInput {
  kind: TrainingKind;
  formVersion: number;
  completedOn: string;
  outcome: TrainingOutcome;
  evidence: string;
}

const OUTCOMES: Record<TrainingKind, readonly TrainingOutcome[]> = { training: ['completed'], qualification: ['qualified', 'not-qualified'] };

/** Checks that do not need the database; `today` is the UTC calendar date. */
export function checkTrainingInput(input: TrainingInput, today: string): void {
  if (!OUTCOMES[input.kind].includes(input.outcome)) {
    throw invalid('reading.training-outcome-mismatch', `a ${input.kind} record's outcome is ${OUTCOMES[input.kind].join(' or ')}, not ${input.outcome}`);
  }
  const date = new Date(`${input.completedOn}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== input.completedOn) {
    throw invalid('reading.training-invalid-date', `completedOn must be a calendar date (YYYY-MM-DD), not ${input.completedOn}`);
  }
  if (input.completedOn > today) throw invalid('reading.training-date-in-future', `completedOn ${input.completedOn} is after today (${today})`);
}

export class TrainingService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
  ) {}

  async record(ctx: ActionContext, projectId: string, userId: string, input: TrainingInput, now = new Date()): Promise<TrainingRecord> {
    checkTrainingInput(input, now.toISOString().slice(0, 10));
    return this.db.transaction().execute(async (trx) => {
      const roles = await readingRolesOf(trx, projectId, userId);
      if (roles.length === 0) throw invalid('reading.training-not-a-reader', 'training and qualification are recorded for people holding the reader or adjudicator role in this project');
      const form = await trx.selectFrom('reading_form_version').select('id').where('project_id', '=', projectId).where('version', '=', input.formVersion).executeTakeFirst();
      if (!form) throw notFound('reading-form.version-not-found', `the project has no reading form version ${input.formVersion}`);
      const id = await addTrainingRecord(trx, projectId, { ...input, userId, formVersionId: form.id, recordedBy: ctx.actor?.userId ?? null }, now);
      await this.audit.record(trx, ctx, {
        action: 'reading.training-recorded',
        targetType: 'reader_training_record',
        targetId: id,
        projectId,
        details: { userId, kind: input.kind, formVersion: input.formVersion, completedOn: input.completedOn, outcome: input.outcome },
      });
      const records = await listTrainingRecords(trx, projectId, userId);
      return records.find((r) => r.id === id)!;
    });
  }

  async list(projectId: string, userId: string): Promise<TrainingRecord[]> {
    return listTrainingRecords(this.db, projectId, userId);
  }
}
