// Agreement between readers: JSON for the web app's tables and charts, and a CSV table.
import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { actionContext } from '../../access/access-hook.ts';
import type { ProjectRole } from '../../access/roles.ts';
import type { Services } from '../../platform/services.ts';
import { oneOf, ProblemSchema, ProjectParams, refusals, Uuid } from '../../platform/schemas.ts';
import { agreementCsv } from './agreement-csv.ts';

const tags = ['reading'];
const ROLES: readonly ProjectRole[] = ['core_lab_manager', 'auditor'];
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Interval = Type.Tuple([Type.Number(), Type.Number()]);

const Query = Type.Object({ field: Type.String({ pattern: '^[a-z][A-Za-z0-9]{0,39}$', description: 'A number or category field of the current reading form, e.g. lvEf' }) }, { additionalProperties: false });

const ComparisonView = Type.Object({
  kind: oneOf(['inter-reader', 'intra-reader'] as const),
  scope: oneOf(['all', 'readers'] as const, 'all: every pair of reads; readers: the readers named'),
  label: Type.String(),
  readers: Type.Array(Type.Object({ userId: Uuid, displayName: Type.String() })),
  n: Type.Integer({ description: 'Pairs of reads compared' }),
  status: oneOf(['ok', 'not-enough-reads', 'not-computable'] as const),
  reason: Nullable(Type.String()),
  icc: Nullable(
    Type.Object({
      n: Type.Integer(),
      k: Type.Integer(),
      estimates: Type.Array(
        Type.Object({ form: oneOf(['ICC1', 'ICC2', 'ICC3', 'ICC1k', 'ICC2k', 'ICC3k'] as const), value: Type.Number(), f: Type.Number(), df1: Type.Number(), df2: Type.Number(), p: Type.Number(), lower: Type.Number(), upper: Type.Number() }),
      ),
    }),
  ),
  blandAltman: Nullable(
    Type.Object({
      n: Type.Integer(),
      bias: Type.Number({ description: 'mean of A − B' }),
      sd: Type.Number(),
      lowerLimit: Type.Number(),
      upperLimit: Type.Number(),
      biasCi: Interval,
      lowerLimitCi: Interval,
      upperLimitCi: Interval,
      points: Type.Array(Type.Object({ mean: Type.Number(), difference: Type.Number() })),
    }),
  ),
  kappa: Type.Array(
    Type.Object({
      n: Type.Integer(),
      kappa: Type.Number(),
      se: Type.Number(),
      lower: Type.Number(),
      upper: Type.Number(),
      observedAgreement: Type.Number(),
      expectedAgreement: Type.Number(),
      weights: oneOf(['none', 'linear', 'quadratic'] as const),
      categories: Type.Array(Type.String()),
    }),
  ),
  problems: Type.Array(Type.Object({ statistic: oneOf(['icc', 'bland-altman', 'kappa'] as const), code: Type.String(), message: Type.String() })),
});

const AgreementView = Type.Object({
  field: Type.String(),
  kind: oneOf(['number', 'category'] as const),
  unit: Nullable(Type.String()),
  formVersion: Type.Integer(),
  generatedAt: Type.String({ format: 'date-time' }),
  inter: Type.Array(ComparisonView, { description: 'First all pairs of primary reads (slot 1 as A, slot 2 as B), then each pair of readers' }),
  intra: Type.Array(ComparisonView, { description: "First all readers pooled (read as A, re-read as B), then each reader" }),
});

const DESCRIPTION =
  'Number fields: ICC (Shrout & Fleiss, six forms) and Bland–Altman; category fields: Cohen\'s kappa, and linear and quadratic weighted kappa when the categories are ordered. Fewer than 3 pairs: status not-enough-reads; a statistic that cannot be computed (e.g. constant ratings): status not-computable with its code in problems. Refusals: agreement.unknown-field, agreement.field-not-comparable (400); reading.no-form (409).';

export const agreementRoutes = (services: Services): FastifyPluginAsyncTypebox => async (app) => {
  const agreement = services.reading.agreement;

  app.get(
    '/api/projects/:projectId/reading/agreement',
    {
      config: { access: { kind: 'project', roles: ROLES, scope: 'projects:read' } },
      schema: { tags, summary: 'Inter- and intra-reader agreement on one field of the reading form', description: DESCRIPTION, params: ProjectParams, querystring: Query, response: { 200: AgreementView, 409: ProblemSchema, ...refusals } },
    },
    async (request) => agreement.agreement(request.params.projectId, request.query.field),
  );

  app.get(
    '/api/projects/:projectId/reading/agreement.csv',
    {
      config: { access: { kind: 'project', roles: ROLES, scope: 'projects:read' } },
      schema: {
        tags,
        summary: 'The agreement on one field as a CSV table (a row per comparison and statistic); the export is on the audit trail',
        description: DESCRIPTION,
        params: ProjectParams,
        querystring: Query,
        produces: ['text/csv'],
        response: { 409: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) => {
      const figures = await agreement.exported(actionContext(request), request.params.projectId, request.query.field);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="agreement-${figures.field}-${figures.generatedAt.slice(0, 10)}.csv"`)
        .send(agreementCsv(figures) as never);
    },
  );
};
