// The exams' final values with their provenance, as JSON and as a CSV table.
import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { actionContext } from '../../access/access-hook.ts';
import type { ProjectRole } from '../../access/roles.ts';
import type { Services } from '../../platform/services.ts';
import { ProjectParams, refusals } from '../../platform/schemas.ts';
import { FinalValueView } from './adjudication-schemas.ts';

const tags = ['reading'];
const ROLES: readonly ProjectRole[] = ['core_lab_manager', 'auditor'];
const SOURCES =
  "Provenance per field: single-read (single-read design), mean-of-reads (two reads' numbers averaged, rounded to the field's decimals), agreed (the same category or segments), adjudication (the adjudicator's decision, with its reason); computed fields are recomputed from the final inputs. Free text is carried only from a single read.";

export const finalValuesRoutes = (services: Services): FastifyPluginAsyncTypebox => async (app) => {
  const finals = services.reading.adjudication.finalValues;

  app.get(
    '/api/projects/:projectId/reading/final-values',
    {
      config: { access: { kind: 'project', roles: ROLES, scope: 'projects:read' } },
      schema: { tags, summary: "Every exam's final values with the provenance of each field, oldest first", description: SOURCES, params: ProjectParams, response: { 200: Type.Array(FinalValueView), ...refusals } },
    },
    async (request) => finals.list(request.params.projectId),
  );

  app.get(
    '/api/projects/:projectId/reading/final-values.csv',
    {
      config: { access: { kind: 'project', roles: ROLES, scope: 'projects:read' } },
      schema: {
        tags,
        summary: 'The final values as a CSV table (a value and a source column per field; segments joined by ";"); the export is on the audit trail',
        description: SOURCES,
        params: ProjectParams,
        produces: ['text/csv'],
        response: refusals,
      },
    },
    async (request, reply) => {
      const csv = await finals.csv(actionContext(request), request.params.projectId);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="final-values-${new Date().toISOString().slice(0, 10)}.csv"`).send(csv as never);
    },
  );
};
