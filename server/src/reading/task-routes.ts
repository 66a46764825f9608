// Reading tasks: planning (core-lab manager), the reader's worklist and claim, the blinded task view,
// draft, submit and release. Invalid reads answer 422 with every problem listed by field.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { actionContext } from '../access/access-hook.ts';
import type { Services } from '../platform/services.ts';
import { sendProblem } from '../platform/problem.ts';
import { ProblemSchema, ProjectParams, refusals, Uuid } from '../platform/schemas.ts';
import { ReadAnnotationsSchema } from './read-annotations.ts';
import { InvalidReadError } from './task-service.ts';

const tags = ['reading'];
const TaskParams = Type.Object({ projectId: Uuid, taskId: Uuid });
const TaskSummarySchema = Type.Object({
  id: Uuid,
  kind: Type.Union([Type.Literal('primary'), Type.Literal('reread')]),
  state: Type.String(),
  slot: Type.Integer(),
  blindedLabel: Type.String({ description: 'Case <number>: the only name the reader sees' }),
  claimedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
const ValueSchema = Type.Union([Type.Number(), Type.String(), Type.Array(Type.Number())]);
const ReadBody = Type.Object({ values: Type.Record(Type.String(), ValueSchema), annotations: ReadAnnotationsSchema }, { additionalProperties: false });
const Invalid = { 422: ProblemSchema };
const Conflict = { 404: ProblemSchema, 409: ProblemSchema };
// The service checks the body itself, in full, so that every problem names its field.
const passThrough = { validatorCompiler: () => (data: unknown) => ({ value: data }) };

async function orInvalid<T>(request: FastifyRequest, reply: FastifyReply, run: () => Promise<T>): Promise<T | FastifyReply> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof InvalidReadError) return sendProblem(request, reply, 422, error.code, error.message, { errors: error.errors });
    throw error;
  }
}

export const taskRoutes = (services: Services): FastifyPluginAsyncTypebox => async (app) => {
  const tasks = services.reading.tasks;

  app.post(
    '/api/projects/:projectId/reading/plan',
    { config: { access: { kind: 'project', roles: ['core_lab_manager'], scope: 'projects:write' } }, schema: { tags, summary: 'Plan reading tasks for every QC-passed exam not yet planned, with the current form and design', params: ProjectParams, response: { 200: Type.Object({ planned: Type.Integer(), tasks: Type.Integer() }), ...Conflict, ...refusals } } },
    async (request) => tasks.plan(actionContext(request), request.params.projectId),
  );

  app.get(
    '/api/projects/:projectId/reading/worklist',
    { config: { access: { kind: 'project', roles: ['reader'], scope: 'imaging:read' } }, schema: { tags, summary: "The reader's worklist: tasks in progress and counts", params: ProjectParams, response: { 200: Type.Object({ inProgress: Type.Array(TaskSummarySchema), available: Type.Integer(), waitingWashout: Type.Integer(), submitted: Type.Integer() }), ...refusals } } },
    async (request) => tasks.worklist(actionContext(request), request.params.projectId),
  );

  app.post(
    '/api/projects/:projectId/reading/worklist/next',
    { config: { access: { kind: 'project', roles: ['reader'], scope: 'imaging:write' } }, schema: { tags, summary: 'Claim the next task in the worklist order (409 reading.worklist-empty; 403 reading.reader-not-qualified)', params: ProjectParams, response: { 200: TaskSummarySchema, ...Conflict, ...refusals } } },
    async (request) => tasks.claimNext(actionContext(request), request.params.projectId),
  );

  app.get(
    '/api/projects/:projectId/reading-tasks/:taskId',
    { config: { access: { kind: 'project', roles: ['reader', 'core_lab_manager', 'auditor'], scope: 'imaging:read' } }, schema: { tags, summary: 'The blinded task view: case label, series, form, body surface area, draft; never the centre, dates or the other read', params: TaskParams, response: { 200: Type.Object({}, { additionalProperties: true }), ...Conflict, ...refusals } } },
    async (request) => tasks.view(actionContext(request), request.projectRoles, request.params.projectId, request.params.taskId),
  );

  app.put(
    '/api/projects/:projectId/reading-tasks/:taskId/draft',
    { config: { access: { kind: 'project', roles: ['reader'], scope: 'imaging:write' } }, schema: { tags, summary: 'Save the draft read; volumetry and computed fields derived from it', params: TaskParams, body: ReadBody, response: { 200: Type.Object({ savedAt: Type.String({ format: 'date-time' }), volumetry: Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()]), computed: Type.Record(Type.String(), ValueSchema) }), ...Invalid, ...Conflict, ...refusals } }, ...passThrough },
    async (request, reply) => orInvalid(request, reply, () => tasks.saveDraft(actionContext(request), request.params.projectId, request.params.taskId, request.body)),
  );

  app.post(
    '/api/projects/:projectId/reading-tasks/:taskId/submit',
    { config: { access: { kind: 'project', roles: ['reader'], scope: 'imaging:write' } }, schema: { tags, summary: 'Submit the read (422 reading.invalid-values with errors by field); immutable afterwards', params: TaskParams, body: ReadBody, response: { 200: Type.Object({ read: Type.Object({ id: Uuid, submittedAt: Type.String({ format: 'date-time' }), digest: Type.String(), values: Type.Record(Type.String(), ValueSchema) }) }), ...Invalid, ...Conflict, ...refusals } }, ...passThrough },
    async (request, reply) => orInvalid(request, reply, () => tasks.submit(actionContext(request), request.params.projectId, request.params.taskId, request.body)),
  );

  app.post(
    '/api/projects/:projectId/reading-tasks/:taskId/release',
    { config: { access: { kind: 'project', roles: ['reader'], scope: 'imaging:write' } }, schema: { tags, summary: 'Hand a claimed task back: its draft is deleted', params: TaskParams, response: { 200: TaskSummarySchema, ...Conflict, ...refusals } } },
    async (request) => tasks.release(actionContext(request), request.params.projectId, request.params.taskId),
  );
};
