// A series' WADO-RS metadata fetched once per page, so that a page can ask for it while the viewer's
// code (Cornerstone, a large chunk) is still loading, and the viewer then finds it at hand; likewise
// the frame the viewer shows first.
export type DicomJson = Record<string, { Value?: unknown[] } | undefined>;

const pending = new Map<string, Promise<DicomJson[]>>();

export function seriesMetadata(projectId: string, study: string, series: string): Promise<DicomJson[]> {
  const e = encodeURIComponent;
  const url = `/dicomweb/projects/${e(projectId)}/studies/${e(study)}/series/${e(series)}/metadata`;
  let found = pending.get(url);
  if (!found) {
    found = fetch(url, { headers: { accept: 'application/dicom+json' }, credentials: 'same-origin' }).then(async (response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return (await response.json()) as DicomJson[];
    });
    pending.set(url, found);
    // A failure is not kept: the next viewer asks again.
    found.catch(() => pending.delete(url));
  }
  return found;
}

const frames = new Map<string, Promise<Response>>();

/** Starts fetching a frame now; the viewer's loader takes the answer (once) instead of asking again. */
export function prefetchFrame(url: string): void {
  if (frames.has(url)) return;
  const answer = fetch(url, { headers: { accept: 'multipart/related; type="application/octet-stream"' }, credentials: 'same-origin' });
  answer.catch(() => frames.delete(url));
  frames.set(url, answer);
}

export function takePrefetchedFrame(url: string): Promise<Response> | undefined {
  const answer = frames.get(url);
  frames.delete(url);
  return answer;
}
