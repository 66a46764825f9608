// The reading module's services, built once by the composition root (platform/services.ts).
import type { Kysely } from 'kysely';
import type { ActionContext } from '../access/actor.ts';
import type { AuditService } from '../audit/audit-service.ts';
import type { Database } from '../db/schema.ts';
import { designTitle, type ReadingDesign } from './design-definition.ts';
import { validateReadingDesign } from './design-validation.ts';
import type { ReadingFormDefinition } from './form-definition.ts';
import { validateReadingForm } from './form-validation.ts';
import { notFound } from '../platform/domain-error.ts';
import { VersionService } from './version-service.ts';
import { VersionStore } from './version-store.ts';
import { TrainingService } from './training-service.ts';
import { TaskService } from './task-service.ts';
import { createAdjudicationServices, createAgreementService, createProgressService } from './adjudication/index.ts';
import { computeFields, examBodySurfaceArea } from './adjudication/final-values-computation.ts';

/** @param exporter R4's DICOM export, called in the submit's transaction. */
export function createReadingServices(db: Kysely<Database>, audit: AuditService, exporter?: { exportSubmittedRead(trx: Kysely<Database>, ctx: ActionContext, readId: string): Promise<unknown> }) {
  const formStore = new VersionStore<ReadingFormDefinition>('reading_form_version');
  const forms = new VersionService<ReadingFormDefinition>(db, audit, formStore, {
    name: 'form',
    validate: async (_db, _projectId, definition, base) => validateReadingForm(definition, base),
    title: (d) => d.name,
  });
  const designs = new VersionService<ReadingDesign>(db, audit, new VersionStore<ReadingDesign>('reading_design_version'), {
    name: 'design',
    // The rules name fields of the form in force when the design is saved.
    validate: async (trx, projectId, definition, base) => {
      const form = await formStore.current(trx, projectId);
      if (!form) throw notFound('reading-design.no-form', 'the project has no reading form yet: a design refers to its fields');
      return validateReadingDesign(definition, form.definition, base);
    },
    title: designTitle,
  });
  // Adjudication and final values; its onPrimaryReadsComplete is called by the submit of a primary read.
  const adjudication = createAdjudicationServices(db, audit, { computeFields, bodySurfaceArea: examBodySurfaceArea });
  const tasks = new TaskService(db, audit, forms, designs, {
    computeFields,
    bodySurfaceArea: examBodySurfaceArea,
    onPrimaryReadsComplete: adjudication.onPrimaryReadsComplete,
    ...(exporter && { exportSubmittedRead: (trx, ctx, readId) => exporter.exportSubmittedRead(trx, ctx, readId) }),
  });
  return { forms, designs, tasks, training: new TrainingService(db, audit), adjudication, progress: createProgressService(db), agreement: createAgreementService(db, audit) };
}

export type ReadingServices = ReturnType<typeof createReadingServices>;
