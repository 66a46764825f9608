// Just enough of a DICOM Part 10 file to take its SOP Instance UID and native pixel data: the file
// meta group, then the data set in Explicit or Implicit VR Little Endian, sequences skipped (defined
// or undefined length). Anything else (big endian, encapsulated pixel data) is null: the caller then
// asks for the frame through WADO-RS, which converts it.
const EXPLICIT_LE = '1.2.840.10008.1.2.1';
const IMPLICIT_LE = '1.2.840.10008.1.2';
const LONG_VRS = new Set(['OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'SQ', 'SV', 'UC', 'UN', 'UR', 'UT', 'UV']);
const UNDEFINED = 0xffffffff;
const ITEM = 0xfffee000;
const ITEM_END = 0xfffee00d;
const SEQUENCE_END = 0xfffee0dd;

export interface Part10Pixels {
  sopInstanceUID: string;
  pixelData: Uint8Array;
}

class Reader {
  readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  tag(at: number): number {
    return ((this.view.getUint16(at, true) << 16) | this.view.getUint16(at + 2, true)) >>> 0;
  }
  text(at: number, length: number): string {
    let s = '';
    for (let i = 0; i < length; i++) s += String.fromCharCode(this.bytes[at + i]!);
    return s.replace(/[\0 ]+$/, '');
  }
}

interface Element {
  tag: number;
  vr: string | null;
  length: number;
  value: number;
}

function header(r: Reader, at: number, explicit: boolean): Element {
  const tag = r.tag(at);
  // Items and delimiters have no VR in any transfer syntax.
  if (!explicit || tag >>> 16 === 0xfffe) return { tag, vr: null, length: r.view.getUint32(at + 4, true), value: at + 8 };
  const vr = r.text(at + 4, 2);
  if (LONG_VRS.has(vr)) return { tag, vr, length: r.view.getUint32(at + 8, true), value: at + 12 };
  return { tag, vr, length: r.view.getUint16(at + 6, true), value: at + 8 };
}

/** Skips an undefined-length sequence's items up to its delimiter; returns the offset after it. */
function skipSequence(r: Reader, at: number, explicit: boolean): number {
  let position = at;
  while (position + 8 <= r.bytes.length) {
    const item = header(r, position, explicit);
    if (item.tag === SEQUENCE_END) return item.value;
    if (item.tag !== ITEM) throw new Error('malformed sequence');
    position = item.length === UNDEFINED ? skipItem(r, item.value, explicit) : item.value + item.length;
  }
  throw new Error('unterminated sequence');
}

function skipItem(r: Reader, at: number, explicit: boolean): number {
  let position = at;
  while (position + 8 <= r.bytes.length) {
    const element = header(r, position, explicit);
    if (element.tag === ITEM_END) return element.value;
    position = element.length === UNDEFINED ? skipSequence(r, element.value, explicit) : element.value + element.length;
  }
  throw new Error('unterminated item');
}

export function readPart10Pixels(bytes: Uint8Array): Part10Pixels | null {
  if (bytes.length < 132 || String.fromCharCode(...bytes.subarray(128, 132)) !== 'DICM') return null;
  const r = new Reader(bytes);
  let position = 132;
  let transferSyntax = '';
  while (position + 8 <= bytes.length && r.view.getUint16(position, true) === 0x0002) {
    const element = header(r, position, true);
    if (element.tag === 0x00020010) transferSyntax = r.text(element.value, element.length);
    position = element.value + element.length;
  }
  if (transferSyntax !== EXPLICIT_LE && transferSyntax !== IMPLICIT_LE) return null;
  const explicit = transferSyntax === EXPLICIT_LE;
  let sopInstanceUID = '';
  try {
    while (position + 8 <= bytes.length) {
      const element = header(r, position, explicit);
      if (element.tag === 0x00080018) sopInstanceUID = r.text(element.value, element.length);
      if (element.tag === 0x7fe00010) {
        if (element.length === UNDEFINED) return null;
        return sopInstanceUID ? { sopInstanceUID, pixelData: bytes.subarray(element.value, element.value + element.length) } : null;
      }
      position = element.length === UNDEFINED ? skipSequence(r, element.value, explicit) : element.value + element.length;
    }
  } catch {
    return null;
  }
  return null;
}
