// Region outlines for contour suggestion: the crack boundary of a pixel mask (along pixel edges, so
// its area is exactly the pixel count), the smoother polygon through the midpoints of those edges,
// and a Douglas–Peucker simplification kept only while the area stays within a given fraction.
import { signedArea, type Point } from './polygon.ts';

/**
 * The outer crack boundary of a mask (w × h, 1 = inside), as corner coordinates (0..w, 0..h), one
 * vertex per unit edge. Diagonal neighbours are kept apart (4-connectivity): at a pinch the trace
 * turns round the pixel it is following. Of several loops, the one enclosing the largest area.
 */
export function crackBoundary(mask: Uint8Array, w: number, h: number): Point[] {
  const inside = (x: number, y: number) => x >= 0 && y >= 0 && x < w && y < h && mask[y * w + x] === 1;
  // Outgoing edges per corner, walking round each inside pixel clockwise on screen (interior on the right).
  const stride = w + 1;
  const out = new Map<number, number[]>();
  const add = (ax: number, ay: number, bx: number, by: number) => {
    const key = ay * stride + ax;
    const list = out.get(key);
    const to = by * stride + bx;
    if (list) list.push(to);
    else out.set(key, [to]);
  };
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (!inside(x, y)) continue;
      if (!inside(x, y - 1)) add(x, y, x + 1, y);
      if (!inside(x + 1, y)) add(x + 1, y, x + 1, y + 1);
      if (!inside(x, y + 1)) add(x + 1, y + 1, x, y + 1);
      if (!inside(x - 1, y)) add(x, y + 1, x, y);
    }
  }
  let best: Point[] = [];
  let bestArea = 0;
  while (out.size > 0) {
    // Start where one edge leaves, so a pinch is never taken for the end of the loop.
    let startKey = out.keys().next().value!;
    for (const [key, list] of out) {
      if (list.length === 1) {
        startKey = key;
        break;
      }
    }
    const loop: Point[] = [];
    let from = startKey;
    let dx = 0;
    let dy = 0;
    for (;;) {
      const options = out.get(from);
      if (!options) break;
      let pick = 0;
      if (options.length > 1) {
        // A pinch: take the right turn relative to the incoming direction (screen coordinates).
        const right = [-dy, dx];
        pick = options.findIndex((to) => (to % stride) - (from % stride) === right[0] && Math.floor(to / stride) - Math.floor(from / stride) === right[1]);
        if (pick < 0) pick = 0;
      }
      const to = options[pick]!;
      options.splice(pick, 1);
      if (options.length === 0) out.delete(from);
      loop.push([from % stride, Math.floor(from / stride)]);
      dx = (to % stride) - (from % stride);
      dy = Math.floor(to / stride) - Math.floor(from / stride);
      from = to;
      if (from === startKey && !out.has(from)) break;
    }
    const area = Math.abs(signedArea(loop));
    if (area > bestArea) {
      best = loop;
      bestArea = area;
    }
  }
  return best;
}

/** Drops vertices that lie on a straight run (lossless). */
export function mergeCollinear(points: readonly Point[]): Point[] {
  const n = points.length;
  return points.filter((p, i) => {
    const a = points[(i + n - 1) % n]!;
    const b = points[(i + 1) % n]!;
    return (p[0] - a[0]) * (b[1] - p[1]) - (p[1] - a[1]) * (b[0] - p[0]) !== 0;
  });
}

/** The polygon through the midpoints of consecutive unit edges: corners cut, area = pixels − 0.5. */
export function edgeMidpoints(loop: readonly Point[]): Point[] {
  return loop.map((p, i) => {
    const q = loop[(i + 1) % loop.length]!;
    return [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2] as Point;
  });
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  if (length2 === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** Douglas–Peucker on an open run points[from..to] (indices modulo n), iterative. */
function keepRun(points: readonly Point[], from: number, to: number, tolerance: number, keep: Uint8Array): void {
  const n = points.length;
  const stack: Array<[number, number]> = [[from, to]];
  while (stack.length > 0) {
    const [s, e] = stack.pop()!;
    let worst = -1;
    let worstDistance = tolerance;
    for (let k = s + 1; k < e; k++) {
      const d = distanceToSegment(points[k % n]!, points[s % n]!, points[e % n]!);
      if (d > worstDistance) {
        worst = k;
        worstDistance = d;
      }
    }
    if (worst >= 0) {
      keep[worst % n] = 1;
      stack.push([s, worst], [worst, e]);
    }
  }
}

function simplifyClosed(points: readonly Point[], tolerance: number): Point[] {
  const n = points.length;
  if (n <= 4 || tolerance <= 0) return [...points];
  let far = 0;
  let farDistance = -1;
  for (let k = 1; k < n; k++) {
    const d = Math.hypot(points[k]![0] - points[0]![0], points[k]![1] - points[0]![1]);
    if (d > farDistance) {
      far = k;
      farDistance = d;
    }
  }
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[far] = 1;
  keepRun(points, 0, far, tolerance, keep);
  keepRun(points, far, n, tolerance, keep);
  return points.filter((_, i) => keep[i] === 1);
}

/**
 * The simplest of the candidates whose area is within `maxChange` (a fraction) of `area`, trying
 * Douglas–Peucker at decreasing tolerances on `smooth`, then `smooth` itself, then `exact`.
 */
export function simplifyKeepingArea(smooth: readonly Point[], exact: readonly Point[], area: number, maxChange: number): Point[] {
  for (const tolerance of [0.6, 0.45, 0.3, 0.2, 0.1, 0]) {
    const candidate = simplifyClosed(smooth, tolerance);
    if (candidate.length >= 3 && Math.abs(Math.abs(signedArea(candidate)) - area) <= maxChange * area) return candidate;
  }
  return [...exact];
}
