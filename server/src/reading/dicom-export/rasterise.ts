// Polygon to binary mask on the source image's pixel grid: a pixel belongs to the region when its
// centre is inside the closed polygon (even-odd rule). Points are (column, row) with (0, 0) the
// centre of the top-left pixel, as the reading contract draws them.

/** Row-major mask (1 = inside) of rows × columns pixels. */
export function rasterisePolygon(points: readonly (readonly [number, number])[], rows: number, columns: number): Uint8Array {
  const mask = new Uint8Array(rows * columns);
  const crossings: number[] = [];
  for (let row = 0; row < rows; row++) {
    crossings.length = 0;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i]!;
      const [xj, yj] = points[j]!;
      // Half-open in y, so a vertex on the scan line counts once.
      if (yi > row !== yj > row) crossings.push(xi + ((row - yi) * (xj - xi)) / (yj - yi));
    }
    crossings.sort((a, b) => a - b);
    // A centre x is inside when an odd number of crossings lie strictly right of it: x in [c0, c1), [c2, c3), …
    for (let k = 0; k + 1 < crossings.length; k += 2) {
      const from = Math.max(0, Math.ceil(crossings[k]!));
      const to = Math.min(columns - 1, Math.ceil(crossings[k + 1]!) - 1);
      for (let column = from; column <= to; column++) mask[row * columns + column] = 1;
    }
  }
  return mask;
}

/** Pixels of `a` not in `b` (same size). */
export function subtractMask(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! & (b[i]! ^ 1);
  return out;
}

export function unionMask(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! | b[i]!;
  return out;
}

export const countPixels = (mask: Uint8Array): number => mask.reduce((n, v) => n + v, 0);

/** Frames of 0/1 pixels packed as DICOM 1-bit pixel data: consecutive bits, least significant first, no padding between frames. */
export function packBits(frames: readonly Uint8Array[]): Uint8Array {
  const total = frames.reduce((n, f) => n + f.length, 0);
  const bytes = new Uint8Array(Math.ceil(Math.ceil(total / 8) / 2) * 2);
  let bit = 0;
  for (const frame of frames) {
    for (let i = 0; i < frame.length; i++, bit++) if (frame[i]) bytes[bit >> 3]! |= 1 << (bit & 7);
  }
  return bytes;
}
