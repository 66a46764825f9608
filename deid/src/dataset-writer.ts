// Writes a Part 10 file in Explicit VR Little Endian from elements whose values are bytes (kept
// views of the input or new values): one pass to size it, one allocation, one pass to fill it.
// Sequences and items are written with undefined lengths; encapsulated pixel data keep their items.
import { isLongVr, type DicomElement } from './dataset-reader.ts';
import { tagKey } from './dictionary.ts';
import { DeidError } from './errors.ts';

const UNDEFINED_LENGTH = 0xffffffff;
/** VRs padded with NUL to an even length; every other VR is text padded with a space. */
const NUL_PADDED_VRS: ReadonlySet<string> = new Set(['UI', 'OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'UN']);

function headerSize(vr: string): number {
  return isLongVr(vr) ? 12 : 8;
}

function sizeOf(elements: readonly DicomElement[]): number {
  let size = 0;
  for (const element of elements) {
    if (element.items) {
      size += 12 + 8; // header with undefined length, sequence delimiter
      for (const item of element.items) size += 8 + sizeOf(item) + 8; // item, its delimiter
    } else if (element.encapsulated) {
      size += 12 + element.value.length + 8;
    } else {
      const length = element.value.length + (element.value.length & 1);
      if (!isLongVr(element.vr) && length > 0xffff) {
        const key = tagKey(element.tag);
        throw new DeidError('unwritable-dicom', `the de-identified data set cannot be written: (${key.slice(0, 4)},${key.slice(4)}) holds ${length} bytes, more than its VR ${element.vr} allows in Explicit VR`);
      }
      size += headerSize(element.vr) + length;
    }
  }
  return size;
}

class Output {
  readonly bytes: Uint8Array;
  pos = 0;
  constructor(size: number) {
    this.bytes = new Uint8Array(size);
  }

  u16(value: number): void {
    this.bytes[this.pos++] = value & 0xff;
    this.bytes[this.pos++] = (value >>> 8) & 0xff;
  }

  u32(value: number): void {
    this.u16(value & 0xffff);
    this.u16(value >>> 16);
  }

  header(tag: number, vr: string, length: number): void {
    this.u16(tag >>> 16);
    this.u16(tag & 0xffff);
    this.bytes[this.pos++] = vr.charCodeAt(0);
    this.bytes[this.pos++] = vr.charCodeAt(1);
    if (isLongVr(vr)) {
      this.u16(0);
      this.u32(length);
    } else this.u16(length);
  }

  /** Short values byte by byte: a typed-array copy costs more to start than it saves on a few bytes. */
  copy(value: Uint8Array): void {
    const { bytes } = this;
    if (value.length > 64) bytes.set(value, this.pos);
    else for (let i = 0; i < value.length; i++) bytes[this.pos + i] = value[i]!;
    this.pos += value.length;
  }

  delimiter(tag: number): void {
    this.u16(tag >>> 16);
    this.u16(tag & 0xffff);
    this.u32(0);
  }

  elements(elements: readonly DicomElement[]): void {
    for (const element of elements) {
      if (element.items) {
        this.header(element.tag, 'SQ', UNDEFINED_LENGTH);
        for (const item of element.items) {
          this.u16(0xfffe);
          this.u16(0xe000);
          this.u32(UNDEFINED_LENGTH);
          this.elements(item);
          this.delimiter(0xfffee00d);
        }
        this.delimiter(0xfffee0dd);
      } else if (element.encapsulated) {
        this.header(element.tag, element.vr, UNDEFINED_LENGTH);
        this.copy(element.value);
        this.delimiter(0xfffee0dd);
      } else {
        const { value } = element;
        const odd = value.length & 1;
        this.header(element.tag, element.vr, value.length + odd);
        this.copy(value);
        if (odd) this.bytes[this.pos++] = NUL_PADDED_VRS.has(element.vr) ? 0 : 0x20;
      }
    }
  }
}

/** Preamble, DICM, the meta group with its group length, the data set: elements must come sorted. */
export function writePart10File(meta: readonly DicomElement[], dataset: readonly DicomElement[]): Uint8Array {
  const metaSize = sizeOf(meta);
  const out = new Output(132 + 12 + metaSize + sizeOf(dataset));
  out.bytes.set([0x44, 0x49, 0x43, 0x4d], 128);
  out.pos = 132;
  out.header(0x00020000, 'UL', 4);
  out.u32(metaSize);
  out.elements(meta);
  out.elements(dataset);
  return out.bytes;
}
