// Reading form and design versions: everyone on the reading side of a project reads them; only the
// core-lab manager adds a version.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { TSchema } from 'typebox';
import { actionContext } from '../access/access-hook.ts';
import type { ProjectRole } from '../access/roles.ts';
import type { Services } from '../platform/services.ts';
import { ProblemSchema, ProjectParams, refusals, Uuid } from '../platform/schemas.ts';
import { VersionParams } from '../qc/qc-schemas.ts';
import { ReadingDesignSchema } from './design-definition.ts';
import { ReadingFormDefinitionSchema } from './form-definition.ts';
import type { VersionService } from './version-service.ts';

const READERS: readonly ProjectRole[] = ['reader', 'adjudicator', 'core_lab_manager', 'sponsor_pi', 'auditor'];

const VersionSummary = Type.Object({
  version: Type.Integer(),
  title: Type.String(),
  digest: Type.String({ description: 'SHA-256 (hex) of the canonical JSON of the definition' }),
  reason: Type.String(),
  createdBy: Type.Union([Uuid, Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  current: Type.Boolean({ description: 'Whether this is the version new reading tasks are planned with' }),
});

interface Resource {
  path: 'reading-forms' | 'reading-designs';
  noun: string;
  schema: TSchema;
  service: VersionService<unknown>;
  note: string;
}

export const readingDefinitionRoutes = (services: Services): FastifyPluginAsyncTypebox => async (app) => {
  const resources: Resource[] = [
    {
      path: 'reading-forms',
      noun: 'reading form',
      schema: ReadingFormDefinitionSchema,
      service: services.reading.forms as VersionService<unknown>,
      note: 'A refused form answers 400 with a code such as reading-form.duplicate-key, reading-form.range-inverted, reading-form.when-not-an-option, reading-form.computed-not-number, reading-form.computed-cycle, and `field`, a JSON pointer to the offending field.',
    },
    {
      path: 'reading-designs',
      noun: 'reading design',
      schema: ReadingDesignSchema,
      service: services.reading.designs as VersionService<unknown>,
      note: "Rules name fields of the project's current reading form. A refused design answers 400 with a code such as reading-design.rule-unknown-field, reading-design.rule-field-kind, reading-design.duplicate-rule, and `field`.",
    },
  ];
  for (const r of resources) {
    const tags = ['reading'];
    const VersionView = Type.Object({ ...VersionSummary.properties, definition: r.schema });
    const access = { kind: 'project' as const, roles: READERS, scope: 'projects:read' as const };

    app.get(
      `/api/projects/:projectId/${r.path}`,
      { config: { access }, schema: { tags, summary: `The versions of the project's ${r.noun}, latest first`, params: ProjectParams, response: { 200: Type.Array(VersionSummary), ...refusals } } },
      async (request) => r.service.list(request.params.projectId),
    );

    app.get(
      `/api/projects/:projectId/${r.path}/current`,
      { config: { access }, schema: { tags, summary: `The current version of the project's ${r.noun}`, params: ProjectParams, response: { 200: VersionView, 404: ProblemSchema, ...refusals } } },
      async (request) => r.service.current(request.params.projectId),
    );

    app.get(
      `/api/projects/:projectId/${r.path}/:version`,
      { config: { access }, schema: { tags, summary: `One version of the project's ${r.noun}; every version stays readable`, params: VersionParams, response: { 200: VersionView, 404: ProblemSchema, ...refusals } } },
      async (request) => r.service.get(request.params.projectId, request.params.version),
    );

    app.post(
      `/api/projects/:projectId/${r.path}`,
      {
        config: { access: { kind: 'project', roles: ['core_lab_manager'], scope: 'projects:write' } },
        schema: {
          tags,
          summary: `Save a new version of the project's ${r.noun}`,
          description: r.note,
          params: ProjectParams,
          body: Type.Object({ definition: r.schema, reason: Type.String({ minLength: 3, maxLength: 500, description: 'Why this version; recorded on the audit trail.' }) }, { additionalProperties: false }),
          response: { 201: VersionView, 404: ProblemSchema, ...refusals },
        },
        // The service validates the body itself, in full and without coercion, so that every refusal
        // names its field with a specific code; the schema above documents it.
        validatorCompiler: () => (data: unknown) => ({ value: data }),
      },
      async (request, reply) => reply.status(201).send(await r.service.create(actionContext(request), request.params.projectId, request.body)),
    );
  }
};
