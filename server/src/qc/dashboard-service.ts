// The QC dashboard: figures per centre and for the project, in one consistent snapshot, for the
// people whose role lets them see them; a centre's data manager sees their own centre's figures
// and overdue queries only.
import type { Kysely } from 'kysely';
import type { ActionContext, Actor } from '../access/actor.ts';
import type { ProjectRole } from '../access/roles.ts';
import type { AuditService } from '../audit/audit-service.ts';
import type { Database } from '../db/schema.ts';
import { centreFigures, totalFigures, type CentreFigures } from './dashboard-figures.ts';
import type { DashboardStore } from './dashboard-store.ts';
import { scopeOf } from './exam-service.ts';
import type { QueryService, QuerySummary } from './query-service.ts';

export const PROJECT_TOTAL = 'All centres';
const OVERDUE_LISTED = 100;
const NO_ORGANISATION = '00000000-0000-0000-0000-000000000000';

/** Roles that see every centre's figures; a data manager without one of them sees their own centre's. */
export const ALL_CENTRE_ROLES: readonly ProjectRole[] = ['core_lab_manager', 'qc_reviewer', 'sponsor_pi', 'committee_member', 'auditor'];
export const DASHBOARD_ROLES: readonly ProjectRole[] = [...ALL_CENTRE_ROLES, 'centre_data_manager'];

export interface Dashboard {
  generatedAt: string;
  /** The centre the figures are restricted to (a data manager's), or null for the whole project. */
  centreId: string | null;
  centres: CentreFigures[];
  /** The project total; null when the figures are one centre's. */
  total: CentreFigures | null;
  /** Exams left out because their subject's information/consent no longer allows processing. */
  examsLeftOut: number;
  /** Overdue queries the caller may read (up to 100), most overdue first; null for roles that read no queries. */
  overdueQueries: QuerySummary[] | null;
}

export class DashboardService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
    private readonly store: DashboardStore,
    private readonly queries: QueryService,
  ) {}

  /** Whose figures: every centre, or the data manager's own. */
  static centreOf(actor: Actor | null, roles: readonly ProjectRole[]): string | null {
    return roles.some((r) => ALL_CENTRE_ROLES.includes(r)) ? null : (actor?.organisationId ?? NO_ORGANISATION);
  }

  async figures(projectId: string, centreId: string | null, db: Kysely<Database> = this.db): Promise<Omit<Dashboard, 'overdueQueries' | 'generatedAt'>> {
    const [rows, examsLeftOut] = await Promise.all([this.store.counts(db, projectId, centreId), this.store.leftOut(db, projectId, centreId)]);
    return { centreId, centres: centreFigures(rows), total: centreId === null ? totalFigures(rows, PROJECT_TOTAL) : null, examsLeftOut };
  }

  /** The dashboard for an export that leaves the platform (CSV): recorded on the audit trail. */
  async exported(ctx: ActionContext, projectId: string, roles: readonly ProjectRole[], format: string): Promise<Dashboard> {
    const dashboard = await this.dashboard(projectId, ctx.actor, roles);
    await this.db.transaction().execute((trx) =>
      this.audit.record(trx, ctx, {
        action: 'qc.dashboard-exported',
        targetType: 'project',
        targetId: projectId,
        projectId,
        details: { format, centre: dashboard.centreId ?? 'all', generatedAt: dashboard.generatedAt },
      }),
    );
    return dashboard;
  }

  async dashboard(projectId: string, actor: Actor | null, roles: readonly ProjectRole[]): Promise<Dashboard> {
    const generatedAt = new Date().toISOString();
    const figures = await this.db.transaction().setIsolationLevel('repeatable read').execute((trx) => this.figures(projectId, DashboardService.centreOf(actor, roles), trx));
    const scope = scopeOf(actor, roles);
    const readsQueries = scope.allCentres || scope.ownCentre !== null || scope.otherCentresThan !== null;
    const overdueQueries = readsQueries ? await this.queries.list(projectId, scope, { overdue: true, limit: OVERDUE_LISTED, offset: 0 }) : null;
    return { generatedAt, ...figures, overdueQueries };
  }
}
