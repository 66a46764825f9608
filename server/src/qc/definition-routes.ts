// Protocol and checklist versions: everyone on the imaging side of a project reads them; only the
// core-lab manager adds a version.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { TObject } from 'typebox';
import { actionContext } from '../access/access-hook.ts';
import type { ProjectRole } from '../access/roles.ts';
import type { Services } from '../platform/services.ts';
import { ProblemSchema, refusals } from '../platform/schemas.ts';
import { ChecklistDefinitionSchema, GRADES } from './checklist-definition.ts';
import type { DefinitionService } from './definition-service.ts';
import { ProtocolDefinitionSchema } from './protocol-definition.ts';
import { NewVersionBody, ProjectParams, VersionParams, VersionView } from './qc-schemas.ts';

const READERS: readonly ProjectRole[] = ['centre_data_manager', 'qc_reviewer', 'reader', 'adjudicator', 'core_lab_manager', 'sponsor_pi', 'auditor'];

interface Resource {
  path: 'protocols' | 'checklists';
  noun: string;
  schema: TObject;
  service: DefinitionService<{ title: string }>;
  note: string;
}

export const definitionRoutes = (services: Services): FastifyPluginAsyncTypebox => async (app) => {
  const resources: Resource[] = [
    { path: 'protocols', noun: 'imaging protocol', schema: ProtocolDefinitionSchema, service: services.qc.protocols, note: 'An exam is checked against the version current at its first submission.' },
    { path: 'checklists', noun: 'QC checklist', schema: ChecklistDefinitionSchema, service: services.qc.checklists, note: `Grades: ${GRADES.join(', ')}.` },
  ];
  for (const r of resources) {
    const tags = ['qc'];
    const DefinitionView = Type.Object({ ...VersionView.properties, definition: r.schema });

    app.get(
      `/api/projects/:projectId/${r.path}`,
      {
        config: { access: { kind: 'project', roles: READERS, scope: 'projects:read' } },
        schema: { tags, summary: `The versions of the project's ${r.noun}, latest first`, params: ProjectParams, response: { 200: Type.Array(VersionView), ...refusals } },
      },
      async (request) => r.service.list(request.params.projectId),
    );

    app.get(
      `/api/projects/:projectId/${r.path}/current`,
      {
        config: { access: { kind: 'project', roles: READERS, scope: 'projects:read' } },
        schema: { tags, summary: `The current version of the project's ${r.noun}`, description: r.note, params: ProjectParams, response: { 200: DefinitionView, 404: ProblemSchema, ...refusals } },
      },
      async (request) => r.service.current(request.params.projectId),
    );

    app.get(
      `/api/projects/:projectId/${r.path}/:version`,
      {
        config: { access: { kind: 'project', roles: READERS, scope: 'projects:read' } },
        schema: { tags, summary: `One version of the project's ${r.noun}; every version stays readable`, params: VersionParams, response: { 200: DefinitionView, 404: ProblemSchema, ...refusals } },
      },
      async (request) => r.service.get(request.params.projectId, request.params.version),
    );

    app.post(
      `/api/projects/:projectId/${r.path}`,
      {
        config: { access: { kind: 'project', roles: ['core_lab_manager'], scope: 'projects:write' } },
        schema: {
          tags,
          summary: `Save a new version of the project's ${r.noun}`,
          description: `${r.note} A refused definition answers 400 with a code naming the problem (e.g. ${r.path === 'protocols' ? 'protocol.range-inverted, protocol.unknown-attribute, protocol.unsafe-regex' : 'checklist.duplicate-artefact-code, checklist.unknown-series'}) and \`field\`, a JSON pointer to the offending field of the request.`,
          params: ProjectParams,
          body: NewVersionBody(r.schema),
          response: { 201: DefinitionView, ...refusals },
        },
        // The service validates the body itself, in full and without type coercion, so that every
        // refusal names its field with a specific code; the schema above documents it.
        validatorCompiler: () => (data: unknown) => ({ value: data }),
      },
      async (request, reply) => reply.status(201).send(await r.service.create(actionContext(request), request.params.projectId, request.body)),
    );
  }
};
