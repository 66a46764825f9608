// Readers' training and qualification records: the core-lab manager records them; the manager and the
// auditor read everybody's, a reader or adjudicator their own (a route of its own, so that no reader
// can name somebody else).
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actionContext } from '../access/access-hook.ts';
import type { Services } from '../platform/services.ts';
import { oneOf, ProblemSchema, ProjectParams, refusals, Uuid } from '../platform/schemas.ts';

const Params = Type.Object({ projectId: Uuid, userId: Uuid });

const TrainingRecordView = Type.Object({
  id: Uuid,
  userId: Uuid,
  kind: oneOf(['training', 'qualification'] as const),
  formVersion: Type.Integer(),
  formVersionId: Uuid,
  completedOn: Type.String({ format: 'date' }),
  outcome: oneOf(['completed', 'qualified', 'not-qualified'] as const),
  evidence: Type.String(),
  recordedBy: Type.Union([Uuid, Type.Null()]),
  recordedAt: Type.String({ format: 'date-time' }),
});

const TrainingBody = Type.Object(
  {
    kind: oneOf(['training', 'qualification'] as const, 'training: a course followed (outcome completed); qualification: the assessment that lets a reader read (qualified or not-qualified)'),
    formVersion: Type.Integer({ minimum: 1, description: 'The reading form version trained or qualified on' }),
    completedOn: Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'Date of the training or assessment (YYYY-MM-DD), not in the future' }),
    outcome: oneOf(['completed', 'qualified', 'not-qualified'] as const),
    evidence: Type.String({ minLength: 3, maxLength: 2000, description: 'What proves it: test set and score, certificate reference, trainer' }),
  },
  { additionalProperties: false },
);

export const trainingRoutes = (services: Services): FastifyPluginAsyncTypebox => async (app) => {
  const tags = ['reading'];
  const training = services.reading.training;

  app.get(
    '/api/projects/:projectId/readers/:userId/training-records',
    {
      config: { access: { kind: 'project', roles: ['core_lab_manager', 'auditor'], scope: 'projects:read' } },
      schema: { tags, summary: "A reader's training and qualification records in the project, oldest first", params: Params, response: { 200: Type.Array(TrainingRecordView), ...refusals } },
    },
    async (request) => training.list(request.params.projectId, request.params.userId),
  );

  app.get(
    '/api/projects/:projectId/reading/my-training-records',
    {
      config: { access: { kind: 'project', roles: ['reader', 'adjudicator'], scope: 'projects:read' } },
      schema: { tags, summary: 'My own training and qualification records in the project, oldest first', params: ProjectParams, response: { 200: Type.Array(TrainingRecordView), ...refusals } },
    },
    async (request) => training.list(request.params.projectId, request.actor!.userId),
  );

  app.post(
    '/api/projects/:projectId/readers/:userId/training-records',
    {
      config: { access: { kind: 'project', roles: ['core_lab_manager'], scope: 'projects:write' } },
      schema: {
        tags,
        summary: 'Record a training or a qualification of a reader or adjudicator (append-only)',
        description: 'Refusals: reading.training-outcome-mismatch, reading.training-invalid-date, reading.training-date-in-future, reading.training-not-a-reader, reading-form.version-not-found.',
        params: Params,
        body: TrainingBody,
        response: { 201: TrainingRecordView, 404: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) => reply.status(201).send(await training.record(actionContext(request), request.params.projectId, request.params.userId, request.body)),
  );
};
