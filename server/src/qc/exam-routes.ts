// Exams: the list and the detail within the caller's scope, and the centre's submission, which runs
// the automatic conformance checks.
import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { actionContext } from '../access/access-hook.ts';
import type { ProjectRole } from '../access/roles.ts';
import type { Services } from '../platform/services.ts';
import { ProblemSchema, refusals } from '../platform/schemas.ts';
import { scopeOf } from './exam-service.ts';
import { ExamDetailView, ExamListQuery, ExamParams, ExamSummaryView, ProjectParams, SubmitBody } from './qc-schemas.ts';

const EXAM_READERS: readonly ProjectRole[] = ['centre_data_manager', 'qc_reviewer', 'core_lab_manager', 'auditor'];
const tags = ['qc'];

export const examRoutes = (services: Services): FastifyPluginAsyncTypebox => async (app) => {
  app.get(
    '/api/projects/:projectId/exams',
    {
      config: { access: { kind: 'project', roles: EXAM_READERS, scope: 'imaging:read' } },
      schema: {
        tags,
        summary: "The project's exams in my scope: my centre's for a data manager, every other centre's for a QC reviewer, all for the core-lab manager and auditors",
        params: ProjectParams,
        querystring: ExamListQuery,
        response: { 200: Type.Array(ExamSummaryView), ...refusals },
      },
    },
    async (request) => {
      const { state, limit = 200, offset = 0 } = request.query;
      return services.qc.exams.list(request.params.projectId, scopeOf(request.actor, request.projectRoles), { state, limit, offset });
    },
  );

  app.get(
    '/api/projects/:projectId/exams/:studyInstanceUid',
    {
      config: { access: { kind: 'project', roles: EXAM_READERS, scope: 'imaging:read' } },
      schema: {
        tags,
        summary: 'An exam with the result of every conformance rule of its latest submission, and the history of its submissions',
        params: ExamParams,
        response: { 200: ExamDetailView, 404: ProblemSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request) => services.qc.exams.get(request.params.projectId, request.params.studyInstanceUid, scopeOf(request.actor, request.projectRoles)),
  );

  app.post(
    '/api/projects/:projectId/exams/:studyInstanceUid/submit',
    {
      config: { access: { kind: 'project', roles: ['centre_data_manager'], scope: 'imaging:write' } },
      schema: {
        tags,
        summary: "Declare my centre's exam complete: the conformance checks run on its stored series",
        description:
          'The first submission fixes the protocol version the exam is checked against. The exam becomes awaiting-review when every rule passes, checks-failed otherwise; from either state the centre may re-send series and submit again.',
        params: ExamParams,
        body: SubmitBody,
        response: { 200: ExamDetailView, 404: ProblemSchema, 409: ProblemSchema, ...refusals },
      },
      // The body is optional: a submission without one has no comment.
      preValidation: async (request) => {
        request.body ??= {};
      },
    },
    async (request) => services.qc.exams.submit(actionContext(request), request.params.projectId, request.params.studyInstanceUid, request.body),
  );
};
