// Blinded DICOM files are rewritten on the fly rather than stored twice: the header of the stored
// file is re-read (the reader gives each top-level element's byte span) and the blinded elements'
// values replaced, the rest of the bytes copied as they are. This keeps one stored copy whose hash
// is the sealed one, at the cost of one re-read of the header per file served to a blinded reader.
// Nested dates (inside sequences) are not rewritten in files; the metadata view blinds them too.
import { blindedValue } from './blinding.ts';
import { readDicom, type ParsedDicom } from './dicom-reader.ts';

const SHORT_HEADER_VRS = new Set(['AE', 'AS', 'AT', 'CS', 'DA', 'DS', 'DT', 'FD', 'FL', 'IS', 'LO', 'LT', 'PN', 'SH', 'SL', 'SS', 'ST', 'TM', 'UI', 'UL', 'US']);

export function blindDicomFile(file: Buffer, parsed: ParsedDicom = readDicom(file)): Buffer {
  const pieces: Buffer[] = [];
  let copied = 0;
  for (const span of parsed.spans) {
    const element = parsed.dataset[span.tag];
    if (!element || span.vr === 'SQ') continue;
    const replacement = blindedValue(span.tag, element);
    if (!replacement || replacement === element) continue;
    const text = (replacement.Value ?? []).map(String).join('\\');
    const value = Buffer.from(text.length % 2 === 1 ? `${text} ` : text, 'latin1');
    pieces.push(file.subarray(copied, span.start));
    pieces.push(encodeHeader(file, span.start, span.vr, value.length, parsed.explicitVR), value);
    copied = span.valueOffset + span.valueLength;
  }
  if (pieces.length === 0) return file;
  pieces.push(file.subarray(copied));
  return Buffer.concat(pieces);
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
