// Queries to centres: the list and a thread for those who see the exam, opening by QC, the centre's
// reply, closing and reopening by QC.
import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { actionContext } from '../access/access-hook.ts';
import type { ProjectRole } from '../access/roles.ts';
import type { Services } from '../platform/services.ts';
import { ProblemSchema, refusals } from '../platform/schemas.ts';
import { scopeOf } from './exam-service.ts';
import { ExamParams, ProjectParams } from './qc-schemas.ts';
import { reviewingScope } from './review-exam.ts';
import { CloseBody, NewQueryBody, QueryDetailView, QueryListQuery, QueryParams, QuerySummaryView, ReopenBody, ReplyBody } from './review-schemas.ts';

const READERS: readonly ProjectRole[] = ['centre_data_manager', 'qc_reviewer', 'core_lab_manager', 'auditor'];
const QC: readonly ProjectRole[] = ['qc_reviewer', 'core_lab_manager'];
const tags = ['qc'];
const changeRefusals = { 404: ProblemSchema, 409: ProblemSchema, ...refusals };
const TRANSITIONS = 'Bad transitions answer 409: query.closed (reply to a closed query), query.not-answered (close before an answer), query.already-closed, query.already-open.';

export const queryRoutes = (services: Services): FastifyPluginAsyncTypebox => async (app) => {
  const queries = services.qc.queries;

  app.get(
    '/api/projects/:projectId/queries',
    {
      config: { access: { kind: 'project', roles: READERS, scope: 'imaging:read' } },
      schema: {
        tags,
        summary: "Queries in my scope (my centre's for a data manager, other centres' for a QC reviewer, all for the core-lab manager and auditors), by due date",
        description: 'Queries about subjects whose information/consent does not allow processing are left out.',
        params: ProjectParams,
        querystring: QueryListQuery,
        response: { 200: Type.Array(QuerySummaryView), ...refusals },
      },
    },
    async (request) => {
      const { limit = 200, offset = 0, ...filter } = request.query;
      return queries.list(request.params.projectId, scopeOf(request.actor, request.projectRoles), { ...filter, limit, offset });
    },
  );

  app.get(
    '/api/projects/:projectId/queries/:queryId',
    {
      config: { access: { kind: 'project', roles: READERS, scope: 'imaging:read' } },
      schema: { tags, summary: 'A query with its thread of messages', params: QueryParams, response: { 200: QueryDetailView, ...changeRefusals } },
    },
    async (request) => queries.get(request.params.projectId, request.params.queryId, scopeOf(request.actor, request.projectRoles)),
  );

  app.post(
    '/api/projects/:projectId/exams/:studyInstanceUid/queries',
    {
      config: { access: { kind: 'project', roles: QC, scope: 'imaging:write' } },
      schema: {
        tags,
        summary: 'Open a query to the centre about the exam or one of its series',
        description: 'The due date defaults to 14 days ahead; 400 query.due-date-past, query.due-date-too-far (over 365 days), query.invalid-due-date, query.unknown-series.',
        params: ExamParams,
        body: NewQueryBody,
        response: { 201: QueryDetailView, ...changeRefusals },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await queries.open(actionContext(request), request.params.projectId, request.params.studyInstanceUid, reviewingScope(request.actor, request.projectRoles), request.body)),
  );

  app.post(
    '/api/projects/:projectId/queries/:queryId/replies',
    {
      config: { access: { kind: 'project', roles: ['centre_data_manager'], scope: 'imaging:write' } },
      schema: {
        tags,
        summary: "Answer my centre's query (it becomes answered); re-sending series and submitting the exam again answers it too",
        description: TRANSITIONS,
        params: QueryParams,
        body: ReplyBody,
        response: { 200: QueryDetailView, ...changeRefusals },
      },
    },
    async (request) => queries.reply(actionContext(request), request.params.projectId, request.params.queryId, request.body.text),
  );

  app.post(
    '/api/projects/:projectId/queries/:queryId/close',
    {
      config: { access: { kind: 'project', roles: QC, scope: 'imaging:write' } },
      schema: { tags, summary: 'Close an answered query', description: TRANSITIONS, params: QueryParams, body: CloseBody, response: { 200: QueryDetailView, ...changeRefusals } },
      preValidation: async (request) => {
        request.body ??= {};
      },
    },
    async (request) => queries.close(actionContext(request), request.params.projectId, request.params.queryId, reviewingScope(request.actor, request.projectRoles), request.body.comment),
  );

  app.post(
    '/api/projects/:projectId/queries/:queryId/reopen',
    {
      config: { access: { kind: 'project', roles: QC, scope: 'imaging:write' } },
      schema: { tags, summary: 'Reopen an answered or closed query, saying what is still needed (optionally a new due date)', description: TRANSITIONS, params: QueryParams, body: ReopenBody, response: { 200: QueryDetailView, ...changeRefusals } },
    },
    async (request) => queries.reopen(actionContext(request), request.params.projectId, request.params.queryId, reviewingScope(request.actor, request.projectRoles), request.body),
  );
};
