// Blinded DICOM files are rewritten on the fly rather than stored twice: the header of the stored
// file is re-read and the blinded elements' values replaced, the rest of the bytes copied as they
// are. This keeps one stored copy whose hash is the sealed one, at the cost of one re-read of the
// header per file served to a blinded reader.
// - Top-level elements (the reader gives each one's byte span) get the neutral value itself, their
//   length rewritten.
// - Elements inside sequences (dates in a referenced-study or acquisition-context item, a centre's
//   name in a procedure code...) are rewritten in place at the same length, so no enclosing item or
//   sequence length changes: the neutral value padded with spaces, a date-time cut to a shorter
//   valid precision ("1900", "190001"...), and a value too short for any neutral text emptied (all
//   spaces). Their VRs come from the bytes (explicit VR) or from the reader's data set (implicit).
import { blindedValue, NEUTRAL_DATETIME } from './blinding.ts';
import { readDicom, type DicomJson, type ParsedDicom } from './dicom-reader.ts';

const SHORT_HEADER_VRS = new Set(['AE', 'AS', 'AT', 'CS', 'DA', 'DS', 'DT', 'FD', 'FL', 'IS', 'LO', 'LT', 'PN', 'SH', 'SL', 'SS', 'ST', 'TM', 'UI', 'UL', 'US']);
const UNDEFINED = 0xffffffff;
/** Deeper than any file the reader accepts (CORELAB_DICOM_MAX_SEQUENCE_DEPTH); a guard against a damaged blob. */
const MAX_DEPTH = 64;

export function blindDicomFile(file: Buffer, parsed: ParsedDicom = readDicom(file)): Buffer {
  const source = blindNested(file, parsed);
  const pieces: Buffer[] = [];
  let copied = 0;
  for (const span of parsed.spans) {
    const element = parsed.dataset[span.tag];
    if (!element || span.vr === 'SQ') continue;
    const replacement = blindedValue(span.tag, element);
    if (!replacement || replacement === element) continue;
    const text = (replacement.Value ?? []).map(String).join('\\');
    const value = Buffer.from(text.length % 2 === 1 ? `${text} ` : text, 'latin1');
    pieces.push(source.subarray(copied, span.start));
    pieces.push(encodeHeader(source, span.start, span.vr, value.length, parsed.explicitVR), value);
    copied = span.valueOffset + span.valueLength;
  }
  if (pieces.length === 0) return source;
  pieces.push(source.subarray(copied));
  return Buffer.concat(pieces);
}

interface NestedEdit {
  offset: number;
  value: Buffer;
}

/** The file with the blinded elements inside its top-level sequences rewritten in place (a copy; the file itself when none). */
function blindNested(file: Buffer, parsed: ParsedDicom): Buffer {
  const edits: NestedEdit[] = [];
  for (const span of parsed.spans) {
    if (span.vr === 'SQ') walkElement(file, span.start, parsed.explicitVR, parsed.dataset, 0, edits, false);
  }
  if (edits.length === 0) return file;
  const out = Buffer.from(file);
  for (const edit of edits) edit.value.copy(out, edit.offset);
  return out;
}

function damaged(what: string, at: number): Error {
  return new Error(`the stored file is damaged: ${what} at byte ${at}`);
}

/** Walks one element at `pos` (recording edits for the blinded ones when `nested`), returns where the next one starts. */
function walkElement(file: Buffer, pos: number, explicit: boolean, item: DicomJson | undefined, depth: number, edits: NestedEdit[], nested: boolean): number {
  if (pos + 8 > file.length) throw damaged('an element header past the end', pos);
  const group = file.readUInt16LE(pos);
  const element = file.readUInt16LE(pos + 2);
  const key = (group.toString(16).padStart(4, '0') + element.toString(16).padStart(4, '0')).toUpperCase();
  const known = item?.[key];
  let vr: string;
  let length: number;
  let valueOffset: number;
  if (explicit) {
    vr = file.toString('latin1', pos + 4, pos + 6);
    if (SHORT_HEADER_VRS.has(vr)) {
      length = file.readUInt16LE(pos + 6);
      valueOffset = pos + 8;
    } else {
      if (pos + 12 > file.length) throw damaged('an element header past the end', pos);
      length = file.readUInt32LE(pos + 8);
      valueOffset = pos + 12;
    }
  } else {
    vr = known?.vr ?? 'UN';
    length = file.readUInt32LE(pos + 4);
    valueOffset = pos + 8;
  }
  const items = known?.vr === 'SQ' ? (known.Value as DicomJson[] | undefined) : undefined;
  if (length === UNDEFINED) {
    // A sequence (or a UN of undefined length, whose items are Implicit VR Little Endian, PS3.5 6.2.2).
    if (vr !== 'SQ' && vr !== 'UN') throw damaged(`element (${key}) of undefined length that is not a sequence`, pos);
    return walkSequence(file, valueOffset, UNDEFINED, explicit && vr === 'SQ', items, depth + 1, edits);
  }
  if (valueOffset + length > file.length) throw damaged(`element (${key}) longer than the file`, pos);
  if (vr === 'SQ') {
    return walkSequence(file, valueOffset, length, explicit && vr === 'SQ', items, depth + 1, edits);
  }
  if (nested && known) {
    const replacement = blindedValue(key, known);
    if (replacement && replacement !== known) edits.push({ offset: valueOffset, value: fitted((replacement.Value ?? []).map(String).join('\\'), length, known.vr) });
  }
  return valueOffset + length;
}

function walkSequence(file: Buffer, pos: number, length: number, explicit: boolean, items: DicomJson[] | undefined, depth: number, edits: NestedEdit[]): number {
  if (depth > MAX_DEPTH) throw damaged('sequences nested too deep', pos);
  const end = length === UNDEFINED ? file.length : pos + length;
  let index = 0;
  while (pos < end) {
    if (pos + 8 > file.length) throw damaged('a sequence item past the end', pos);
    const group = file.readUInt16LE(pos);
    const element = file.readUInt16LE(pos + 2);
    const itemLength = file.readUInt32LE(pos + 4);
    pos += 8;
    if (group === 0xfffe && element === 0xe0dd) return pos;
    if (group !== 0xfffe || element !== 0xe000) throw damaged('no sequence item', pos - 8);
    const itemEnd = itemLength === UNDEFINED ? end : pos + itemLength;
    const item = items?.[index++];
    while (pos < itemEnd) {
      if (itemLength === UNDEFINED && pos + 8 <= file.length && file.readUInt16LE(pos) === 0xfffe && file.readUInt16LE(pos + 2) === 0xe00d) {
        pos += 8;
        break;
      }
      pos = walkElement(file, pos, explicit, item, depth, edits, true);
    }
  }
  if (length === UNDEFINED) throw damaged('a sequence of undefined length without its delimiter', pos);
  return pos;
}

/** A neutral value in exactly `length` bytes (see the header). */
function fitted(text: string, length: number, vr: string): Buffer {
  let value = text;
  if (value.length > length && vr === 'DT') value = [14, 12, 10, 8, 6, 4].map((n) => NEUTRAL_DATETIME.slice(0, n)).find((v) => v.length <= length) ?? '';
  if (value.length > length) value = '';
  return Buffer.from(value.padEnd(length, ' '), 'latin1');
}

function encodeHeader(file: Buffer, start: number, vr: string, length: number, explicit: boolean): Buffer {
  const tag = file.subarray(start, start + 4);
  if (!explicit) {
    const header = Buffer.alloc(8);
    tag.copy(header);
    header.writeUInt32LE(length, 4);
    return header;
  }
  if (SHORT_HEADER_VRS.has(vr)) {
    const header = Buffer.alloc(8);
    tag.copy(header);
    header.write(vr, 4, 'latin1');
    header.writeUInt16LE(length, 6);
    return header;
  }
  const header = Buffer.alloc(12);
  tag.copy(header);
  header.write(vr, 4, 'latin1');
  header.writeUInt32LE(length, 8);
  return header;
}
