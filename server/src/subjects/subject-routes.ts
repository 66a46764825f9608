import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { actionContext } from '../access/access-hook.ts';
import type { ProjectRole } from '../access/roles.ts';
import type { Services } from '../platform/services.ts';
import { oneOf, ProblemSchema, ProjectParams, Reason, refusals, Uuid } from '../platform/schemas.ts';
import { CONSENT_CHANNELS, CONSENT_EVENT_KINDS, CONSENT_STATUSES, DECLARED_STATUSES, STATUS_DECLARED, WAITING_PERIOD_DAYS } from './consent.ts';
import { CSV_LIMITS, decodeCsv } from './subject-csv.ts';
import { SUBJECT_CODE_PATTERN } from './subject-code.ts';

const ConsentStatusSchema = oneOf(CONSENT_STATUSES, 'Information/consent status now; only consented and no-objection subjects may have imaging accepted, QC\'d, read or exported');
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A calendar day, YYYY-MM-DD (UTC)' });
const ChannelSchema = oneOf(CONSENT_CHANNELS, 'How a notice was delivered, or an objection or withdrawal received');

const NewEvent = Type.Object(
  {
    kind: oneOf(CONSENT_EVENT_KINDS, 'written-consent (prospective); information-notice (retrospective use, then no objection once the waiting period has elapsed); objection or withdrawal (final: processing stops at once)'),
    date: Day,
    channel: Type.Optional(ChannelSchema),
  },
  { additionalProperties: false },
);

const SubjectView = Type.Object({
  id: Uuid,
  code: Type.String(),
  centreId: Uuid,
  consentStatus: ConsentStatusSchema,
  mayProcess: Type.Boolean({ description: "Whether the subject's imaging may be accepted, QC'd, read or exported now" }),
  waitingUntil: Type.Union([Day, Type.Null()], { description: 'Last day of the waiting period while it runs' }),
  createdAt: Type.String({ format: 'date-time' }),
});

const ConsentEventView = Type.Object({
  seq: Type.Integer({ minimum: 1 }),
  kind: oneOf([...CONSENT_EVENT_KINDS, STATUS_DECLARED] as const, 'status-declared: a status stated at registration without its evidence'),
  date: Day,
  channel: Type.Union([ChannelSchema, Type.Null()]),
  declaredStatus: Type.Union([Type.String(), Type.Null()]),
  recordedAt: Type.String({ format: 'date-time' }),
  recordedBy: Type.Union([Uuid, Type.Null()]),
});

const SubjectDetail = Type.Object({
  ...SubjectView.properties,
  processingAllowedFrom: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  processingStoppedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  history: Type.Array(ConsentEventView, { description: 'Append-only, in the order recorded' }),
});

const LineErrorSchema = Type.Object({
  line: Type.Integer({ minimum: 2 }),
  code: Type.Union([Type.String(), Type.Null()]),
  reason: Type.String({ description: 'Stable reason code, e.g. consent.date-in-future, subject-import.duplicate-in-file, subject.code-taken' }),
  message: Type.String(),
});

const ImportResult = Type.Object({
  centreId: Uuid,
  lines: Type.Integer(),
  imported: Type.Array(Type.Object({ line: Type.Integer(), code: Type.String(), id: Uuid, consentStatus: ConsentStatusSchema })),
  rejected: Type.Array(LineErrorSchema),
});

const Policy = Type.Object({ waitingPeriodDays: Type.Integer({ minimum: WAITING_PERIOD_DAYS.min, maximum: WAITING_PERIOD_DAYS.max }) });
const SubjectParams = Type.Object({ projectId: Uuid, subjectId: Uuid });

/** Who reads the register: the centres for their own subjects, the core lab, the DPO and the auditor. */
const READERS: ProjectRole[] = ['centre_data_manager', 'core_lab_manager', 'dpo', 'auditor'];

/** Reads a text/csv body up to the import bound, refusing a larger one as soon as it passes it. */
function readCsvBody(request: FastifyRequest, payload: NodeJS.ReadableStream, done: (error: Error | null, body?: string) => void) {
  const tooLarge = () => Object.assign(new Error(`the CSV is larger than ${CSV_LIMITS.maxBytes / 1024 / 1024} MiB: split it`), { statusCode: 413, code: 'subject-import.too-large' });
  if (Number(request.headers['content-length']) > CSV_LIMITS.maxBytes) return done(tooLarge());
  const chunks: Buffer[] = [];
  let size = 0;
  const onData = (chunk: Buffer) => {
    size += chunk.length;
    if (size <= CSV_LIMITS.maxBytes) return void chunks.push(chunk);
    stop();
    done(tooLarge());
  };
  const onEnd = () => {
    stop();
    try {
      done(null, decodeCsv(Buffer.concat(chunks)));
    } catch (error) {
      done(error as Error);
    }
  };
  const onError = (error: Error) => {
    stop();
    done(error);
  };
  const stop = () => {
    payload.removeListener('data', onData);
    payload.removeListener('end', onEnd);
    payload.removeListener('error', onError);
  };
  payload.on('data', onData);
  payload.on('end', onEnd);
  payload.on('error', onError);
}

export const subjectRoutes = (services: Services): FastifyPluginAsyncTypebox => async (app) => {
  app.addContentTypeParser('text/csv', readCsvBody);

  app.post(
    '/api/projects/:projectId/subjects',
    {
      config: { access: { kind: 'project', roles: ['centre_data_manager'], scope: 'imaging:write' } },
      schema: {
        tags: ['subjects'],
        summary: 'Register a pseudonymous subject of my centre, with its first information/consent event',
        params: ProjectParams,
        body: Type.Object(
          {
            code: Type.String({ pattern: SUBJECT_CODE_PATTERN, description: 'The pseudonymous subject code; PatientID and PatientName of its imaging' }),
            centreId: Uuid,
            consent: Type.Optional(NewEvent),
            consentStatus: Type.Optional(oneOf(DECLARED_STATUSES, 'A status declared without its evidence (recorded as status-declared; pending records nothing); prefer `consent`')),
          },
          { additionalProperties: false },
        ),
        response: { 201: SubjectDetail, 409: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) => reply.status(201).send(await services.subjects.register(actionContext(request), request.params.projectId, request.body)),
  );

  app.post(
    '/api/projects/:projectId/subjects/import',
    {
      config: { access: { kind: 'project', roles: ['centre_data_manager'], scope: 'imaging:write' } },
      schema: {
        tags: ['subjects'],
        summary: "Register my centre's subjects from a CSV",
        description: `UTF-8 CSV (a byte-order mark, CRLF, quoted fields, and ';' or tab separators are accepted), at most ${CSV_LIMITS.maxBytes / 1024 / 1024} MiB and ${CSV_LIMITS.maxLines} subjects. Header row: code, and optionally the first consent event as event, date (YYYY-MM-DD) and channel. Each bad line is reported with its line number and reason; nothing is imported from a file with a bad line unless importValidLines=true.`,
        consumes: ['text/csv'],
        params: ProjectParams,
        querystring: Type.Object({ importValidLines: Type.Boolean({ default: false, description: 'Import the valid lines and report the bad ones' }) }, { additionalProperties: false }),
        body: Type.String({ description: 'The CSV text' }),
        response: { 200: ImportResult, 413: ProblemSchema, ...refusals },
      },
    },
    async (request) => services.subjects.importCsv(actionContext(request), request.params.projectId, request.body, { importValidLines: request.query.importValidLines }),
  );

  app.get(
    '/api/projects/:projectId/subjects',
    {
      config: { access: { kind: 'project', roles: READERS, scope: 'imaging:read' } },
      schema: {
        tags: ['subjects'],
        summary: "The project's subjects with their status now: a centre's people see their centre's, the core lab, DPO and auditor all",
        params: ProjectParams,
        response: { 200: Type.Array(SubjectView), ...refusals },
      },
    },
    async (request) => services.subjects.list(actionContext(request), request.params.projectId, request.projectRoles),
  );

  app.get(
    '/api/projects/:projectId/subjects/:subjectId',
    {
      config: { access: { kind: 'project', roles: READERS, scope: 'imaging:read' } },
      schema: {
        tags: ['subjects'],
        summary: 'One subject with its status now and its consent history',
        params: SubjectParams,
        response: { 200: SubjectDetail, 404: ProblemSchema, ...refusals },
      },
    },
    async (request) => services.subjects.get(actionContext(request), request.params.projectId, request.params.subjectId, request.projectRoles),
  );

  app.post(
    '/api/projects/:projectId/subjects/:subjectId/consent-events',
    {
      config: { access: { kind: 'project', roles: ['centre_data_manager', 'dpo'], scope: 'imaging:write' } },
      schema: {
        tags: ['subjects'],
        summary: "Record an information/consent event of a subject of my centre (a DPO: an objection or withdrawal of any subject); an objection or withdrawal stops all processing at once",
        params: SubjectParams,
        body: NewEvent,
        response: { 201: SubjectDetail, 404: ProblemSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) => reply.status(201).send(await services.subjects.recordEvent(actionContext(request), request.params.projectId, request.params.subjectId, request.projectRoles, request.body)),
  );

  app.get(
    '/api/projects/:projectId/consent-policy',
    {
      config: { access: { kind: 'project', roles: READERS, scope: 'projects:read' } },
      schema: {
        tags: ['subjects'],
        summary: "The project's waiting period between an information notice and retrospective use",
        params: ProjectParams,
        response: { 200: Policy, ...refusals },
      },
    },
    async (request) => services.subjects.policy(request.params.projectId),
  );

  app.put(
    '/api/projects/:projectId/consent-policy',
    {
      config: { access: { kind: 'project', roles: ['core_lab_manager'], scope: 'projects:write' } },
      schema: {
        tags: ['subjects'],
        summary: 'Set the waiting period (days); the status of every subject whose notice it concerns follows at once',
        params: ProjectParams,
        body: Type.Object({ waitingPeriodDays: Policy.properties.waitingPeriodDays, reason: Reason }, { additionalProperties: false }),
        response: { 200: Type.Object({ ...Policy.properties, subjectsChanged: Type.Integer({ minimum: 0 }) }), ...refusals },
      },
    },
    async (request) => services.subjects.setWaitingPeriod(actionContext(request), request.params.projectId, request.body.waitingPeriodDays, request.body.reason),
  );
};
