// The QC module's services, built once by the composition root (platform/services.ts).
import type { Kysely } from 'kysely';
import type { AuditService } from '../audit/audit-service.ts';
import type { Database } from '../db/schema.ts';
import { validateChecklist, type ChecklistDefinition } from './checklist-definition.ts';
import { DashboardService } from './dashboard-service.ts';
import { DashboardStore } from './dashboard-store.ts';
import { DefinitionService } from './definition-service.ts';
import { DefinitionStore } from './definition-store.ts';
import { ExamService } from './exam-service.ts';
import { ExamStore } from './exam-store.ts';
import type { ProtocolDefinition } from './protocol-definition.ts';
import { validateProtocol } from './protocol-validation.ts';
import { QueryService } from './query-service.ts';
import { QueryStore } from './query-store.ts';
import { ReportService } from './report-service.ts';
import { ReportStore } from './report-store.ts';
import { ReviewService } from './review-service.ts';
import { ReviewStore } from './review-store.ts';

export function createQcServices(db: Kysely<Database>, audit: AuditService, onPassed?: ConstructorParameters<typeof ReviewService>[5]) {
  const protocolStore = new DefinitionStore('qc_protocol_version');
  const protocols = new DefinitionService<ProtocolDefinition>(db, audit, protocolStore, {
    name: 'protocol',
    validate: async (_db, _projectId, definition, base) => validateProtocol(definition, base),
  });
  const checklists = new DefinitionService<ChecklistDefinition>(db, audit, new DefinitionStore('qc_checklist_version'), {
    name: 'checklist',
    // An artefact may be restricted to series of the protocol in force when the checklist is saved.
    validate: async (trx, projectId, definition, base) => {
      const protocol = (await protocolStore.current(trx, projectId))?.definition as ProtocolDefinition | undefined;
      return validateChecklist(definition, protocol ? new Set(protocol.series.map((s) => s.name)) : null, base);
    },
  });
  const queries = new QueryService(db, audit, new QueryStore());
  const reviews = new ReviewService(db, audit, new ReviewStore(), checklists, queries, onPassed);
  // A submission's follow-ups commit with it: a review cancelled, queries answered or opened.
  const exams = new ExamService(db, audit, new ExamStore(), protocols, async (trx, ctx, submitted) => {
    await reviews.afterSubmission(trx, ctx, submitted);
    await queries.afterSubmission(trx, ctx, submitted);
  });
  const dashboard = new DashboardService(db, audit, new DashboardStore(), queries);
  const reports = new ReportService(db, audit, new ReportStore(), dashboard, protocols, checklists);
  return { protocols, checklists, exams, reviews, queries, dashboard, reports };
}
