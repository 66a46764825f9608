// Shapes shared by several contexts, written once: validation, TypeScript types and OpenAPI.
import { Type, type TObject, type TProperties } from '@fastify/type-provider-typebox';
import { PROJECT_PARTS, PROJECT_ROLES, ORGANISATION_KINDS } from '../access/roles.ts';
import { TOKEN_SCOPES } from '../access/actor.ts';

export const Uuid = Type.String({ format: 'uuid', maxLength: 36 });
export const ProjectParams = Type.Object({ projectId: Uuid });
/** A closed list of strings, typed as their union. */
export const oneOf = <const T extends readonly string[]>(values: T, description?: string) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...(description && { description }) });

/** An object with the properties of both, for response shapes that extend another. */
export const extend = <A extends TProperties, B extends TProperties>(a: TObject<A>, b: B) => Type.Object({ ...a.properties, ...b });

export const ProjectRoleSchema = oneOf(PROJECT_ROLES);
export const ProjectPartSchema = oneOf(PROJECT_PARTS);
export const OrganisationKindSchema = oneOf(ORGANISATION_KINDS);
export const TokenScopeSchema = oneOf(TOKEN_SCOPES);
export const Language = Type.Union([Type.Literal('fr'), Type.Literal('en')]);
export const Reason = Type.String({ minLength: 3, maxLength: 500, description: 'Why; recorded on the audit trail.' });

export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    code: Type.String({ description: 'Stable reason code, e.g. separation-of-duties.imaging-and-statistics-separated' }),
    instance: Type.String(),
    requestId: Type.String(),
  },
  { additionalProperties: true, $id: 'Problem' },
);

/** The refusals every protected route can answer with. */
export const refusals = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
};
