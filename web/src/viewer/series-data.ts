// What the viewer fetches by DICOMweb: the exam's series (QIDO-RS), the instances of one series in
// order with their pixel format (WADO-RS metadata), and one frame as raw bytes (WADO-RS frames).
import { ApiError } from '../api/client';
import type { FrameFormat, Window } from './pixels';
import { boundaryOf, multipartParts } from './multipart';

type DicomJson = Record<string, { Value?: unknown[] } | undefined>;

export interface ViewerSeries {
  seriesInstanceUid: string;
  number: number | null;
  description: string;
  instances: number;
}

export interface ViewerInstance {
  sopInstanceUid: string;
  instanceNumber: number;
  format: FrameFormat;
  window: Window | null;
}

const first = (item: DicomJson, tag: string): unknown => item[tag]?.Value?.[0];
const num = (item: DicomJson, tag: string): number | null => {
  const value = Number(first(item, tag));
  return first(item, tag) === undefined || Number.isNaN(value) ? null : value;
};

const base = (projectId: string, study: string) => `/dicomweb/projects/${encodeURIComponent(projectId)}/studies/${encodeURIComponent(study)}`;

async function fetchOk(url: string, accept: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept }, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network.unreachable', 'the server cannot be reached');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { code?: string; detail?: string };
    throw new ApiError(response.status, body.code ?? `http.${response.status}`, body.detail ?? response.statusText);
  }
  return response;
}

export async function studySeries(projectId: string, study: string): Promise<ViewerSeries[]> {
  const items = (await (await fetchOk(`${base(projectId, study)}/series`, 'application/dicom+json')).json()) as DicomJson[];
  return items
    .map((item) => ({
      seriesInstanceUid: String(first(item, '0020000E')),
      number: num(item, '00200011'),
      description: String(first(item, '0008103E') ?? ''),
      instances: num(item, '00201209') ?? 0,
    }))
    .sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
}

export async function seriesInstances(projectId: string, study: string, series: string): Promise<ViewerInstance[]> {
  const items = (await (await fetchOk(`${base(projectId, study)}/series/${encodeURIComponent(series)}/metadata`, 'application/dicom+json')).json()) as DicomJson[];
  return items
    .map((item) => {
      const center = num(item, '00281050');
      const width = num(item, '00281051');
      return {
        sopInstanceUid: String(first(item, '00080018')),
        instanceNumber: num(item, '00200013') ?? 0,
        format: {
          rows: num(item, '00280010') ?? 0,
          columns: num(item, '00280011') ?? 0,
          bitsAllocated: num(item, '00280100') ?? 16,
          pixelRepresentation: num(item, '00280103') ?? 0,
          rescaleSlope: num(item, '00281053') ?? 1,
          rescaleIntercept: num(item, '00281052') ?? 0,
          inverted: first(item, '00280004') === 'MONOCHROME1',
        },
        window: center !== null && width !== null && width > 0 ? { center, width } : null,
      };
    })
    .sort((a, b) => a.instanceNumber - b.instanceNumber);
}

/** The first frame of an instance, uncompressed (a compressed one is refused with the server's reason). */
export async function firstFrame(projectId: string, study: string, series: string, instance: string): Promise<Uint8Array> {
  const url = `${base(projectId, study)}/series/${encodeURIComponent(series)}/instances/${encodeURIComponent(instance)}/frames/1`;
  const response = await fetchOk(url, 'multipart/related; type="application/octet-stream"');
  const parts = multipartParts(new Uint8Array(await response.arrayBuffer()), boundaryOf(response.headers.get('content-type') ?? ''));
  if (parts.length === 0) throw new ApiError(0, 'viewer.no-frame', 'the server sent no frame');
  return parts[0]!;
}
