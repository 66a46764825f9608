// Image pixel coordinates of the reading contract — (column, row), (0, 0) the centre of the top-left
// pixel — to and from patient (world) coordinates in mm, by the instance's plane (PS3.3 C.7.6.2.1.1).
// Cornerstone's own helpers put (0, 0) at the pixel's corner; these keep the contract's convention.
import { dot, type Vec3, type WorkstationInstance } from './instances';

export interface Plane {
  origin: Vec3;
  rowCosines: Vec3;
  columnCosines: Vec3;
  /** [between rows, between columns] in mm. */
  spacing: [number, number];
}

export function planeOf(instance: WorkstationInstance): Plane {
  const iop = instance.imageOrientationPatient ?? [1, 0, 0, 0, 1, 0];
  return {
    origin: instance.imagePositionPatient ?? [0, 0, 0],
    rowCosines: [iop[0], iop[1], iop[2]],
    columnCosines: [iop[3], iop[4], iop[5]],
    spacing: instance.pixelSpacing ?? [1, 1],
  };
}

export function worldToPixel(plane: Plane, world: readonly number[]): [number, number] {
  const d = [world[0]! - plane.origin[0], world[1]! - plane.origin[1], world[2]! - plane.origin[2]];
  return [dot(d, plane.rowCosines) / plane.spacing[1], dot(d, plane.columnCosines) / plane.spacing[0]];
}

export function pixelToWorld(plane: Plane, [column, row]: readonly [number, number]): Vec3 {
  const x = column * plane.spacing[1];
  const y = row * plane.spacing[0];
  return [
    plane.origin[0] + plane.rowCosines[0] * x + plane.columnCosines[0] * y,
    plane.origin[1] + plane.rowCosines[1] * x + plane.columnCosines[1] * y,
    plane.origin[2] + plane.rowCosines[2] * x + plane.columnCosines[2] * y,
  ];
}

/** Shoelace area of a closed polygon in pixels, times the pixel's area: mm². */
export function polygonAreaMm2(points: readonly [number, number][], spacing: [number, number]): number {
  let twice = 0;
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    const [x2, y2] = points[(i + 1) % points.length]!;
    twice += x1 * y2 - x2 * y1;
  }
  return (Math.abs(twice) / 2) * spacing[0] * spacing[1];
}
