// A series' WADO-RS metadata fetched once per page, so that a page can ask for it while the viewer's
// code (Cornerstone, a large chunk) is still loading, and the viewer then finds it at hand.
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
