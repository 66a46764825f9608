// A bounded reader of DICOM Part 10 files (PS3.10, PS3.5 Little Endian encodings) into elements
// whose values stay views of the input: nothing is copied or decoded here, pixel data included.
// Every length is checked against the bytes that remain and sequences nest at most
// MAX_SEQUENCE_DEPTH deep, so a malformed or hostile file is refused, never half-read.
import { dictionaryVrOf, tagKey } from './dictionary.ts';
import { DeidError } from './errors.ts';

export const MAX_SEQUENCE_DEPTH = 16;
/** Far more than any image holds (an enhanced multi-frame MR has some 100,000), far less than would exhaust memory. */
export const MAX_ELEMENTS = 2_000_000;

export const PIXEL_DATA = 0x7fe00010;
const ITEM = 0xfffee000;
const ITEM_DELIMITATION = 0xfffee00d;
const SEQUENCE_DELIMITATION = 0xfffee0dd;
const UNDEFINED_LENGTH = 0xffffffff;

export interface DicomElement {
  /** (group << 16 | element), unsigned. */
  readonly tag: number;
  /** The VR as encoded (Explicit VR) or from the dictionary (Implicit VR); lower case when the dictionary's is ambiguous. */
  readonly vr: string;
  /** The value bytes: a view of the input. For a sequence, empty. For encapsulated pixel data, the items (offset table and fragments) without the sequence delimiter. */
  readonly value: Uint8Array;
  readonly items?: DicomElement[][];
  readonly encapsulated?: boolean;
}

/** The VRs of PS3.5 6.2 by their two bytes, so that reading one builds no string. */
const VR_BY_CODE: ReadonlyMap<number, string> = new Map(
  ['AE', 'AS', 'AT', 'CS', 'DA', 'DS', 'DT', 'FD', 'FL', 'IS', 'LO', 'LT', 'OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'PN',
    'SH', 'SL', 'SQ', 'SS', 'ST', 'SV', 'TM', 'UC', 'UI', 'UL', 'UN', 'UR', 'US', 'UT', 'UV'].map((vr) => [(vr.charCodeAt(0) << 8) | vr.charCodeAt(1), vr]),
);

/**
 * The VRs with a 2-byte reserved field and a 32-bit length in Explicit VR (PS3.5 7.1.2): OB OD OF
 * OL OV OW, SQ SV, UC UN UR UT UV. By character codes: it is asked for every element read or written.
 */
export function isLongVr(vr: string): boolean {
  const first = vr.charCodeAt(0);
  if (first === 0x4f) return true; // O
  const second = vr.charCodeAt(1);
  if (first === 0x53) return second === 0x51 || second === 0x56; // SQ SV
  return first === 0x55 && (second === 0x43 || second === 0x4e || second === 0x52 || second === 0x54 || second === 0x56); // UC UN UR UT UV
}

const EMPTY = new Uint8Array(0);

interface Cursor {
  pos: number;
}

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

function readTag(bytes: Uint8Array, at: number): number {
  return ((u16(bytes, at) << 16) | u16(bytes, at + 2)) >>> 0;
}

function name(tag: number): string {
  const key = tagKey(tag);
  return `(${key.slice(0, 4)},${key.slice(4)})`;
}

function unreadable(message: string): DeidError {
  return new DeidError('unreadable-dicom', `the DICOM file cannot be read: ${message}`);
}

/** Refuses when fewer than `length` bytes remain before `end`; the message names what was being read (built only then). */
function need(c: Cursor, length: number, end: number, what: string, tag?: number, path = ''): void {
  if (length > end - c.pos) {
    throw unreadable(`${what}${tag === undefined ? '' : ` ${path}${name(tag)}`} at byte ${c.pos} needs ${length} bytes but only ${Math.max(end - c.pos, 0)} remain`);
  }
}

/** The VR of an Implicit VR element: the dictionary's, else a sequence, a private creator's LO, a group length's UL, or UN. */
function implicitVr(tag: number, length: number): string {
  const known = dictionaryVrOf(tag);
  if (known && known !== 'na') return known;
  if (length === UNDEFINED_LENGTH) return 'SQ';
  const element = tag & 0xffff;
  if ((tag >>> 16) & 1 && element >= 0x0010 && element <= 0x00ff) return 'LO'; // private creator
  if (element === 0) return 'UL'; // group length
  return 'UN';
}

class Reader {
  private count = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly transferSyntaxIsEncapsulated: boolean,
    private readonly maxElements = MAX_ELEMENTS,
  ) {}

  /** Elements up to `end`; with `untilDelimiter` (an item of undefined length), up to the item delimiter, which must come before `end`. */
  elements(c: Cursor, end: number, implicit: boolean, depth: number, path: string, untilDelimiter: boolean): DicomElement[] {
    const out: DicomElement[] = [];
    const { bytes } = this;
    for (;;) {
      if (c.pos >= end) {
        if (untilDelimiter) throw unreadable(`the item at ${path || 'the top level'} has no item delimiter before byte ${end}`);
        return out;
      }
      need(c, 8, end, 'an element header');
      const tag = readTag(bytes, c.pos);
      if (tag === ITEM_DELIMITATION) {
        if (depth === 0) throw unreadable(`an item delimiter at byte ${c.pos} outside any sequence`);
        c.pos += 8;
        return out;
      }
      if (tag >>> 16 === 0xfffe) throw unreadable(`unexpected ${name(tag)} at byte ${c.pos} in a data set`);
      out.push(this.next(c, end, implicit, depth, path));
    }
  }

  /** One element at the cursor (its header known to be there). */
  next(c: Cursor, end: number, implicit = false, depth = 0, path = ''): DicomElement {
    const { bytes } = this;
    const start = c.pos;
    if (++this.count > this.maxElements) throw unreadable(`more than ${this.maxElements} elements`);
    const tag = readTag(bytes, start);
    let vr: string;
    let length: number;
    if (implicit) {
      length = u32(bytes, start + 4);
      vr = implicitVr(tag, length);
      c.pos = start + 8;
    } else {
      const known = VR_BY_CODE.get((bytes[start + 4]! << 8) | bytes[start + 5]!);
      if (known === undefined) throw unreadable(`element ${path}${name(tag)} at byte ${start} has an invalid VR`);
      vr = known;
      if (isLongVr(vr)) {
        need(c, 12, end, 'the header of', tag, path);
        length = u32(bytes, start + 8);
        c.pos = start + 12;
      } else {
        length = u16(bytes, start + 6);
        c.pos = start + 8;
      }
    }
    if (vr === 'UN') {
      // PS3.5 6.2.2: a UN value of undefined length is an Implicit VR sequence; a UN the
      // dictionary knows is read as what it is, a sequence's value in Implicit VR.
      const known = length === UNDEFINED_LENGTH ? 'SQ' : dictionaryVrOf(tag);
      if (known === 'SQ') return this.sequence(c, end, tag, length, true, depth, path);
      // Not the ambiguous ones (lower case in the dictionary): without a VR their encoding is unknown.
      if (known && known.charCodeAt(0) < 0x61 && (isLongVr(known) || length <= 0xffff)) vr = known;
    }
    if (vr === 'SQ') return this.sequence(c, end, tag, length, implicit, depth, path);
    if (length === UNDEFINED_LENGTH) {
      if (tag === PIXEL_DATA) return this.encapsulatedPixelData(c, end, vr);
      throw unreadable(`element ${path}${name(tag)} at byte ${start} has an undefined length`);
    }
    need(c, length, end, 'element', tag, path);
    if (tag === PIXEL_DATA && depth === 0 && this.transferSyntaxIsEncapsulated) {
      throw new DeidError('unsupported-pixel-encapsulation', 'the transfer syntax is encapsulated (compressed) but the pixel data are not: the file is inconsistent');
    }
    const value = length === 0 ? EMPTY : bytes.subarray(c.pos, c.pos + length);
    c.pos += length;
    return { tag, vr, value };
  }

  private sequence(c: Cursor, end: number, tag: number, length: number, implicit: boolean, depth: number, path: string): DicomElement {
    const { bytes } = this;
    const here = `${path}${name(tag)}`;
    if (depth + 1 > MAX_SEQUENCE_DEPTH) throw new DeidError('sequence-too-deep', `sequences nested deeper than ${MAX_SEQUENCE_DEPTH} levels at ${here}`);
    const undefinedLength = length === UNDEFINED_LENGTH;
    if (!undefinedLength) need(c, length, end, 'sequence', tag, path);
    const seqEnd = undefinedLength ? end : c.pos + length;
    const items: DicomElement[][] = [];
    for (;;) {
      if (c.pos >= seqEnd) {
        if (undefinedLength) throw unreadable(`sequence ${here} has no sequence delimiter`);
        break;
      }
      need(c, 8, seqEnd, 'an item of', tag, path);
      const itemTag = readTag(bytes, c.pos);
      const itemLength = u32(bytes, c.pos + 4);
      if (itemTag === SEQUENCE_DELIMITATION) {
        if (!undefinedLength) throw unreadable(`a sequence delimiter at byte ${c.pos} inside ${here}, which has a defined length`);
        c.pos += 8;
        break;
      }
      if (itemTag !== ITEM) throw unreadable(`expected an item in ${here} at byte ${c.pos}, found ${name(itemTag)}`);
      c.pos += 8;
      const itemPath = `${here}[${items.length}] > `;
      if (itemLength === UNDEFINED_LENGTH) items.push(this.elements(c, seqEnd, implicit, depth + 1, itemPath, true));
      else {
        need(c, itemLength, seqEnd, `item ${items.length} of`, tag, path);
        const itemEnd = c.pos + itemLength;
        items.push(this.elements(c, itemEnd, implicit, depth + 1, itemPath, false));
        c.pos = itemEnd;
      }
    }
    return { tag, vr: 'SQ', value: EMPTY, items };
  }

  /** PS3.5 A.4: items (Basic Offset Table first, then fragments) up to the sequence delimiter; kept as they are. */
  private encapsulatedPixelData(c: Cursor, end: number, vr: string): DicomElement {
    const { bytes } = this;
    if (!this.transferSyntaxIsEncapsulated) {
      throw new DeidError('unsupported-pixel-encapsulation', 'the pixel data are encapsulated (undefined length) but the transfer syntax is not an encapsulated one: the file is inconsistent');
    }
    const start = c.pos;
    let items = 0;
    for (;;) {
      if (end - c.pos < 8) throw new DeidError('unsupported-pixel-encapsulation', 'the encapsulated pixel data end without a sequence delimiter');
      const itemTag = readTag(bytes, c.pos);
      const itemLength = u32(bytes, c.pos + 4);
      if (itemTag === SEQUENCE_DELIMITATION) break;
      if (itemTag !== ITEM || itemLength === UNDEFINED_LENGTH || itemLength > end - c.pos - 8) {
        throw new DeidError('unsupported-pixel-encapsulation', `the encapsulated pixel data hold no valid item at byte ${c.pos}`);
      }
      if (items === 0 && itemLength % 4 !== 0) throw new DeidError('unsupported-pixel-encapsulation', `the Basic Offset Table is ${itemLength} bytes long, not a multiple of 4`);
      items += 1;
      c.pos += 8 + itemLength;
    }
    if (items === 0) throw new DeidError('unsupported-pixel-encapsulation', 'the encapsulated pixel data have no Basic Offset Table item');
    const value = bytes.subarray(start, c.pos);
    c.pos += 8;
    return { tag: PIXEL_DATA, vr: vr === 'OW' ? 'OW' : 'OB', value, encapsulated: true };
  }
}

/**
 * The file meta information: group 0002 elements, Explicit VR Little Endian, after the preamble.
 * The group length is not trusted (some writers omit it): the group ends where the tags leave 0002.
 */
export function readMeta(bytes: Uint8Array): { meta: DicomElement[]; datasetOffset: number } {
  if (bytes.byteLength < 132 || bytes[128] !== 0x44 || bytes[129] !== 0x49 || bytes[130] !== 0x43 || bytes[131] !== 0x4d) {
    throw new DeidError('not-dicom', 'not a DICOM Part 10 file: no DICM prefix after the 128-byte preamble');
  }
  const reader = new Reader(bytes, false);
  const c: Cursor = { pos: 132 };
  const meta: DicomElement[] = [];
  while (bytes.byteLength - c.pos >= 8 && u16(bytes, c.pos) === 0x0002) meta.push(reader.next(c, bytes.byteLength));
  if (meta.length === 0) throw unreadable('no file meta information (group 0002) after the DICM prefix');
  return { meta, datasetOffset: c.pos };
}

/** The data set after the file meta information, in Implicit or Explicit VR Little Endian. */
export function readDataset(bytes: Uint8Array, offset: number, implicit: boolean, encapsulated: boolean, maxElements = MAX_ELEMENTS): DicomElement[] {
  return new Reader(bytes, encapsulated, maxElements).elements({ pos: offset }, bytes.byteLength, implicit, 0, '', false);
}
