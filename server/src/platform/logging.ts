// What a log line may contain: method, path without query string, status, timing and ids. Never a
// header that carries a secret, a body, or a query string (OIDC codes and states travel there).
import type { FastifyRequest } from 'fastify';

export const logRedaction = {
  paths: [
    'req.headers.authorization',
    'req.headers.cookie',
    'req.headers["x-csrf-token"]',
    'res.headers["set-cookie"]',
    '*.password',
    '*.token',
    '*.cookieValue',
    '*.csrfToken',
  ],
  censor: '[redacted]',
};

export function requestSerializer(request: FastifyRequest) {
  return {
    method: request.method,
    url: request.url.split('?')[0],
    remoteAddress: request.ip,
  };
}
