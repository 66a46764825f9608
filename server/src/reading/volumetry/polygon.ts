// Plane polygon measures in image pixel coordinates: area, and whether edges properly cross (a
// self-intersecting contour, two contours of one structure overlapping). Crossing tests sweep the
// edges sorted by their leftmost x and share a budget, so hostile input costs bounded work.

export type Point = readonly [number, number];

/** Signed area (shoelace): positive when the points turn counter-clockwise in (x, y). */
export function signedArea(points: readonly Point[]): number {
  let twice = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    twice += points[j]![0] * points[i]![1] - points[i]![0] * points[j]![1];
  }
  return twice / 2;
}

export function centroid(points: readonly Point[]): [number, number] {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const cross = points[j]![0] * points[i]![1] - points[i]![0] * points[j]![1];
    a += cross;
    cx += (points[j]![0] + points[i]![0]) * cross;
    cy += (points[j]![1] + points[i]![1]) * cross;
  }
  if (a === 0) {
    const n = points.length;
    return [points.reduce((s, p) => s + p[0], 0) / n, points.reduce((s, p) => s + p[1], 0) / n];
  }
  return [cx / (3 * a), cy / (3 * a)];
}

/** Even–odd rule. */
export function containsPoint(points: readonly Point[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i]!;
    const [xj, yj] = points[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

interface Edge {
  polygon: number;
  index: number;
  ax: number;
  ay: number;
  bx: number;
  by: number;
  minX: number;
  maxX: number;
}

const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number => Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));

/** Proper crossing only: edges that merely touch (a shared vertex, a pinch) do not count. */
function cross(e: Edge, f: Edge): boolean {
  if (Math.min(e.ay, e.by) > Math.max(f.ay, f.by) || Math.min(f.ay, f.by) > Math.max(e.ay, e.by)) return false;
  const o1 = orient(e.ax, e.ay, e.bx, e.by, f.ax, f.ay);
  const o2 = orient(e.ax, e.ay, e.bx, e.by, f.bx, f.by);
  const o3 = orient(f.ax, f.ay, f.bx, f.by, e.ax, e.ay);
  const o4 = orient(f.ax, f.ay, f.bx, f.by, e.bx, e.by);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

const EDGE_COST = 32;

/** How many pair tests the crossing checks of one volumetry computation may spend. */
export class CrossingBudget {
  constructor(public remaining: number) {}
}

function edgesOf(polygons: readonly (readonly Point[])[]): Edge[] {
  const edges: Edge[] = [];
  polygons.forEach((points, polygon) => {
    for (let i = 0; i < points.length; i++) {
      const [ax, ay] = points[i]!;
      const [bx, by] = points[(i + 1) % points.length]!;
      if (ax === bx && ay === by) continue;
      edges.push({ polygon, index: i, ax, ay, bx, by, minX: Math.min(ax, bx), maxX: Math.max(ax, bx) });
    }
  });
  return edges.sort((e, f) => e.minX - f.minX);
}

/**
 * Whether some pair of edges accepted by `counts` properly crosses; undefined when the budget ran
 * out before an answer.
 */
function anyCrossing(polygons: readonly (readonly Point[])[], counts: (e: Edge, f: Edge) => boolean, budget: CrossingBudget): boolean | undefined {
  // Building and sorting an edge costs about as much as this many pair tests.
  budget.remaining -= EDGE_COST * polygons.reduce((n, p) => n + p.length, 0);
  if (budget.remaining < 0) return undefined;
  const edges = edgesOf(polygons);
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i]!;
    for (let j = i + 1; j < edges.length && edges[j]!.minX <= e.maxX; j++) {
      if (--budget.remaining < 0) return undefined;
      const f = edges[j]!;
      if (counts(e, f) && cross(e, f)) return true;
    }
  }
  return false;
}

export function selfIntersects(points: readonly Point[], budget: CrossingBudget): boolean | undefined {
  const n = points.length;
  const adjacent = (e: Edge, f: Edge): boolean => Math.abs(e.index - f.index) === 1 || Math.abs(e.index - f.index) === n - 1;
  return anyCrossing([points], (e, f) => !adjacent(e, f), budget);
}

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function boundingBox(points: readonly Point[]): Box {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const [x, y] of points) {
    if (x < box.minX) box.minX = x;
    if (x > box.maxX) box.maxX = x;
    if (y < box.minY) box.minY = y;
    if (y > box.maxY) box.maxY = y;
  }
  return box;
}

export const boxesMeet = (a: Box, b: Box): boolean => a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;

/** Two simple polygons overlap when their edges cross or one holds a vertex of the other. */
export function polygonsOverlap(a: readonly Point[], b: readonly Point[], budget: CrossingBudget): boolean | undefined {
  budget.remaining -= a.length + b.length;
  if (budget.remaining < 0) return undefined;
  if (containsPoint(a, b[0]![0], b[0]![1]) || containsPoint(b, a[0]![0], a[0]![1])) return true;
  return anyCrossing([a, b], (e, f) => e.polygon !== f.polygon, budget);
}
