// DICOMweb per project, at /dicomweb/projects/:projectId: STOW-RS, QIDO-RS and WADO-RS. Thin:
// content negotiation and multipart framing here, rules in the services.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { actionContext } from '../access/access-hook.ts';
import type { ProjectRole } from '../access/roles.ts';
import type { Config } from '../config.ts';
import { DomainError } from '../platform/domain-error.ts';
import { sendProblem } from '../platform/problem.ts';
import type { Services } from '../platform/services.ts';
import { ProjectParams, Uuid } from '../platform/schemas.ts';
import { blindDicomFile } from './blinded-file.ts';
import { ENCAPSULATED_TRANSFER_SYNTAXES, type DicomJson } from './dicom-reader.ts';
import { bulkDataOf, metadataOf, pixelDataOf, readScope, type InstanceRow, type ReadScope } from './dicomweb-read-service.ts';
import { multipartBody, newBoundary, PartBufferPool, type OutgoingPart } from './multipart-response.ts';
import { boundaryOf } from './multipart.ts';
import type { Level } from './qido.ts';
import { sweepOrphanBlobs } from './orphan-sweep.ts';
import type { StowResult } from './stow-service.ts';

const READ_ROLES: readonly ProjectRole[] = ['core_lab_manager', 'qc_reviewer', 'reader', 'adjudicator', 'centre_data_manager'];
const read = { access: { kind: 'project', roles: READ_ROLES, scope: 'imaging:read' } } as const;
const write = { access: { kind: 'project', roles: ['centre_data_manager'], scope: 'imaging:write' } } as const;

const Uid = Type.String({ pattern: '^[0-9]+(\\.[0-9]+)*$', maxLength: 64 });
const StudyParams = Type.Object({ projectId: Uuid, study: Uid });
const SeriesParams = Type.Object({ projectId: Uuid, study: Uid, series: Uid });
const InstanceParams = Type.Object({ projectId: Uuid, study: Uid, series: Uid, instance: Uid });
const FrameParams = Type.Object({ projectId: Uuid, study: Uid, series: Uid, instance: Uid, frames: Type.String({ pattern: '^[0-9]{1,6}(,[0-9]{1,6}){0,999}$' }) });
const BulkParams = Type.Object({ projectId: Uuid, study: Uid, series: Uid, instance: Uid, path: Type.String({ pattern: '^[0-9A-F]{8}(\\.[0-9]{1,6}\\.[0-9A-F]{8}){0,16}$' }) });
const tags = ['dicomweb'];
/** QIDO-RS query: the paging and field parameters, and any attribute keyword or tag as a matching key. */
const QidoQuery = Type.Object(
  {
    limit: Type.Optional(Type.String({ pattern: '^[0-9]{1,6}$' })),
    offset: Type.Optional(Type.String({ pattern: '^[0-9]{1,9}$' })),
    includefield: Type.Optional(Type.Union([Type.String(), Type.Array(Type.String())], { description: 'attribute keywords or tags, or "all"' })),
    fuzzymatching: Type.Optional(Type.String()),
  },
  { additionalProperties: Type.Union([Type.String(), Type.Array(Type.String())]) },
);
const DICOM_JSON = 'application/dicom+json';
/** Files up to this size are served from one read (and read ahead); larger ones are streamed. */
const WHOLE_READ_MAX = 4 * 1024 * 1024;
/** Files up to this size may be read synchronously. */
const SYNC_READ_MAX = 1024 * 1024;

export const dicomwebRoutes = (services: Services, config: Pick<Config, 'publicUrl'>): FastifyPluginAsyncTypebox => async (app) => {
  const { stow, reader, blobs } = services.imaging;
  const base = (projectId: string) => `${config.publicUrl}/dicomweb/projects/${projectId}`;
  app.setErrorHandler((error, request, reply) => {
    if (error instanceof NotAcceptable) return sendProblem(request, reply, 406, error.code, error.message);
    throw error;
  });
  app.addContentTypeParser('multipart/related', (_request, payload, done) => done(null, payload));
  app.addHook('onReady', async () => {
    const swept = await sweepOrphanBlobs(services.db, blobs, services.imaging.config.orphanBlobMinutes);
    if (swept.removed > 0) app.log.warn({ removed: swept.removed }, 'removed blobs left without an index row (interrupted uploads)');
  });

  const storeHandler = async (request: FastifyRequest<{ Params: { projectId: string; study?: string } }>, reply: FastifyReply) => {
    const { boundary, type } = boundaryOf(request.headers['content-type']);
    if (type && type !== 'application/dicom') throw new DomainError('invalid', 'dicomweb.unsupported-media-type', `only type="application/dicom" parts are accepted, not ${type}`);
    const result = await stow.store(actionContext(request), request.params.projectId, request.body as AsyncIterable<Buffer>, boundary, request.params.study);
    if (result.stored.length === 0 && result.failed.length === 0) throw new DomainError('invalid', 'dicomweb.empty-request', 'the request carries no instance');
    const status = result.failed.length === 0 ? 200 : result.stored.length === 0 ? 409 : 202;
    return reply.status(status).type(DICOM_JSON).send(stowResponse(result, base(request.params.projectId)));
  };
  const stowSchema = { tags, summary: 'STOW-RS: store DICOM instances (multipart/related; type="application/dicom")', consumes: ['multipart/related'] };
  app.post('/dicomweb/projects/:projectId/studies', { config: write, schema: { ...stowSchema, params: ProjectParams } }, storeHandler);
  app.post('/dicomweb/projects/:projectId/studies/:study', { config: write, schema: { ...stowSchema, params: StudyParams } }, storeHandler);

  const search = (level: Level) => async (request: FastifyRequest<{ Params: { projectId: string; study?: string; series?: string }; Querystring: Record<string, string | string[]> }>, reply: FastifyReply) => {
    const scope = scopeOf(request);
    const query = reader.parse(request.query, level, scope);
    const { projectId, study, series } = request.params;
    const answer = await reader.search(actionContext(request), projectId, level, query, scope, base(projectId), { ...(study && { study }), ...(series && { series }) });
    if (answer.ignored.length > 0) reply.header('warning', `299 corelab "The following attributes are not supported for matching and were ignored: ${answer.ignored.join(', ').replace(/[^\w, ]/g, '')}"`);
    return reply.type(DICOM_JSON).send(answer.results);
  };
  const qido = (summary: string, params: typeof ProjectParams | typeof StudyParams | typeof SeriesParams) => ({ config: read, schema: { tags, summary, params, querystring: QidoQuery } });
  app.get('/dicomweb/projects/:projectId/studies', qido('QIDO-RS: search studies', ProjectParams), search('study'));
  app.get('/dicomweb/projects/:projectId/series', qido('QIDO-RS: search series', ProjectParams), search('series'));
  app.get('/dicomweb/projects/:projectId/instances', qido('QIDO-RS: search instances', ProjectParams), search('instance'));
  app.get('/dicomweb/projects/:projectId/studies/:study/series', qido("QIDO-RS: search a study's series", StudyParams), search('series'));
  app.get('/dicomweb/projects/:projectId/studies/:study/instances', qido("QIDO-RS: search a study's instances", StudyParams), search('instance'));
  app.get('/dicomweb/projects/:projectId/studies/:study/series/:series/instances', qido("QIDO-RS: search a series' instances", SeriesParams), search('instance'));

  const rowsFor = async (request: FastifyRequest, action: string, filesOnly = false) => {
    const scope = scopeOf(request);
    const { projectId, study, series, instance } = request.params as { projectId: string; study: string; series?: string; instance?: string };
    return { scope, rows: await reader.instances(actionContext(request), projectId, scope, { study, series, instance }, action, filesOnly) };
  };

  const retrieve = async (request: FastifyRequest<{ Params: { projectId: string; study: string; series?: string; instance?: string } }>, reply: FastifyReply) => {
    const wanted = negotiateDicom(request.headers.accept);
    const { scope, rows } = await rowsFor(request, 'imaging.retrieved', true);
    if (wanted !== '*' && wanted !== undefined) {
      const other = rows.find((r) => r.transfer_syntax_uid !== wanted);
      if (other) throw new NotAcceptable('dicomweb.transcoding-unsupported', `the instances are stored in transfer syntax ${other.transfer_syntax_uid}; transcoding to ${wanted} is not offered: ask for transfer-syntax=* or the stored one`);
    }
    const boundary = newBoundary();
    const parts = rows.map((row): OutgoingPart => {
      const contentType = `application/dicom; transfer-syntax=${row.transfer_syntax_uid}`;
      const size = Number(row.size);
      if (scope.blinded) return { contentType, body: async () => blindDicomFile(await blobs.read(row.blob_sha256)) };
      // A file of ordinary size is read whole, straight behind its part header (see multipartBody); a large one is streamed.
      if (size <= WHOLE_READ_MAX) {
        const readInto = (target: Buffer, offset: number) => blobs.readInto(row.blob_sha256, size, target, offset);
        const now = blobs.readIntoNow?.bind(blobs);
        // Synchronous while cached reads are quick (see multipartBody); a file over 1 MB never holds the event loop.
        if (now && size <= SYNC_READ_MAX) return { contentType, size, readInto, readIntoNow: (target, offset) => now(row.blob_sha256, size, target, offset) };
        return { contentType, size, readInto };
      }
      return { contentType, body: async () => blobs.get(row.blob_sha256) };
    });
    return sendMultipart(reply, 'application/dicom', boundary, parts);
  };
  app.get('/dicomweb/projects/:projectId/studies/:study', { config: read, schema: { tags, summary: 'WADO-RS: retrieve a study', params: StudyParams } }, retrieve);
  app.get('/dicomweb/projects/:projectId/studies/:study/series/:series', { config: read, schema: { tags, summary: 'WADO-RS: retrieve a series', params: SeriesParams } }, retrieve);
  app.get('/dicomweb/projects/:projectId/studies/:study/series/:series/instances/:instance', { config: read, schema: { tags, summary: 'WADO-RS: retrieve an instance', params: InstanceParams } }, retrieve);

  const metadata = async (request: FastifyRequest<{ Params: { projectId: string; study: string; series?: string; instance?: string } }>, reply: FastifyReply) => {
    const { scope, rows } = await rowsFor(request, 'imaging.metadata-read');
    const b = base(request.params.projectId);
    return reply.type(DICOM_JSON).send(`[${rows.map((r) => metadataOf(r, b, scope.blinded)).join(',')}]`);
  };
  app.get('/dicomweb/projects/:projectId/studies/:study/metadata', { config: read, schema: { tags, summary: "WADO-RS: a study's metadata", params: StudyParams } }, metadata);
  app.get('/dicomweb/projects/:projectId/studies/:study/series/:series/metadata', { config: read, schema: { tags, summary: "WADO-RS: a series' metadata", params: SeriesParams } }, metadata);
  app.get('/dicomweb/projects/:projectId/studies/:study/series/:series/instances/:instance/metadata', { config: read, schema: { tags, summary: "WADO-RS: an instance's metadata", params: InstanceParams } }, metadata);

  app.get(
    '/dicomweb/projects/:projectId/studies/:study/series/:series/instances/:instance/frames/:frames',
    { config: read, schema: { tags, summary: 'WADO-RS: frames of an instance (octet-stream when uncompressed, the encapsulated fragments otherwise)', params: FrameParams } },
    async (request, reply) => {
      const { rows } = await rowsFor(request, 'imaging.frames-retrieved');
      const row = rows[0]!;
      const numbers = request.params.frames.split(',').map(Number);
      const frames = framesOf(row);
      for (const n of numbers) if (n < 1 || n > frames.length) throw new DomainError('not-found', 'dicomweb.no-such-frame', `the instance has ${frames.length} frame(s); frame ${n} does not exist`);
      const mediaType = ENCAPSULATED_TRANSFER_SYNTAXES[row.transfer_syntax_uid];
      const accept = request.headers.accept ?? '*/*';
      if (mediaType && /application\/octet-stream/.test(accept) && !accept.includes(mediaType) && !/\*\/\*|transfer-syntax=\*/.test(accept)) {
        throw new NotAcceptable('dicomweb.transcoding-unsupported', `the frames are stored compressed (${row.transfer_syntax_uid}); decompression is not offered: accept ${mediaType}`);
      }
      const type = mediaType ?? 'application/octet-stream';
      const boundary = newBoundary();
      const parts: OutgoingPart[] = numbers.map((n) => ({
        contentType: `${type}; transfer-syntax=${row.transfer_syntax_uid}`,
        body: async () => {
          const ranges = frames[n - 1]!;
          if (ranges.length === 1) return blobs.get(row.blob_sha256, { start: ranges[0]!.offset, end: ranges[0]!.offset + ranges[0]!.length - 1 });
          const file = await blobs.read(row.blob_sha256);
          return Buffer.concat(ranges.map((r) => file.subarray(r.offset, r.offset + r.length)));
        },
      }));
      return sendMultipart(reply, type, boundary, parts);
    },
  );

  app.get(
    '/dicomweb/projects/:projectId/studies/:study/series/:series/instances/:instance/bulkdata/:path',
    { config: read, schema: { tags, summary: 'WADO-RS: a bulk data element of an instance', params: BulkParams } },
    async (request, reply) => {
      const { rows } = await rowsFor(request, 'imaging.bulkdata-retrieved');
      const row = rows[0]!;
      const ref = bulkDataOf(row).find((b) => b.path === request.params.path);
      if (!ref) throw new DomainError('not-found', 'dicomweb.no-such-bulkdata', 'the instance has no bulk data element at this path');
      const boundary = newBoundary();
      const part: OutgoingPart = { contentType: 'application/octet-stream', body: async () => blobs.get(row.blob_sha256, { start: ref.offset, end: ref.offset + ref.length - 1 }) };
      return sendMultipart(reply, 'application/octet-stream', boundary, [part]);
    },
  );
};

/** 406: the caller asks for a representation (e.g. a transcoding) that is not offered. */
class NotAcceptable extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

/** The part buffers of retrieval bodies, reused once a response has finished. */
const partBuffers = new PartBufferPool();

function sendMultipart(reply: FastifyReply, type: string, boundary: string, parts: OutgoingPart[]) {
  const body = multipartBody(boundary, parts, { pool: partBuffers });
  // 'finish': every byte handed to the kernel, so the slabs are free; an aborted response keeps them (the garbage collector frees them).
  reply.raw.once('finish', body.release);
  if (body.contentLength !== undefined) reply.header('content-length', body.contentLength);
  return reply.type(`multipart/related; type="${type}"; boundary=${boundary}`).send(body.stream);
}

function scopeOf(request: FastifyRequest): ReadScope {
  return readScope(actionContext(request), request.projectRoles);
}

/** The transfer syntax asked for in Accept: '*', a UID, or undefined for "as stored". 406 if nothing we serve is acceptable. */
export function negotiateDicom(accept: string | undefined): string | undefined {
  if (!accept) return undefined;
  let acceptable = false;
  for (const range of accept.split(',')) {
    const [type, ...params] = range.split(';').map((s) => s.trim());
    const t = type!.toLowerCase();
    const partType = params.find((p) => /^type=/i.test(p))?.split('=')[1]?.replace(/"/g, '').toLowerCase();
    const ok = t === '*/*' || t === 'application/dicom' || (t === 'multipart/related' && (!partType || partType === 'application/dicom'));
    if (!ok) continue;
    acceptable = true;
    const ts = params.find((p) => /^transfer-syntax=/i.test(p))?.split('=')[1]?.replace(/"/g, '');
    if (ts) return ts;
  }
  if (!acceptable) throw new NotAcceptable('dicomweb.not-acceptable', 'this resource is served as multipart/related; type="application/dicom"');
  return undefined;
}

/** Byte ranges of each frame in the stored file. */
function framesOf(row: InstanceRow): Array<Array<{ offset: number; length: number }>> {
  const pixel = pixelDataOf(row);
  if (!pixel) throw new DomainError('not-found', 'dicomweb.no-pixel-data', 'the instance has no pixel data');
  const count = row.number_of_frames ?? 1;
  if (!pixel.fragments) {
    const meta = JSON.parse(row.metadata) as DicomJson;
    const bits = Number(meta['00280100']?.Value?.[0] ?? 16);
    const samples = Number(meta['00280002']?.Value?.[0] ?? 1);
    const frameSize = ((row.rows ?? 0) * (row.columns ?? 0) * samples * bits) / 8;
    if (!Number.isInteger(frameSize) || frameSize <= 0) throw new DomainError('invalid', 'dicomweb.frames-unavailable', 'the frames of this instance cannot be delimited (bit-packed or missing Rows/Columns)');
    return Array.from({ length: count }, (_v, i) => [{ offset: pixel.offset + i * frameSize, length: Math.min(frameSize, Math.max(0, pixel.length - i * frameSize)) }]);
  }
  const fragments = pixel.fragments;
  if (count === 1) return [fragments];
  if (pixel.basicOffsetTable && pixel.basicOffsetTable.length === count && fragments.length > 0) {
    const origin = fragments[0]!.offset - 8;
    return pixel.basicOffsetTable.map((start, i) => {
      const end = pixel.basicOffsetTable![i + 1] ?? Number.POSITIVE_INFINITY;
      return fragments.filter((f) => f.offset - 8 - origin >= start && f.offset - 8 - origin < end);
    });
  }
  if (fragments.length === count) return fragments.map((f) => [f]);
  throw new DomainError('invalid', 'dicomweb.frames-unavailable', 'the fragments of this instance cannot be assigned to frames (no basic offset table)');
}

function stowResponse(result: StowResult, base: string): DicomJson {
  const out: DicomJson = {};
  const studies = new Set(result.stored.map((s) => s.studyInstanceUID));
  const study = result.studyInstanceUID ?? (studies.size === 1 ? [...studies][0] : undefined);
  if (study) out['00081190'] = { vr: 'UR', Value: [`${base}/studies/${study}`] };
  if (result.failed.length > 0) {
    out['00081198'] = {
      vr: 'SQ',
      Value: result.failed.map((f) => ({
        ...(f.sopClassUID && { '00081150': { vr: 'UI', Value: [f.sopClassUID] } }),
        ...(f.sopInstanceUID && { '00081155': { vr: 'UI', Value: [f.sopInstanceUID] } }),
        '00081197': { vr: 'US', Value: [f.failureReason] },
        '00000902': { vr: 'LO', Value: [`${f.code}: ${f.message}`] },
      })),
    };
  }
  if (result.stored.length > 0) {
    out['00081199'] = {
      vr: 'SQ',
      Value: result.stored.map((s) => ({
        '00081150': { vr: 'UI', Value: [s.sopClassUID] },
        '00081155': { vr: 'UI', Value: [s.sopInstanceUID] },
        '00081190': { vr: 'UR', Value: [`${base}/studies/${s.studyInstanceUID}/series/${s.seriesInstanceUID}/instances/${s.sopInstanceUID}`] },
      })),
    };
  }
  return out;
}
