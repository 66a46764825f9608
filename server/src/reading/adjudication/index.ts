// Adjudication, final values, reader progress and the agreement API: built once, inside the reading
// module's services. The reading module's submit calls `onPrimaryReadsComplete(trx, ctx, examId)`
// in the transaction that submits a primary read: it defines the exam's final values or opens an
// adjudication once the design's primary reads are all submitted, and does nothing before.
import type { Kysely } from 'kysely';
import type { AuditService } from '../../audit/audit-service.ts';
import type { Database } from '../../db/schema.ts';
import { AgreementService } from '../agreement-api/agreement-service.ts';
import { AgreementStore } from '../agreement-api/agreement-store.ts';
import { ProgressService } from '../progress/progress-service.ts';
import { ProgressStore } from '../progress/progress-store.ts';
import { AdjudicationService } from './adjudication-service.ts';
import { AdjudicationStore } from './adjudication-store.ts';
import { FinalValuesDefiner, type ComputeFields, type ExamBodySurfaceArea } from './final-values-definer.ts';
import { FinalValuesService } from './final-values-service.ts';
import { ReadingDefinitions } from './reading-definitions.ts';

export type { ComputeFields, ExamBodySurfaceArea } from './final-values-definer.ts';
export type { Discordance } from './rules.ts';

export interface ReadingComputation {
  computeFields: ComputeFields;
  bodySurfaceArea: ExamBodySurfaceArea;
}

export function createAdjudicationServices(db: Kysely<Database>, audit: AuditService, computation: ReadingComputation) {
  const store = new AdjudicationStore();
  const definitions = new ReadingDefinitions();
  const definer = new FinalValuesDefiner(audit, store, definitions, computation.computeFields, computation.bodySurfaceArea);
  const adjudications = new AdjudicationService(db, audit, store, definitions, definer);
  return {
    adjudications,
    finalValues: new FinalValuesService(db, audit, store),
    onPrimaryReadsComplete: adjudications.onPrimaryReadsComplete.bind(adjudications),
  };
}

export const createProgressService = (db: Kysely<Database>) => new ProgressService(db, new ProgressStore());
export const createAgreementService = (db: Kysely<Database>, audit: AuditService) => new AgreementService(db, audit, new AgreementStore());
