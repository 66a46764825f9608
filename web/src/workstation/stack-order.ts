// Which series and which image the viewer shows first — kept free of Cornerstone so that a page can
// ask for them while Cornerstone's chunk loads.
import type { CineStack, WorkstationInstance } from './instances';

/** The short-axis cine first when its description says so, then the series in the order given. */
export function defaultOrder(series: ReadonlyArray<{ seriesInstanceUID: string; description: string }>): string[] {
  const shortAxis = (d: string) => /\bsax\b|short.?axis|petit.?axe/i.test(d.replace(/[-_]/g, ' '));
  const cine = (d: string) => /cine|ciné/i.test(d);
  const score = (d: string) => (shortAxis(d) ? 2 : 0) + (cine(d) ? 1 : 0);
  return [...series].sort((a, b) => score(b.description) - score(a.description)).map((s) => s.seriesInstanceUID);
}

/** The middle slice, for a stack of `slices`. */
export const firstSlice = (slices: number): number => Math.floor((slices - 1) / 2);

/** The image shown first: the middle slice's first phase. */
export function firstImage(stack: CineStack): WorkstationInstance | undefined {
  return stack.slices[firstSlice(stack.slices.length)]?.[0];
}

export function frameUrl(projectId: string, study: string, instance: WorkstationInstance): string {
  const e = encodeURIComponent;
  return `/dicomweb/projects/${e(projectId)}/studies/${e(study)}/series/${e(instance.seriesInstanceUID)}/instances/${e(instance.sopInstanceUID)}/frames/1`;
}
