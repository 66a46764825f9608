// The printable QC report of a project (PDF) for the core-lab manager, auditors, the sponsor/PI and
// the committee.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actionContext } from '../access/access-hook.ts';
import type { Services } from '../platform/services.ts';
import { ProblemSchema, refusals } from '../platform/schemas.ts';
import { ProjectParams } from './qc-schemas.ts';
import { REPORT_ROLES } from './report-service.ts';

export const reportRoutes = (services: Services): FastifyPluginAsyncTypebox => async (app) => {
  app.get(
    '/api/projects/:projectId/qc/report.pdf',
    {
      config: { access: { kind: 'project', roles: REPORT_ROLES, scope: 'projects:read' } },
      schema: {
        tags: ['qc'],
        summary: 'The QC report of the project as a printable PDF',
        description:
          'Project, protocol and checklist versions, per-centre tables and bar charts (pass rate, grade distribution, query turnaround), failed rules, query statistics, the generation time, and the audit chain head at generation: the report is itself an audit event that records the SHA-256 digest of its figures (header x-corelab-audit-seq), beside the latest signed checkpoint.',
        params: ProjectParams,
        produces: ['application/pdf'],
        response: { 404: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) => {
      const { report, pdf } = await services.qc.reports.generate(actionContext(request), request.params.projectId);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="qc-report-${report.project.code}-${report.generatedAt.slice(0, 10)}.pdf"`)
        .header('x-corelab-audit-seq', report.audit.seq)
        .send(pdf as never);
    },
  );
};
