// Errors are values with a reason: a stable code, a human sentence and the HTTP status class they
// belong to. Services throw them; one mapper (platform/problem.ts) turns them into problem+json.

export type ErrorKind =
  | 'invalid' // 400: the request itself is malformed or breaks a rule of the input
  | 'unauthenticated' // 401
  | 'forbidden' // 403: who you are may not do this
  | 'not-found' // 404
  | 'conflict' // 409: the state of the platform refuses it
  | 'locked' // 423: the account or the record is locked
  | 'too-many' // 429
  | 'unavailable'; // 503

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    /** Stable, dotted code, e.g. "separation-of-duties.imaging-and-statistics". */
    readonly code: string,
    /** One sentence a user can act on; never contains PHI, passwords or tokens. */
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const invalid = (code: string, message: string, extra?: Record<string, unknown>) => new DomainError('invalid', code, message, extra);
export const forbidden = (code: string, message: string, extra?: Record<string, unknown>) => new DomainError('forbidden', code, message, extra);
export const notFound = (code: string, message: string) => new DomainError('not-found', code, message);
export const conflict = (code: string, message: string, extra?: Record<string, unknown>) => new DomainError('conflict', code, message, extra);
export const unauthenticated = (code: string, message: string) => new DomainError('unauthenticated', code, message);
