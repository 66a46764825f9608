// The one place the web app talks to the server: it sends the session's CSRF token with every
// change, turns problem+json refusals into ApiError values, and reports a lost session once.
// Paths, parameters, bodies and answers are typed from the server's OpenAPI document (openapi.d.ts).
import type { paths } from './openapi';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type PathsFor<M extends Method> = { [P in keyof paths]: paths[P] extends Record<M, object> ? P : never }[keyof paths];
type Operation<P extends keyof paths, M extends Method> = paths[P] extends Record<M, infer O> ? O : never;

type PathParams<O> = O extends { parameters: { path: infer X } } ? ([X] extends [never | undefined] ? never : X) : never;
type QueryParams<O> = O extends { parameters: { query?: infer Q } } ? ([Q] extends [never | undefined] ? never : Q) : never;
type JsonBody<O> = O extends { requestBody: { content: { 'application/json': infer B } } } ? B : never;
type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;
export type SuccessOf<O> = O extends { responses: infer R }
  ? R extends { 200: infer A } ? JsonOf<A> : R extends { 201: infer A } ? JsonOf<A> : void
  : never;

/** Only the parts an operation takes: `params` for the address, `query`, `body`. */
export type CallOptions<O> = ([PathParams<O>] extends [never] ? { params?: never } : { params: PathParams<O> }) &
  ([QueryParams<O>] extends [never] ? { query?: never } : { query?: QueryParams<O> }) &
  ([JsonBody<O>] extends [never] ? { body?: never } : { body: JsonBody<O> });

export type Answer<P extends keyof paths, M extends Method> = SuccessOf<Operation<P, M>>;

/** A refusal or failure from the server, with its stable code and its sentence kept verbatim. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly problem: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;
let onSessionLost: () => void = () => {};

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the server answers 401 to anything but the sign-in itself. */
export function whenSessionLost(listener: () => void): void {
  onSessionLost = listener;
}

type Query = Record<string, string | number | boolean | undefined>;

/** The address of an API resource, with its path parameters and query filled in (CSV links use it). */
export function apiUrl(path: string, params?: Record<string, string>, query?: Query): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${path}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `${filled}?${text}` : filled;
}

async function problemOf(response: Response): Promise<ApiError> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    const detail = typeof body.detail === 'string' ? body.detail : response.statusText;
    const code = typeof body.code === 'string' ? body.code : `http.${response.status}`;
    return new ApiError(response.status, code, detail, body);
  }
  return new ApiError(response.status, `http.${response.status}`, response.statusText || `HTTP ${response.status}`);
}

/** A body other than JSON (a CSV file), sent as it is with its media type. */
export interface RawBody {
  raw: BodyInit;
  contentType: string;
}

async function send(method: Method, path: string, options: { params?: unknown; query?: unknown; body?: unknown }, raw?: RawBody): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'get') {
    headers['content-type'] = raw?.contentType ?? 'application/json';
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
  }
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.params as Record<string, string>, options.query as Query), {
      method: method.toUpperCase(),
      headers,
      credentials: 'same-origin',
      body: method === 'get' ? undefined : (raw?.raw ?? JSON.stringify(options.body ?? {})),
    });
  } catch {
    throw new ApiError(0, 'network.unreachable', 'the server cannot be reached');
  }
  if (!response.ok) {
    const error = await problemOf(response);
    if (response.status === 401 && path !== '/api/auth/login') onSessionLost();
    throw error;
  }
  if (response.status === 204) return undefined;
  return response.json();
}

export const api = {
  get: <P extends PathsFor<'get'>>(path: P, ...[options]: OptionalIfEmpty<CallOptions<Operation<P, 'get'>>>) =>
    send('get', path, options ?? {}) as Promise<Answer<P, 'get'>>,
  post: <P extends PathsFor<'post'>>(path: P, ...[options]: OptionalIfEmpty<CallOptions<Operation<P, 'post'>>>) =>
    send('post', path, options ?? {}) as Promise<Answer<P, 'post'>>,
  put: <P extends PathsFor<'put'>>(path: P, options: CallOptions<Operation<P, 'put'>>) =>
    send('put', path, options) as Promise<Answer<P, 'put'>>,
  /** A POST whose body is not JSON: the typed body is replaced by the raw one. */
  postRaw: <P extends PathsFor<'post'>>(path: P, options: Omit<CallOptions<Operation<P, 'post'>>, 'body'>, raw: RawBody) =>
    send('post', path, options, raw) as Promise<Answer<P, 'post'>>,
  patch: <P extends PathsFor<'patch'>>(path: P, options: CallOptions<Operation<P, 'patch'>>) =>
    send('patch', path, options) as Promise<Answer<P, 'patch'>>,
  delete: <P extends PathsFor<'delete'>>(path: P, options: CallOptions<Operation<P, 'delete'>>) =>
    send('delete', path, options) as Promise<Answer<P, 'delete'>>,
};

/** The options argument may be left out when the operation needs neither parameters nor a body. */
type OptionalIfEmpty<O> = {} extends O ? [options?: O] : [options: O];
