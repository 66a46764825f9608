// Turns one uncompressed frame into grey RGBA pixels under a window (centre/width), after the
// modality rescale: what a radiologist's window/level does, and nothing more.

export interface FrameFormat {
  rows: number;
  columns: number;
  bitsAllocated: number;
  pixelRepresentation: number;
  rescaleSlope: number;
  rescaleIntercept: number;
  /** MONOCHROME1 shows low values bright. */
  inverted: boolean;
}

export interface Window {
  center: number;
  width: number;
}

/** The stored values of the frame as numbers (8 or 16 bits, signed or not, little endian). */
export function frameValues(bytes: Uint8Array, format: FrameFormat): ArrayLike<number> {
  const count = format.rows * format.columns;
  if (format.bitsAllocated === 8) return bytes.subarray(0, count);
  if (format.bitsAllocated !== 16) throw new Error(`${format.bitsAllocated}-bit pixels are not shown here`);
  if (bytes.byteLength < count * 2) throw new Error(`the frame holds ${bytes.byteLength} bytes, ${count * 2} expected`);
  const aligned = bytes.byteOffset % 2 === 0 ? bytes : bytes.slice();
  return format.pixelRepresentation === 1 ? new Int16Array(aligned.buffer, aligned.byteOffset, count) : new Uint16Array(aligned.buffer, aligned.byteOffset, count);
}

/** A window covering the frame's range, for frames whose header suggests none. */
export function fullRangeWindow(values: ArrayLike<number>, format: FrameFormat): Window {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const low = min * format.rescaleSlope + format.rescaleIntercept;
  const high = max * format.rescaleSlope + format.rescaleIntercept;
  return { center: (low + high) / 2, width: Math.max(1, high - low) };
}

/** Linear VOI (PS3.3 C.11.2.1.2): below the window black, above it white. */
export function renderGrey(values: ArrayLike<number>, format: FrameFormat, window: Window, out: Uint8ClampedArray): void {
  const low = window.center - 0.5 - (window.width - 1) / 2;
  const scale = 255 / Math.max(1, window.width - 1);
  for (let i = 0; i < values.length; i++) {
    const value = values[i]! * format.rescaleSlope + format.rescaleIntercept;
    let grey = (value - low) * scale;
    grey = grey < 0 ? 0 : grey > 255 ? 255 : grey;
    if (format.inverted) grey = 255 - grey;
    const o = i * 4;
    out[o] = out[o + 1] = out[o + 2] = grey;
    out[o + 3] = 255;
  }
}
