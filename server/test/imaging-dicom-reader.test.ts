// The native pixel data length check: files written by dcmjs (not by our reader) whose Pixel Data
// holds as many bytes as their attributes require, fewer, or more.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { nativePixelDataMismatch, readDicom } from '../src/imaging/dicom-reader.ts';
import { makeInstance, uid } from './imaging-fixtures.ts';

interface DicomDictLike {
  dict: Record<string, unknown>;
  write(): ArrayBuffer;
}
const dcmjs = createRequire(import.meta.url)('dcmjs') as {
  data: { DicomDict: new (meta: Record<string, unknown>) => DicomDictLike; DicomMetaDictionary: { denaturalizeDataset(d: Record<string, unknown>): Record<string, unknown> } };
};

interface Pixels {
  rows?: number;
  columns?: number;
  bitsAllocated?: number;
  samples?: number;
  frames?: number;
  photometric?: string;
  /** Bytes actually written into Pixel Data. */
  length: number;
  transferSyntax?: string;
}

function fileWith(p: Pixels): Buffer {
  const sop = uid();
  const dict = new dcmjs.data.DicomDict(
    dcmjs.data.DicomMetaDictionary.denaturalizeDataset({
      FileMetaInformationVersion: new Uint8Array([0, 1]).buffer,
      MediaStorageSOPClassUID: '1.2.840.10008.5.1.4.1.1.7',
      MediaStorageSOPInstanceUID: sop,
      TransferSyntaxUID: p.transferSyntax ?? '1.2.840.10008.1.2.1',
      ImplementationClassUID: '2.25.1234567',
    }),
  );
  dict.dict = dcmjs.data.DicomMetaDictionary.denaturalizeDataset({
    SOPClassUID: '1.2.840.10008.5.1.4.1.1.7',
    SOPInstanceUID: sop,
    ...(p.samples !== undefined && { SamplesPerPixel: p.samples }),
    PhotometricInterpretation: p.photometric ?? 'MONOCHROME2',
    ...(p.frames !== undefined && { NumberOfFrames: p.frames }),
    ...(p.rows !== undefined && { Rows: p.rows }),
    ...(p.columns !== undefined && { Columns: p.columns }),
    ...(p.bitsAllocated !== undefined && { BitsAllocated: p.bitsAllocated, BitsStored: p.bitsAllocated, HighBit: p.bitsAllocated - 1 }),
    PixelRepresentation: 0,
  });
  // dcmjs pads an odd-length value to an even length itself, as a conforming writer does.
  dict.dict['7FE00010'] = { vr: p.bitsAllocated === 16 ? 'OW' : 'OB', Value: [new Uint8Array(p.length).fill(7).buffer] };
  return Buffer.from(dict.write());
}

const mismatch = (p: Pixels) => nativePixelDataMismatch(readDicom(fileWith(p)));

test('native pixel data of the length its attributes require is accepted, padded to even length or not', () => {
  assert.equal(mismatch({ rows: 32, columns: 32, bitsAllocated: 16, samples: 1, length: 32 * 32 * 2 }), undefined);
  assert.equal(mismatch({ rows: 3, columns: 3, bitsAllocated: 8, samples: 1, length: 9 }), undefined, '9 bytes padded to 10');
  assert.equal(mismatch({ rows: 4, columns: 4, bitsAllocated: 8, samples: 3, photometric: 'RGB', length: 48 }), undefined);
  assert.equal(mismatch({ rows: 4, columns: 4, bitsAllocated: 16, samples: 1, frames: 5, length: 4 * 4 * 2 * 5 }), undefined);
  assert.equal(mismatch({ rows: 8, columns: 5, bitsAllocated: 1, samples: 1, length: 6 }), undefined, '40 one-bit pixels in 5 bytes, padded to 6');
  // YBR_FULL_422: two samples a pixel (Y for each, Cb and Cr shared by a pair).
  assert.equal(mismatch({ rows: 10, columns: 10, bitsAllocated: 8, samples: 3, photometric: 'YBR_FULL_422', length: 200 }), undefined);
  // SamplesPerPixel absent counts as one sample.
  assert.equal(mismatch({ rows: 2, columns: 2, bitsAllocated: 16, length: 8 }), undefined);
  assert.equal(nativePixelDataMismatch(readDicom(makeInstance({ subject: 'N001', rows: 64, columns: 48, frames: 3 }))), undefined);
});

test('native pixel data shorter or longer than its attributes require is named, with the figures', () => {
  const short = mismatch({ rows: 64, columns: 64, bitsAllocated: 16, samples: 1, length: 8130 });
  assert.match(short ?? '', /holds 8130 bytes, 62 fewer than the 8192 that .* = 64 × 64 × 1 × 16 \/ 8 × 1 requires: the pixels are cut short/);
  const frames = mismatch({ rows: 4, columns: 4, bitsAllocated: 16, samples: 1, frames: 3, length: 32 });
  assert.match(frames ?? '', /holds 32 bytes, 64 fewer than the 96/);
  const rgb = mismatch({ rows: 10, columns: 10, bitsAllocated: 8, samples: 3, photometric: 'RGB', length: 200 });
  assert.match(rgb ?? '', /holds 200 bytes, 100 fewer than the 300/, 'full RGB needs three samples a pixel');
  const long = mismatch({ rows: 64, columns: 64, bitsAllocated: 16, samples: 1, length: 8320 });
  assert.match(long ?? '', /holds 8320 bytes, 128 more than the 8192/);
  const missing = mismatch({ columns: 64, bitsAllocated: 16, samples: 1, length: 128 });
  assert.match(missing ?? '', /without Rows .* its length cannot be checked/);
});

test('encapsulated pixel data is not measured against the attributes (its frames are compressed)', () => {
  const parsed = readDicom(makeInstance({ subject: 'N001' }));
  // The same native file's pixel length under an encapsulated transfer syntax: not this check's business.
  assert.equal(nativePixelDataMismatch({ ...parsed, transferSyntaxUID: '1.2.840.10008.1.2.4.50', pixelData: { offset: parsed.pixelData!.offset, length: 10 } }), undefined);
  assert.equal(nativePixelDataMismatch({ ...parsed, pixelData: undefined }), undefined, 'no pixel data, nothing to check');
  // Encapsulated fragments under a native transfer syntax are a contradiction of their own.
  assert.match(nativePixelDataMismatch({ ...parsed, pixelData: { offset: 0, length: 10, fragments: [{ offset: 0, length: 10 }] } }) ?? '', /encapsulated although transfer syntax 1\.2\.840\.10008\.1\.2\.1 is native/);
});
