// Adjudication: the adjudicator's queue, claiming, the blinded view of both reads, the resolution.
import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { actionContext } from '../../access/access-hook.ts';
import type { Services } from '../../platform/services.ts';
import { ProblemSchema, ProjectParams, refusals } from '../../platform/schemas.ts';
import { AdjudicationParams, AdjudicationSummaryView, AdjudicationView, ResolveBody } from './adjudication-schemas.ts';

const tags = ['reading'];
const changeRefusals = { 404: ProblemSchema, 409: ProblemSchema, ...refusals };
const CLAIM_REFUSALS =
  'Refusals: adjudication.already-claimed, adjudication.already-resolved, exam.subject-not-processable (409); reading.adjudicator-read-exam, separation-of-duties.no-review-of-own-centre (403).';

export const adjudicationRoutes = (services: Services): FastifyPluginAsyncTypebox => async (app) => {
  const adjudications = services.reading.adjudication.adjudications;

  app.get(
    '/api/projects/:projectId/adjudications',
    {
      config: { access: { kind: 'project', roles: ['adjudicator'], scope: 'imaging:read' } },
      schema: {
        tags,
        summary: 'My adjudication queue: the open adjudications I may take (not my centre, no exam I read) and those I hold, oldest first',
        params: ProjectParams,
        response: { 200: Type.Array(AdjudicationSummaryView), ...refusals },
      },
    },
    async (request) => adjudications.queue(request.params.projectId, actionContext(request)),
  );

  app.post(
    '/api/projects/:projectId/adjudications/next',
    {
      config: { access: { kind: 'project', roles: ['adjudicator'], scope: 'imaging:write' } },
      schema: {
        tags,
        summary: 'Claim the oldest open adjudication I may take',
        description: `409 adjudication.queue-empty when none is waiting. ${CLAIM_REFUSALS}`,
        params: ProjectParams,
        response: { 200: AdjudicationSummaryView, ...changeRefusals },
      },
    },
    async (request) => adjudications.next(actionContext(request), request.params.projectId),
  );

  app.post(
    '/api/projects/:projectId/adjudications/:adjudicationId/claim',
    {
      config: { access: { kind: 'project', roles: ['adjudicator'], scope: 'imaging:write' } },
      schema: { tags, summary: 'Claim an open adjudication', description: CLAIM_REFUSALS, params: AdjudicationParams, response: { 200: AdjudicationSummaryView, ...changeRefusals } },
    },
    async (request) => adjudications.claim(actionContext(request), request.params.projectId, request.params.adjudicationId),
  );

  app.get(
    '/api/projects/:projectId/adjudications/:adjudicationId',
    {
      config: { access: { kind: 'project', roles: ['adjudicator'], scope: 'imaging:read' } },
      schema: {
        tags,
        summary: 'The two reads side by side as Read A and Read B (values, annotations, volumetry), the discordances, the study series; blinded: no reader, centre or date',
        description: 'Only for the adjudicator who claimed it (403 adjudication.not-yours).',
        params: AdjudicationParams,
        response: { 200: AdjudicationView, ...changeRefusals },
      },
    },
    async (request) => adjudications.view(actionContext(request), request.params.projectId, request.params.adjudicationId),
  );

  app.post(
    '/api/projects/:projectId/adjudications/:adjudicationId/resolve',
    {
      config: { access: { kind: 'project', roles: ['adjudicator'], scope: 'imaging:write' } },
      schema: {
        tags,
        summary: "Decide every discordant field (a read's value or a value given, each with a reason); the exam's final values are defined at once",
        description:
          "400 adjudication.invalid-decisions lists each refused decision in `errors: [{field, code, message}]` (undecided, unknown-field, not-discordant, duplicate-decision, reason-required, value-required, value-not-expected, computed-field-value, out-of-range, too-many-decimals, not-a-number, not-an-option, invalid-segments, too-long, not-applicable, required); adjudication.conflicting-decisions (400); adjudication.not-claimed, adjudication.already-resolved (409); adjudication.not-yours (403).",
        params: AdjudicationParams,
        body: ResolveBody,
        response: { 200: AdjudicationView, ...changeRefusals },
      },
    },
    async (request) => adjudications.resolve(actionContext(request), request.params.projectId, request.params.adjudicationId, request.body.decisions),
  );
};
