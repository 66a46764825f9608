// Test DICOM built with dcmjs (not with our reader): de-identified-looking MR instances whose
// PatientID is a registered subject code, and the multipart/related bodies STOW-RS takes.
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';

interface DicomDictLike {
  dict: Record<string, unknown>;
  write(): ArrayBuffer;
}
const dcmjs = createRequire(import.meta.url)('dcmjs') as {
  data: {
    DicomDict: new (meta: Record<string, unknown>) => DicomDictLike;
    DicomMetaDictionary: { denaturalizeDataset(d: Record<string, unknown>): Record<string, unknown> };
  };
  log: { setLevel(level: string): void };
};
dcmjs.log.setLevel('error');

export const MR_STORAGE = '1.2.840.10008.5.1.4.1.1.4';
export const EXPLICIT_LE = '1.2.840.10008.1.2.1';
let counter = 0;
export const uid = () => `2.25.${BigInt(`0x${randomBytes(15).toString('hex')}`).toString()}`.slice(0, 64);

export interface InstanceOptions {
  subject: string;
  study?: string;
  series?: string;
  sop?: string;
  studyDate?: string;
  modality?: string;
  rows?: number;
  columns?: number;
  frames?: number;
  extra?: Record<string, unknown>;
  seriesNumber?: number;
  instanceNumber?: number;
  pixelFill?: number;
}

export function makeInstance(o: InstanceOptions): Buffer {
  const sop = o.sop ?? uid();
  const rows = o.rows ?? 32;
  const columns = o.columns ?? 32;
  const frames = o.frames ?? 1;
  const pixels = new Uint16Array(rows * columns * frames);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7 + (o.pixelFill ?? counter++)) & 0xfff;
  const meta = dcmjs.data.DicomMetaDictionary.denaturalizeDataset({
    FileMetaInformationVersion: new Uint8Array([0, 1]).buffer,
    MediaStorageSOPClassUID: MR_STORAGE,
    MediaStorageSOPInstanceUID: sop,
    TransferSyntaxUID: EXPLICIT_LE,
    ImplementationClassUID: '2.25.1234567',
  });
  const dict = new dcmjs.data.DicomDict(meta);
  dict.dict = dcmjs.data.DicomMetaDictionary.denaturalizeDataset({
    SpecificCharacterSet: 'ISO_IR 192',
    SOPClassUID: MR_STORAGE,
    SOPInstanceUID: sop,
    StudyDate: o.studyDate ?? '20240115',
    SeriesDate: o.studyDate ?? '20240115',
    StudyTime: '101500',
    Modality: o.modality ?? 'MR',
    StudyDescription: 'Cardiac MR',
    SeriesDescription: 'SAX cine',
    PatientName: o.subject,
    PatientID: o.subject,
    PatientSex: 'F',
    PatientIdentityRemoved: 'YES',
    DeidentificationMethod: 'PS3.15 Basic Profile',
    StudyInstanceUID: o.study ?? uid(),
    SeriesInstanceUID: o.series ?? uid(),
    SeriesNumber: o.seriesNumber ?? 1,
    InstanceNumber: o.instanceNumber ?? 1,
    LongitudinalTemporalInformationModified: 'MODIFIED',
    SamplesPerPixel: 1,
    PhotometricInterpretation: 'MONOCHROME2',
    ...(frames > 1 && { NumberOfFrames: frames }),
    Rows: rows,
    Columns: columns,
    BitsAllocated: 16,
    BitsStored: 12,
    HighBit: 11,
    PixelRepresentation: 0,
    ...o.extra,
  });
  dict.dict['7FE00010'] = { vr: 'OW', Value: [pixels.buffer] };
  return Buffer.from(dict.write());
}

export function stowBody(parts: Buffer[], boundary = `b-${randomBytes(6).toString('hex')}`): { body: Buffer; contentType: string } {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Type: application/dicom\r\n\r\n`), p, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/related; type="application/dicom"; boundary=${boundary}` };
}

/** Splits a multipart/related response into its parts. */
export function parseMultipart(body: Buffer, contentType: string): Array<{ headers: string; body: Buffer }> {
  const boundary = /boundary=([^;]+)/.exec(contentType)![1]!;
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  const parts: Array<{ headers: string; body: Buffer }> = [];
  let at = body.indexOf(delimiter);
  while (at !== -1) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const headerEnd = body.indexOf('\r\n\r\n', start);
    const next = body.indexOf(delimiter, headerEnd);
    parts.push({ headers: body.subarray(start + 2, headerEnd).toString(), body: body.subarray(headerEnd + 4, next) });
    at = next;
  }
  return parts;
}

type Tag = { vr: string; Value?: unknown[] };
export const value = (ds: Record<string, Tag>, tag: string) => ds[tag]?.Value?.[0];
