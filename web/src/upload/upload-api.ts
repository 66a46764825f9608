// The page's calls for the upload: the centre's subjects (JSON, with the session's CSRF token on
// changes) and STOW-RS (multipart/related built here). Subject codes only: nothing identifying.
import { ApiError } from '../api/client';
import { readStowResponse, newBoundary, stowBody, stowContentType, type StowOutcome } from '../../../cli/src/upload/stow-protocol.ts';

export interface Subject {
  id: string;
  code: string;
  centreId: string;
  consentStatus: string;
}

async function refusal(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => ({}))) as { code?: string; detail?: string };
  return new ApiError(response.status, body.code ?? `http.${response.status}`, body.detail ?? response.statusText);
}

export async function listSubjects(projectId: string): Promise<Subject[]> {
  const response = await fetch(`/api/projects/${encodeURIComponent(projectId)}/subjects`, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) throw await refusal(response);
  return (await response.json()) as Subject[];
}

export async function registerSubject(projectId: string, csrfToken: string, subject: { code: string; centreId: string; consentStatus: string }): Promise<Subject> {
  const response = await fetch(`/api/projects/${encodeURIComponent(projectId)}/subjects`, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json', 'x-csrf-token': csrfToken },
    credentials: 'same-origin',
    body: JSON.stringify(subject),
  });
  if (!response.ok) throw await refusal(response);
  return (await response.json()) as Subject;
}

export async function storeInstances(projectId: string, csrfToken: string, instances: Uint8Array[]): Promise<StowOutcome> {
  const boundary = newBoundary();
  let response: Response;
  try {
    response = await fetch(`/dicomweb/projects/${encodeURIComponent(projectId)}/studies`, {
      method: 'POST',
      headers: { accept: 'application/dicom+json', 'content-type': stowContentType(boundary), 'x-csrf-token': csrfToken },
      credentials: 'same-origin',
      body: stowBody(instances, boundary),
    });
  } catch {
    throw new ApiError(0, 'network.unreachable', 'the server cannot be reached');
  }
  if (![200, 202, 409].includes(response.status)) throw await refusal(response);
  return readStowResponse(await response.json());
}
