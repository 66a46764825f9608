// The instances of one series as the viewer needs them, read from WADO-RS metadata (DICOM JSON): pixel
// format, window, geometry, and their arrangement into slices × phases for a cine stack.
import type { FrameFormat, Window } from '../viewer/pixels';
import type { DicomJson } from './metadata-cache';

export type Vec3 = [number, number, number];

export interface WorkstationInstance {
  sopInstanceUID: string;
  seriesInstanceUID: string;
  instanceNumber: number;
  modality: string;
  frameOfReferenceUID: string | undefined;
  format: FrameFormat;
  window: Window | null;
  /** Absent when the instance has no plane geometry (then it is shown, but not placed in space). */
  imagePositionPatient: Vec3 | null;
  imageOrientationPatient: [number, number, number, number, number, number] | null;
  /** [row spacing, column spacing] in mm, as PixelSpacing. */
  pixelSpacing: [number, number] | null;
  sliceThickness: number | null;
  sliceLocation: number | null;
  triggerTime: number | null;
}

const values = (item: DicomJson, tag: string): unknown[] => item[tag]?.Value ?? [];
const numberAt = (item: DicomJson, tag: string, index = 0): number | null => {
  const raw = values(item, tag)[index];
  if (raw === undefined || raw === null || raw === '') return null;
  const value = Number(raw);
  return Number.isFinite(value) ? value : null;
};
const numbers = (item: DicomJson, tag: string, count: number): number[] | null => {
  const list = values(item, tag).map(Number);
  return list.length === count && list.every(Number.isFinite) ? list : null;
};

export function parseInstance(item: DicomJson): WorkstationInstance {
  const center = numberAt(item, '00281050');
  const width = numberAt(item, '00281051');
  const spacing = numbers(item, '00280030', 2);
  return {
    sopInstanceUID: String(values(item, '00080018')[0] ?? ''),
    seriesInstanceUID: String(values(item, '0020000E')[0] ?? ''),
    instanceNumber: numberAt(item, '00200013') ?? 0,
    modality: String(values(item, '00080060')[0] ?? 'OT'),
    frameOfReferenceUID: values(item, '00200052')[0] === undefined ? undefined : String(values(item, '00200052')[0]),
    format: {
      rows: numberAt(item, '00280010') ?? 0,
      columns: numberAt(item, '00280011') ?? 0,
      bitsAllocated: numberAt(item, '00280100') ?? 16,
      pixelRepresentation: numberAt(item, '00280103') ?? 0,
      rescaleSlope: numberAt(item, '00281053') ?? 1,
      rescaleIntercept: numberAt(item, '00281052') ?? 0,
      inverted: values(item, '00280004')[0] === 'MONOCHROME1',
    },
    window: center !== null && width !== null && width > 0 ? { center, width } : null,
    imagePositionPatient: numbers(item, '00200032', 3) as Vec3 | null,
    imageOrientationPatient: numbers(item, '00200037', 6) as WorkstationInstance['imageOrientationPatient'],
    pixelSpacing: spacing && spacing[0]! > 0 && spacing[1]! > 0 ? (spacing as [number, number]) : null,
    sliceThickness: numberAt(item, '00180050'),
    sliceLocation: numberAt(item, '00201041'),
    triggerTime: numberAt(item, '00181060'),
  };
}

export const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
export const dot = (a: readonly number[], b: readonly number[]): number => a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!;

/** Where the instance lies along its plane's normal (mm), or its slice location, or its number. */
function positionAlongNormal(instance: WorkstationInstance): number {
  const { imagePositionPatient: ipp, imageOrientationPatient: iop } = instance;
  if (ipp && iop) return dot(ipp, cross([iop[0], iop[1], iop[2]], [iop[3], iop[4], iop[5]]));
  return instance.sliceLocation ?? instance.instanceNumber;
}

/**
 * A cine stack as slices (by position along the normal, 0.01 mm apart at least) of phases (by trigger
 * time, then instance number). A series without trigger times is one phase per slice.
 */
export interface CineStack {
  slices: WorkstationInstance[][];
}

export function arrangeStack(instances: readonly WorkstationInstance[]): CineStack {
  const bySlice = new Map<number, WorkstationInstance[]>();
  for (const instance of instances) {
    const key = Math.round(positionAlongNormal(instance) * 100);
    const list = bySlice.get(key);
    if (list) list.push(instance);
    else bySlice.set(key, [instance]);
  }
  const slices = [...bySlice.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, list]) => list.sort((a, b) => (a.triggerTime ?? 0) - (b.triggerTime ?? 0) || a.instanceNumber - b.instanceNumber));
  return { slices };
}
