// The DICOM objects exported from a submitted read: their list, and each as application/dicom.
import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { actionContext } from '../../access/access-hook.ts';
import type { ProjectRole } from '../../access/roles.ts';
import type { Services } from '../../platform/services.ts';
import { oneOf, refusals, Uuid } from '../../platform/schemas.ts';

const tags = ['reading'];
const ROLES: readonly ProjectRole[] = ['core_lab_manager', 'reader', 'adjudicator'];
const WHO = "The core-lab manager sees every read's objects, a reader those of their own reads, an adjudicator those of the exams they adjudicate; anyone else gets 404.";
const ReadParams = Type.Object({ projectId: Uuid, readId: Uuid });
const KINDS = ['sr', 'seg'] as const;

const ExportedObjectView = Type.Object({
  kind: oneOf(KINDS, 'sr: Comprehensive SR measurement report (TID 1500); seg: DICOM Segmentation of the contours'),
  sopInstanceUID: Type.String(),
  seriesInstanceUID: Type.String(),
  sha256: Type.String(),
  size: Type.Integer(),
});

export const readingExportRoutes = (services: Services): FastifyPluginAsyncTypebox => async (app) => {
  const exports = services.readingExport;

  app.get(
    '/api/projects/:projectId/reads/:readId/exports',
    {
      config: { access: { kind: 'project', roles: ROLES, scope: 'projects:read' } },
      schema: { tags, summary: "The DICOM objects exported from a submitted read (not in the study's DICOMweb index: readers stay blinded)", description: WHO, params: ReadParams, response: { 200: Type.Array(ExportedObjectView), ...refusals } },
    },
    async (request) => exports.list(actionContext(request), request.params.projectId, request.params.readId),
  );

  app.get(
    '/api/projects/:projectId/reads/:readId/exports/:kind',
    {
      config: { access: { kind: 'project', roles: ROLES, scope: 'projects:read' } },
      schema: {
        tags,
        summary: 'One exported object as a DICOM Part 10 file; the download is on the audit trail',
        description: WHO,
        params: Type.Object({ projectId: Uuid, readId: Uuid, kind: oneOf(KINDS) }),
        produces: ['application/dicom'],
        response: refusals,
      },
    },
    async (request, reply) => {
      const { object, bytes } = await exports.download(actionContext(request), request.params.projectId, request.params.readId, request.params.kind);
      return reply.type('application/dicom').header('content-disposition', `attachment; filename="${object.kind}-${object.sopInstanceUID}.dcm"`).send(bytes as never);
    },
  );
};
