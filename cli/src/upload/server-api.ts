// The few calls the upload makes to a Corelab server, with an API token, each failure turned into
// a sentence that says what to do. Nothing identifying is ever in a request.
import { readStowResponse, stowBody, stowContentType, newBoundary, type StowOutcome } from './stow-protocol.ts';

export class UploadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UploadError';
  }
}

export interface ProjectParty {
  organisationId: string;
  organisationName: string;
  part: string;
}
export interface ProjectDetail {
  id: string;
  code: string;
  title: string;
  parties: ProjectParty[];
  myRoles: string[];
}
export interface Subject {
  id: string;
  code: string;
  centreId: string;
  consentStatus: string;
}

export class CorelabServer {
  constructor(private readonly baseUrl: string, private readonly token: string) {}

  private async call(method: string, path: string, init: { body?: Uint8Array<ArrayBuffer> | string; contentType?: string; accept?: string } = {}): Promise<Response> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}`, accept: init.accept ?? 'application/json' };
    if (init.contentType) headers['content-type'] = init.contentType;
    let response: Response;
    try {
      response = await fetch(new URL(path, this.baseUrl), { method, headers, ...(init.body !== undefined && { body: init.body }) });
    } catch (error) {
      throw new UploadError(`the server ${this.baseUrl} cannot be reached (${(error as Error & { cause?: { code?: string } }).cause?.code ?? (error as Error).message})`);
    }
    if (response.status === 401) throw new UploadError(`the server refused the API token (${await problemText(response)}); issue a token with the projects:read, imaging:read and imaging:write scopes`);
    if (response.status === 403) throw new UploadError(`no permission: ${await problemText(response)}`);
    return response;
  }

  private async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.call(method, path, body === undefined ? {} : { body: JSON.stringify(body), contentType: 'application/json' });
    if (!response.ok) throw new UploadError(`${method} ${path}: ${response.status} ${await problemText(response)}`);
    return (await response.json()) as T;
  }

  /** The project by its code or id, with the caller's roles in it. */
  async project(codeOrId: string): Promise<ProjectDetail> {
    const projects = await this.json<Array<{ id: string; code: string }>>('GET', '/api/projects');
    const found = projects.find((p) => p.id === codeOrId || p.code === codeOrId);
    if (!found) throw new UploadError(`unknown project "${codeOrId}": no project with this code or id is visible to this token`);
    return this.json<ProjectDetail>('GET', `/api/projects/${found.id}`);
  }

  subjects(projectId: string): Promise<Subject[]> {
    return this.json<Subject[]>('GET', `/api/projects/${projectId}/subjects`);
  }

  async registerSubject(projectId: string, subject: { code: string; centreId: string; consentStatus: string }): Promise<Subject> {
    return this.json<Subject>('POST', `/api/projects/${projectId}/subjects`, subject);
  }

  async store(projectId: string, instances: readonly Uint8Array[]): Promise<StowOutcome> {
    const boundary = newBoundary();
    const response = await this.call('POST', `/dicomweb/projects/${projectId}/studies`, { body: stowBody(instances, boundary), contentType: stowContentType(boundary), accept: 'application/dicom+json' });
    if (![200, 202, 409].includes(response.status)) throw new UploadError(`STOW-RS: ${response.status} ${await problemText(response)}`);
    return readStowResponse(await response.json());
  }
}

async function problemText(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const problem = JSON.parse(text) as { code?: string; detail?: string };
    if (problem.detail) return problem.code ? `${problem.code}: ${problem.detail}` : problem.detail;
  } catch {
    // not problem+json
  }
  return response.statusText || text.slice(0, 200);
}
