// A bounded reader of DICOM Part 10 headers: it walks the data set once, never decodes pixel data,
// and produces the DICOM JSON model (PS3.18 F.2) with bulk data left in place (offsets into the
// file). Every length is checked against the bytes that remain, sequences nest at most `maxDepth`
// deep and a data set holds at most `maxElements` elements, so a hostile file costs little.
import { createRequire } from 'node:module';

export type DicomJson = Record<string, DicomJsonElement>;
export interface DicomJsonElement {
  vr: string;
  Value?: unknown[];
  InlineBinary?: string;
  BulkDataURI?: string;
}

export interface BulkDataRef {
  /** Tag path, e.g. "7FE00010" or "00540016.0.00181072" for nested elements. */
  path: string;
  offset: number;
  length: number;
}

export interface PixelDataRef {
  offset: number;
  length: number;
  /** For encapsulated transfer syntaxes, the fragments after the basic offset table. */
  fragments?: Array<{ offset: number; length: number }>;
  /** Byte offsets of frames in the fragment stream (basic offset table), when present. */
  basicOffsetTable?: number[];
}

/** A top-level element's place in the file, so a header can be rewritten without re-encoding. */
export interface ElementSpan {
  tag: string;
  vr: string;
  start: number;
  valueOffset: number;
  valueLength: number;
}

export interface ParsedDicom {
  transferSyntaxUID: string;
  mediaStorageSOPClassUID: string | undefined;
  mediaStorageSOPInstanceUID: string | undefined;
  dataset: DicomJson;
  bulkData: BulkDataRef[];
  pixelData: PixelDataRef | undefined;
  spans: ElementSpan[];
  explicitVR: boolean;
  /** Where the data set (after the file meta information) starts. */
  datasetOffset: number;
}

export interface ReaderLimits {
  maxDepth: number;
  maxElements: number;
  /** No single element may declare more bytes than this, whatever the file's size. */
  maxElementLength: number;
  /** Binary values above this size become bulk data references instead of InlineBinary. */
  inlineBinaryMax: number;
}

export const DEFAULT_READER_LIMITS: ReaderLimits = { maxDepth: 16, maxElements: 200_000, maxElementLength: 1024 * 1024 * 1024, inlineBinaryMax: 1024 };

export type DicomProblem = 'not-dicom' | 'truncated' | 'absurd-length' | 'too-deep' | 'too-many-elements' | 'unsupported-transfer-syntax' | 'malformed';

export class DicomReadError extends Error {
  constructor(readonly problem: DicomProblem, message: string) {
    super(message);
    this.name = 'DicomReadError';
  }
}

export const TS = {
  implicitLE: '1.2.840.10008.1.2',
  explicitLE: '1.2.840.10008.1.2.1',
  deflatedLE: '1.2.840.10008.1.2.1.99',
  explicitBE: '1.2.840.10008.1.2.2',
} as const;

/** Encapsulated transfer syntaxes we store and serve as they are, with their media type. */
export const ENCAPSULATED_TRANSFER_SYNTAXES: Record<string, string> = {
  '1.2.840.10008.1.2.4.50': 'image/jpeg',
  '1.2.840.10008.1.2.4.51': 'image/jpeg',
  '1.2.840.10008.1.2.4.57': 'image/jpeg',
  '1.2.840.10008.1.2.4.70': 'image/jpeg',
  '1.2.840.10008.1.2.4.80': 'image/jls',
  '1.2.840.10008.1.2.4.81': 'image/jls',
  '1.2.840.10008.1.2.4.90': 'image/jp2',
  '1.2.840.10008.1.2.4.91': 'image/jp2',
  '1.2.840.10008.1.2.4.201': 'image/jphc',
  '1.2.840.10008.1.2.4.202': 'image/jphc',
  '1.2.840.10008.1.2.4.203': 'image/jphc',
  '1.2.840.10008.1.2.5': 'image/dicom-rle',
};

export const SUPPORTED_TRANSFER_SYNTAXES = new Set<string>([TS.implicitLE, TS.explicitLE, ...Object.keys(ENCAPSULATED_TRANSFER_SYNTAXES)]);

const LONG_HEADER_VRS = new Set(['OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'SQ', 'UC', 'UN', 'UR', 'UT', 'SV', 'UV']);
const BINARY_VRS = new Set(['OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'UN']);
const SINGLE_VALUE_STRING_VRS = new Set(['LT', 'ST', 'UT', 'UR']);
const STRING_VRS = new Set(['AE', 'AS', 'CS', 'DA', 'DT', 'LO', 'LT', 'SH', 'ST', 'TM', 'UC', 'UI', 'UR', 'UT']);
const VALID_VR = /^[A-Z]{2}$/;
const UNDEFINED = 0xffffffff;

// dcmjs ships no types; only its data dictionary is used here, for implicit-VR files.
const dcmjs = createRequire(import.meta.url)('dcmjs') as { data: { DicomMetaDictionary: { dictionary: Record<string, { vr: string } | undefined> } } };
const dictionary = dcmjs.data.DicomMetaDictionary.dictionary;
const vrCache = new Map<number, string>();

/** The VR an implicit-VR file leaves out, from the standard's dictionary (UN when unknown). */
function implicitVr(group: number, element: number): string {
  const key = (group << 16) | element;
  const cached = vrCache.get(key);
  if (cached) return cached;
  let vr = 'UN';
  if (element === 0) vr = 'UL';
  else if (group % 2 === 1) vr = element >= 0x10 && element <= 0xff ? 'LO' : 'UN';
  else {
    const entry = dictionary[`(${hex4(group)},${hex4(element)})`];
    if (entry) vr = entry.vr.length === 2 && VALID_VR.test(entry.vr) ? entry.vr : entry.vr === 'ox' || entry.vr.startsWith('OB') || entry.vr.includes('OW') ? 'OW' : entry.vr.startsWith('US') ? 'US' : 'UN';
  }
  vrCache.set(key, vr);
  return vr;
}

function hex4(n: number): string {
  return n.toString(16).toUpperCase().padStart(4, '0');
}

const tagKeys = new Map<number, string>();

export function tagKey(group: number, element: number): string {
  const n = group * 0x10000 + element;
  let key = tagKeys.get(n);
  if (key === undefined) {
    key = hex4(group) + hex4(element);
    // Bounded: tags seen in files are few, but a hostile file could name many private ones.
    if (tagKeys.size < 65_536) tagKeys.set(n, key);
  }
  return key;
}

/** Two upper-case letters as a value representation, without building a string per element. */
const VR_NAMES: Array<string | undefined> = [];
for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) VR_NAMES[a * 256 + b] = String.fromCharCode(a, b);

interface Cursor {
  buf: Buffer;
  pos: number;
  explicit: boolean;
  elements: number;
  /** Text encoding of the data set's strings: ISO_IR 192 is UTF-8, anything else read as Latin-1. */
  decoder: BufferEncoding;
}

/** With `spans` false, the top-level elements' places are not collected (spans is empty): STOW-RS has no use for them. */
export function readDicom(buf: Buffer, limits: ReaderLimits = DEFAULT_READER_LIMITS, options: { spans?: boolean } = {}): ParsedDicom {
  if (buf.length < 132 || buf.toString('latin1', 128, 132) !== 'DICM') {
    throw new DicomReadError('not-dicom', 'the part is not a DICOM Part 10 file (no "DICM" prefix after the 128-byte preamble)');
  }
  const meta: DicomJson = {};
  const metaCursor: Cursor = { buf, pos: 132, explicit: true, elements: 0, decoder: latin1 };
  while (metaCursor.pos + 8 <= buf.length && buf.readUInt16LE(metaCursor.pos) === 0x0002) {
    readElement(metaCursor, meta, limits, 0, '', undefined, undefined);
  }
  const transferSyntaxUID = str(meta['00020010']);
  if (!transferSyntaxUID) throw new DicomReadError('malformed', 'the file meta information has no TransferSyntaxUID (0002,0010)');
  if (!SUPPORTED_TRANSFER_SYNTAXES.has(transferSyntaxUID)) {
    throw new DicomReadError('unsupported-transfer-syntax', `transfer syntax ${transferSyntaxUID} is not accepted (accepted: Implicit and Explicit VR Little Endian and the encapsulated JPEG, JPEG-LS, JPEG 2000, HTJ2K and RLE syntaxes)`);
  }
  const cursor: Cursor = { buf, pos: metaCursor.pos, explicit: transferSyntaxUID !== TS.implicitLE, elements: metaCursor.elements, decoder: latin1 };
  const datasetOffset = cursor.pos;
  const dataset: DicomJson = {};
  const bulkData: BulkDataRef[] = [];
  const spans: ElementSpan[] = [];
  const collectSpans = options.spans === false ? undefined : spans;
  const pixel: { ref?: PixelDataRef } = {};
  while (cursor.pos < buf.length) {
    readElement(cursor, dataset, limits, 0, '', { bulkData, pixel }, collectSpans);
  }
  return {
    transferSyntaxUID,
    mediaStorageSOPClassUID: str(meta['00020002']),
    mediaStorageSOPInstanceUID: str(meta['00020003']),
    dataset,
    bulkData,
    pixelData: pixel.ref,
    spans,
    explicitVR: cursor.explicit,
    datasetOffset,
  };
}

const latin1 = 'latin1' as const;
const utf8 = 'utf8' as const;

function need(c: Cursor, bytes: number, what: string): void {
  if (c.pos + bytes > c.buf.length) throw new DicomReadError('truncated', `the file ends inside ${what} at byte ${c.pos}`);
}

interface Collect {
  bulkData: BulkDataRef[];
  pixel: { ref?: PixelDataRef };
}

function readElement(c: Cursor, into: DicomJson, limits: ReaderLimits, depth: number, pathPrefix: string, collect: Collect | undefined, spans: ElementSpan[] | undefined): void {
  const start = c.pos;
  need(c, 8, 'an element header');
  const group = c.buf.readUInt16LE(c.pos);
  const element = c.buf.readUInt16LE(c.pos + 2);
  if (++c.elements > limits.maxElements) throw new DicomReadError('too-many-elements', `the data set holds more than ${limits.maxElements} elements`);
  let vr: string;
  let length: number;
  if (c.explicit || group === 0x0002) {
    const name = VR_NAMES[c.buf[c.pos + 4]! * 256 + c.buf[c.pos + 5]!];
    if (name === undefined) throw new DicomReadError('malformed', `element (${hex4(group)},${hex4(element)}) at byte ${c.pos} has no valid value representation`);
    vr = name;
    if (LONG_HEADER_VRS.has(vr)) {
      need(c, 12, 'an element header');
      length = c.buf.readUInt32LE(c.pos + 8);
      c.pos += 12;
    } else {
      length = c.buf.readUInt16LE(c.pos + 6);
      c.pos += 8;
    }
  } else {
    vr = implicitVr(group, element);
    length = c.buf.readUInt32LE(c.pos + 4);
    c.pos += 8;
    if (length === UNDEFINED && vr !== 'OW' && vr !== 'OB') vr = 'SQ';
  }
  const key = tagKey(group, element);
  const path = pathPrefix + key;
  if (group === 0x7fe0 && element === 0x0010 && depth === 0 && length === UNDEFINED) {
    readEncapsulatedPixelData(c, vr, collect, spans, start, path, into);
    return;
  }
  if (vr === 'UN' && length === UNDEFINED) {
    // PS3.5 6.2.2: a UN of undefined length is a sequence whose items are in Implicit VR Little Endian.
    const explicit = c.explicit;
    c.explicit = false;
    const items = readSequence(c, length, limits, depth + 1, path, collect);
    c.explicit = explicit;
    into[key] = items.length > 0 ? { vr: 'SQ', Value: items } : { vr: 'SQ' };
    spans?.push({ tag: key, vr: 'SQ', start, valueOffset: start, valueLength: c.pos - start });
    return;
  }
  if (vr === 'SQ') {
    const items = readSequence(c, length, limits, depth + 1, path, collect);
    into[key] = items.length > 0 ? { vr, Value: items } : { vr };
    spans?.push({ tag: key, vr, start, valueOffset: start, valueLength: c.pos - start });
    return;
  }
  if (length === UNDEFINED) throw new DicomReadError('malformed', `element (${hex4(group)},${hex4(element)}) has an undefined length but is not a sequence`);
  if (length > limits.maxElementLength) throw new DicomReadError('absurd-length', `element (${hex4(group)},${hex4(element)}) declares ${length} bytes, more than the ${limits.maxElementLength} any element may hold`);
  if (c.pos + length > c.buf.length) {
    throw new DicomReadError(length > 2 * c.buf.length ? 'absurd-length' : 'truncated', length > 2 * c.buf.length ? `element (${hex4(group)},${hex4(element)}) declares ${length} bytes in a file of ${c.buf.length}` : `the file ends inside element (${hex4(group)},${hex4(element)}): it declares ${length} bytes, ${c.buf.length - c.pos} remain`);
  }
  const valueOffset = c.pos;
  c.pos += length;
  spans?.push({ tag: key, vr, start, valueOffset, valueLength: length });
  if (group === 0x0008 && element === 0x0005) c.decoder = /ISO_IR 192/.test(c.buf.toString('latin1', valueOffset, valueOffset + length)) ? utf8 : latin1;
  if (group === 0x7fe0 && element === 0x0010 && depth === 0 && collect) collect.pixel.ref = { offset: valueOffset, length };
  into[key] = decodeValue(c, vr, valueOffset, length, limits, path, collect);
}

function readSequence(c: Cursor, length: number, limits: ReaderLimits, depth: number, path: string, collect: Collect | undefined): DicomJson[] {
  if (depth > limits.maxDepth) throw new DicomReadError('too-deep', `sequences are nested more than ${limits.maxDepth} deep`);
  if (length !== UNDEFINED && c.pos + length > c.buf.length) throw new DicomReadError(length > 2 * c.buf.length ? 'absurd-length' : 'truncated', `a sequence declares ${length} bytes, ${c.buf.length - c.pos} remain`);
  const end = length === UNDEFINED ? c.buf.length : c.pos + length;
  const items: DicomJson[] = [];
  while (c.pos < end) {
    need(c, 8, 'a sequence item');
    const group = c.buf.readUInt16LE(c.pos);
    const element = c.buf.readUInt16LE(c.pos + 2);
    const itemLength = c.buf.readUInt32LE(c.pos + 4);
    c.pos += 8;
    if (group === 0xfffe && element === 0xe0dd) return items; // sequence delimiter
    if (group !== 0xfffe || element !== 0xe000) throw new DicomReadError('malformed', `expected a sequence item at byte ${c.pos - 8}`);
    if (itemLength !== UNDEFINED && c.pos + itemLength > end) throw new DicomReadError(itemLength > 2 * c.buf.length ? 'absurd-length' : 'truncated', `a sequence item declares ${itemLength} bytes, ${end - c.pos} remain`);
    const itemEnd = itemLength === UNDEFINED ? end : c.pos + itemLength;
    const item: DicomJson = {};
    const prefix = `${path}.${items.length}.`;
    while (c.pos < itemEnd) {
      if (itemLength === UNDEFINED) {
        need(c, 8, 'a sequence item');
        if (c.buf.readUInt16LE(c.pos) === 0xfffe && c.buf.readUInt16LE(c.pos + 2) === 0xe00d) {
          c.pos += 8;
          break;
        }
      }
      readElement(c, item, limits, depth, prefix, collect, undefined);
    }
    items.push(item);
  }
  if (length === UNDEFINED) throw new DicomReadError('truncated', 'the file ends inside a sequence of undefined length');
  return items;
}

function readEncapsulatedPixelData(c: Cursor, vr: string, collect: Collect | undefined, spans: ElementSpan[] | undefined, start: number, path: string, into: DicomJson): void {
  const valueOffset = c.pos;
  const fragments: Array<{ offset: number; length: number }> = [];
  let basicOffsetTable: number[] | undefined;
  let first = true;
  for (;;) {
    need(c, 8, 'encapsulated pixel data');
    const group = c.buf.readUInt16LE(c.pos);
    const element = c.buf.readUInt16LE(c.pos + 2);
    const length = c.buf.readUInt32LE(c.pos + 4);
    c.pos += 8;
    if (group === 0xfffe && element === 0xe0dd) break;
    if (group !== 0xfffe || element !== 0xe000) throw new DicomReadError('malformed', `expected a pixel data fragment at byte ${c.pos - 8}`);
    if (c.pos + length > c.buf.length) throw new DicomReadError(length > 2 * c.buf.length ? 'absurd-length' : 'truncated', `a pixel data fragment declares ${length} bytes, ${c.buf.length - c.pos} remain`);
    if (first) {
      basicOffsetTable = [];
      for (let i = 0; i + 4 <= length; i += 4) basicOffsetTable.push(c.buf.readUInt32LE(c.pos + i));
      first = false;
    } else fragments.push({ offset: c.pos, length });
    c.pos += length;
  }
  if (collect) {
    collect.pixel.ref = { offset: valueOffset, length: c.pos - valueOffset, fragments, ...(basicOffsetTable && basicOffsetTable.length > 0 && { basicOffsetTable }) };
    collect.bulkData.push({ path, offset: valueOffset, length: c.pos - valueOffset });
  }
  spans?.push({ tag: '7FE00010', vr, start, valueOffset, valueLength: c.pos - valueOffset });
  into['7FE00010'] = { vr, BulkDataURI: path };
}

function decodeValue(c: Cursor, vr: string, offset: number, length: number, limits: ReaderLimits, path: string, collect: Collect | undefined): DicomJsonElement {
  const buf = c.buf;
  if (length === 0) return { vr };
  if (BINARY_VRS.has(vr)) {
    if (length > limits.inlineBinaryMax || path === '7FE00010') {
      collect?.bulkData.push({ path, offset, length });
      return { vr, BulkDataURI: path };
    }
    return { vr, InlineBinary: buf.toString('base64', offset, offset + length) };
  }
  if (STRING_VRS.has(vr)) {
    // Trailing padding (spaces, NULs) is dropped on the bytes, before decoding: neither byte occurs inside a UTF-8 sequence.
    const end = unpaddedEnd(buf, offset, offset + length);
    if (end === offset) return { vr };
    const text = buf.toString(vr === 'UI' || vr === 'DA' || vr === 'TM' || vr === 'DT' || vr === 'CS' || vr === 'AS' || vr === 'AE' ? latin1 : c.decoder, offset, end);
    if (SINGLE_VALUE_STRING_VRS.has(vr)) return { vr, Value: [text] };
    const trimBoth = vr === 'LO' || vr === 'SH' || vr === 'CS' || vr === 'AE';
    if (text.indexOf('\\') === -1) {
      // One value, the usual case: no split, no array of pieces.
      const value = trimBoth ? text.trim() : text;
      return value === '' ? { vr } : { vr, Value: [value] };
    }
    const values = text.split('\\').map((v) => (trimBoth ? v.trim() : v.replace(/[\0 ]+$/, '')));
    return { vr, Value: values.map((v) => (v === '' ? null : v)) };
  }
  if (vr === 'PN') {
    const end = unpaddedEnd(buf, offset, offset + length);
    if (end === offset) return { vr };
    const text = buf.toString(c.decoder, offset, end);
    return {
      vr,
      Value: text.split('\\').map((v) => {
        const [alphabetic, ideographic, phonetic] = v.split('=');
        return { ...(alphabetic && { Alphabetic: alphabetic }), ...(ideographic && { Ideographic: ideographic }), ...(phonetic && { Phonetic: phonetic }) };
      }),
    };
  }
  if (vr === 'IS' || vr === 'DS') {
    const text = buf.toString(latin1, offset, offset + length).trim();
    if (text === '') return { vr };
    return { vr, Value: text.split('\\').map((v) => (v.trim() === '' ? null : Number(v.trim()))).map((n) => (n === null || Number.isFinite(n) ? n : null)) };
  }
  const numeric = NUMERIC[vr];
  if (numeric) {
    const values: unknown[] = [];
    for (let p = offset; p + numeric.size <= offset + length; p += numeric.size) values.push(numeric.read(buf, p));
    return { vr, Value: values };
  }
  if (vr === 'AT') {
    const values: string[] = [];
    for (let p = offset; p + 4 <= offset + length; p += 4) values.push(tagKey(buf.readUInt16LE(p), buf.readUInt16LE(p + 2)));
    return { vr, Value: values };
  }
  return { vr: 'UN', InlineBinary: buf.toString('base64', offset, offset + length) };
}

/** The end of a string value without its trailing spaces and NULs. */
function unpaddedEnd(buf: Buffer, start: number, end: number): number {
  while (end > start && (buf[end - 1] === 0x20 || buf[end - 1] === 0x00)) end--;
  return end;
}

const NUMERIC: Record<string, { size: number; read: (b: Buffer, p: number) => unknown }> = {
  US: { size: 2, read: (b, p) => b.readUInt16LE(p) },
  SS: { size: 2, read: (b, p) => b.readInt16LE(p) },
  UL: { size: 4, read: (b, p) => b.readUInt32LE(p) },
  SL: { size: 4, read: (b, p) => b.readInt32LE(p) },
  FL: { size: 4, read: (b, p) => b.readFloatLE(p) },
  FD: { size: 8, read: (b, p) => b.readDoubleLE(p) },
  SV: { size: 8, read: (b, p) => Number(b.readBigInt64LE(p)) },
  UV: { size: 8, read: (b, p) => Number(b.readBigUInt64LE(p)) },
};

/**
 * Native (uncompressed) Pixel Data must hold Rows × Columns × SamplesPerPixel × BitsAllocated / 8 ×
 * NumberOfFrames bytes (rounded up to whole bytes, then to an even length; two samples a pixel for
 * YBR_FULL_422 and YBR_PARTIAL_422, whose chrominance is shared by pairs of pixels, PS3.3 C.7.6.3.1.2):
 * a file cut short, or whose attributes describe other pixels, cannot be displayed or measured.
 * Returns what is wrong, or undefined when the length matches, the pixel data is encapsulated (its
 * frames are compressed) or there is none.
 */
export function nativePixelDataMismatch(parsed: ParsedDicom): string | undefined {
  const pixel = parsed.pixelData;
  if (!pixel || parsed.transferSyntaxUID in ENCAPSULATED_TRANSFER_SYNTAXES) return undefined;
  if (pixel.fragments) return `Pixel Data (7FE0,0010) is encapsulated although transfer syntax ${parsed.transferSyntaxUID} is native`;
  const ds = parsed.dataset;
  const rows = num(ds['00280010']);
  const columns = num(ds['00280011']);
  const bitsAllocated = num(ds['00280100']);
  if (rows === undefined || columns === undefined || bitsAllocated === undefined) {
    return 'Pixel Data (7FE0,0010) is present without Rows (0028,0010), Columns (0028,0011) or BitsAllocated (0028,0100): its length cannot be checked';
  }
  const subsampled = /^YBR_(FULL|PARTIAL)_422$/.test(str(ds['00280004']) ?? '');
  const samples = subsampled ? 2 : (num(ds['00280002']) ?? 1);
  const frames = num(ds['00280008']) ?? 1;
  const bytes = Math.ceil((rows * columns * samples * bitsAllocated * frames) / 8);
  const expected = bytes + (bytes % 2);
  if (pixel.length === expected || pixel.length === bytes) return undefined;
  const formula = `Rows × Columns × ${subsampled ? '2 (YBR 4:2:2)' : 'SamplesPerPixel'} × BitsAllocated / 8 × NumberOfFrames = ${rows} × ${columns} × ${samples} × ${bitsAllocated} / 8 × ${frames}`;
  return pixel.length < expected
    ? `Pixel Data (7FE0,0010) holds ${pixel.length} bytes, ${expected - pixel.length} fewer than the ${expected} that ${formula} requires: the pixels are cut short`
    : `Pixel Data (7FE0,0010) holds ${pixel.length} bytes, ${pixel.length - expected} more than the ${expected} that ${formula} requires`;
}

/** The first value of a string element, if any. */
export function str(element: DicomJsonElement | undefined): string | undefined {
  const v = element?.Value?.[0];
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'object') return (v as { Alphabetic?: string }).Alphabetic;
  return String(v);
}

export function num(element: DicomJsonElement | undefined): number | undefined {
  const v = element?.Value?.[0];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
