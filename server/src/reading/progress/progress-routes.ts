// Reader workload and reading progress for the core-lab manager (and the auditor, read-only).
import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { Services } from '../../platform/services.ts';
import { oneOf, ProjectParams, refusals, Uuid } from '../../platform/schemas.ts';

const Count = Type.Integer({ minimum: 0 });
const ProgressView = Type.Object({
  formVersion: Type.Union([Type.Integer(), Type.Null()], { description: 'The current reading form version, on which qualification is counted' }),
  readers: Type.Array(
    Type.Object({
      userId: Uuid,
      displayName: Type.String(),
      qualification: oneOf(['qualified', 'not-qualified', 'none'] as const, 'The latest qualification record on the current form version'),
      qualified: Type.Boolean(),
      inProgress: Count,
      submitted: Count,
      rereadsDue: Count,
      rereadsWaiting: Type.Integer({ minimum: 0, description: 'Re-reads still in their wash-out period' }),
      rereadsInProgress: Count,
      rereadsDone: Count,
      adjudications: Type.Integer({ minimum: 0, description: "The reader's primary reads that went to adjudication" }),
    }),
  ),
  adjudicators: Type.Array(Type.Object({ userId: Uuid, displayName: Type.String(), inProgress: Count, resolved: Count })),
  project: Type.Object({
    examsPassedQc: Count,
    planned: Type.Integer({ minimum: 0, description: 'Exams with reading tasks' }),
    read: Type.Integer({ minimum: 0, description: 'Exams whose primary reads are all submitted' }),
    adjudicated: Type.Integer({ minimum: 0, description: 'Exams that went to adjudication' }),
    final: Type.Integer({ minimum: 0, description: 'Exams with final values' }),
    tasks: Type.Object({ open: Count, inProgress: Count, submitted: Count, cancelled: Count }, { description: 'Primary reading tasks' }),
    adjudications: Type.Object({ open: Count, inProgress: Count, resolved: Count }),
  }),
});

export const progressRoutes = (services: Services): FastifyPluginAsyncTypebox => async (app) => {
  app.get(
    '/api/projects/:projectId/reading/progress',
    {
      config: { access: { kind: 'project', roles: ['core_lab_manager', 'auditor'], scope: 'projects:read' } },
      schema: { tags: ['reading'], summary: 'Workload and progress per reader and adjudicator, and for the project', params: ProjectParams, response: { 200: ProgressView, ...refusals } },
    },
    async (request) => services.reading.progress.progress(request.params.projectId),
  );
};
