// The printable QC report of a project: the figures and the protocol and checklist versions read in
// one snapshot, the report's generation recorded as an audit event holding the digest of its
// figures (so that the chain head printed is that event), then drawn as a PDF.
import type { Kysely } from 'kysely';
import type { ActionContext } from '../access/actor.ts';
import type { AuditService } from '../audit/audit-service.ts';
import { digestOf } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { notFound } from '../platform/domain-error.ts';
import type { ChecklistDefinition } from './checklist-definition.ts';
import type { DashboardService } from './dashboard-service.ts';
import type { DefinitionService } from './definition-service.ts';
import type { ProtocolDefinition } from './protocol-definition.ts';
import { renderQcReport, type QcReport } from './report-pdf.ts';
import type { ReportStore } from './report-store.ts';

export const REPORT_ROLES = ['core_lab_manager', 'auditor', 'sponsor_pi', 'committee_member'] as const;

export class ReportService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
    private readonly store: ReportStore,
    private readonly dashboard: DashboardService,
    private readonly protocols: DefinitionService<ProtocolDefinition>,
    private readonly checklists: DefinitionService<ChecklistDefinition>,
  ) {}

  async generate(ctx: ActionContext, projectId: string): Promise<{ report: QcReport; pdf: Buffer }> {
    const generatedAt = new Date().toISOString();
    const read = await this.db.transaction().setIsolationLevel('repeatable read').execute(async (trx) => {
      const project = await this.store.project(trx, projectId);
      if (!project) throw notFound('project.not-found', 'no project has this id');
      const [figures, protocol, checklist, protocolsInUse, checklistsInUse] = await Promise.all([
        this.dashboard.figures(projectId, null, trx),
        this.protocols.currentStored(projectId, trx),
        this.checklists.currentStored(projectId, trx),
        this.store.protocolsInUse(trx, projectId),
        this.store.checklistsInUse(trx, projectId),
      ]);
      return { project, figures: { centres: figures.centres, total: figures.total!, examsLeftOut: figures.examsLeftOut }, protocol, checklist, protocolsInUse, checklistsInUse };
    });
    const figuresDigest = digestOf(read.figures);
    // Recorded after the snapshot, in a transaction of its own: appending to the chain locks its
    // head, which a repeatable-read snapshot taken before another append could not do.
    const { event, checkpoint } = await this.db.transaction().execute(async (trx) => ({
      checkpoint: await this.audit.store.latestCheckpoint(trx),
      event: await this.audit.record(trx, ctx, {
        action: 'qc.report-generated',
        targetType: 'project',
        targetId: projectId,
        projectId,
        details: { format: 'pdf', generatedAt, figuresDigest, protocolVersion: read.protocol?.version ?? null, checklistVersion: read.checklist?.version ?? null },
      }),
    }));
    const report: QcReport = {
      project: read.project,
      generatedAt,
      generatedBy: { username: ctx.actor?.username ?? 'system', role: ctx.actingRole ?? 'system' },
      protocol: { current: read.protocol ? { version: read.protocol.version, title: read.protocol.title } : null, inUse: read.protocolsInUse },
      checklist: { current: read.checklist ? { version: read.checklist.version, title: read.checklist.title } : null, inUse: read.checklistsInUse },
      figures: read.figures,
      figuresDigest,
      audit: {
        seq: event.seq,
        hash: event.hash,
        checkpoint: checkpoint ? { seq: checkpoint.seq, hash: checkpoint.hash, signedAt: new Date(checkpoint.signedAt).toISOString(), keyId: checkpoint.keyId, signature: checkpoint.signature } : null,
      },
    };
    return { report, pdf: await renderQcReport(report) };
  }
}
