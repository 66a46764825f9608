// The QC dashboard: figures as JSON for the web app's charts, and as CSV tables.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actionContext } from '../access/access-hook.ts';
import type { Services } from '../platform/services.ts';
import { refusals } from '../platform/schemas.ts';
import { dashboardCsv } from './dashboard-csv.ts';
import { CsvQuery, DashboardView } from './dashboard-schemas.ts';
import { DASHBOARD_ROLES } from './dashboard-service.ts';
import { ProjectParams } from './qc-schemas.ts';

const tags = ['qc'];
const WHO = 'The core-lab manager, QC reviewers, the sponsor/PI, committee members and auditors see every centre; a centre data manager sees their own centre only.';

export const dashboardRoutes = (services: Services): FastifyPluginAsyncTypebox => async (app) => {
  app.get(
    '/api/projects/:projectId/qc/dashboard',
    {
      config: { access: { kind: 'project', roles: DASHBOARD_ROLES, scope: 'projects:read' } },
      schema: {
        tags,
        summary: 'QC figures per centre and for the project: exams by state, pass rate, grades, failed rules, artefacts, query turnaround, overdue queries',
        description: `${WHO} Subjects whose information/consent no longer allows processing are left out of every figure.`,
        params: ProjectParams,
        response: { 200: DashboardView, ...refusals },
      },
    },
    async (request) => services.qc.dashboard.dashboard(request.params.projectId, request.actor, request.projectRoles),
  );

  app.get(
    '/api/projects/:projectId/qc/dashboard.csv',
    {
      config: { access: { kind: 'project', roles: DASHBOARD_ROLES, scope: 'projects:read' } },
      schema: {
        tags,
        summary: 'The QC dashboard as a CSV table (RFC 4180, UTF-8); the export is on the audit trail',
        description: WHO,
        params: ProjectParams,
        querystring: CsvQuery,
        produces: ['text/csv'],
        response: refusals,
      },
    },
    async (request, reply) => {
      const table = request.query.table ?? 'centres';
      const dashboard = await services.qc.dashboard.exported(actionContext(request), request.params.projectId, request.projectRoles, `csv:${table}`);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="qc-${table}-${dashboard.generatedAt.slice(0, 10)}.csv"`)
        .send(dashboardCsv(dashboard, table) as never);
    },
  );
};
