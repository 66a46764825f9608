// One mapper from every error to application/problem+json (RFC 9457): a specific reason, the
// request id, never a stack trace.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type ErrorKind } from './domain-error.ts';

const STATUS: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  locked: 423,
  'too-many': 429,
  unavailable: 503,
};

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Authentication required',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  423: 'Locked',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Service unavailable',
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance: string;
  requestId: string;
  [extra: string]: unknown;
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, status: number, code: string, detail: string, extra: Record<string, unknown> = {}) {
  const body: Problem = {
    type: `urn:corelab:problem:${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    instance: request.url.split('?')[0]!,
    requestId: request.id,
    ...extra,
  };
  return reply.status(status).type('application/problem+json; charset=utf-8').send(body);
}

function fromFastifyError(error: FastifyError): { status: number; code: string; detail: string } | undefined {
  if (error.validation) {
    const context = error.validationContext ?? 'request';
    return { status: 400, code: `request.invalid-${context}`, detail: `${context} ${error.message.replace(/^(body|querystring|params|headers)\s*/, '')}`.trim() };
  }
  const status = error.statusCode ?? 500;
  if (status >= 500) return undefined;
  const codes: Record<string, string> = {
    FST_ERR_CTP_BODY_TOO_LARGE: 'request.body-too-large',
    FST_ERR_CTP_INVALID_MEDIA_TYPE: 'request.unsupported-media-type',
    FST_ERR_CTP_EMPTY_JSON_BODY: 'request.empty-json-body',
    FST_ERR_CTP_INVALID_JSON_BODY: 'request.invalid-json',
    FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'request.invalid-content-length',
  };
  const code = codes[error.code] ?? (error.code?.includes('.') ? error.code : undefined) ?? (status === 429 ? 'request.rate-limited' : `request.${(error.code || 'error').toLowerCase().replace(/^fst_err_/, '').replace(/_/g, '-')}`);
  let detail = error.message;
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || /JSON/.test(error.message)) detail = 'the request body is not valid JSON';
  return { status, code, detail };
}

/** PostgreSQL errors that carry a meaning for the user, mapped to a reason; the rest are 500. */
function fromDatabaseError(error: { code?: string; constraint?: string }): { status: number; code: string; detail: string } | undefined {
  if (error.code === 'CL001') return { status: 409, code: 'audit.append-only', detail: 'the audit trail is append-only: events are never changed or removed' };
  if (error.code === '23505') return { status: 409, code: 'conflict.already-exists', detail: `a record with the same ${error.constraint ?? 'key'} already exists` };
  if (error.code === '23503') return { status: 409, code: 'conflict.reference-missing', detail: 'the record refers to something that does not exist' };
  return undefined;
}

export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError & { code?: string }, request, reply) => {
    if (error instanceof DomainError) {
      return sendProblem(request, reply, STATUS[error.kind], error.code, error.message, error.extra);
    }
    const mapped = fromDatabaseError(error) ?? fromFastifyError(error);
    if (mapped) {
      if (mapped.status === 429 && !reply.hasHeader('retry-after')) reply.header('retry-after', '60');
      return sendProblem(request, reply, mapped.status, mapped.code, mapped.detail);
    }
    request.log.error({ err: { type: error.name, message: error.message, code: error.code, stack: error.stack } }, 'request failed');
    return sendProblem(request, reply, 500, 'internal', 'an unexpected error occurred; the request id identifies it in the server log');
  });
}
