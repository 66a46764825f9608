// Part 10 reading and writing through dcmjs, and the transfer syntaxes the engine accepts.
import dcmjs, { type DcmjsDataset, type DicomDict } from 'dcmjs';
import { DeidError } from './errors.ts';

dcmjs.log.setLevel('error');

export const IMPLICIT_VR_LITTLE_ENDIAN = '1.2.840.10008.1.2';
export const EXPLICIT_VR_LITTLE_ENDIAN = '1.2.840.10008.1.2.1';

/** Encapsulated (compressed) transfer syntaxes kept as they are: the compressed frames are copied unchanged. */
export const ENCAPSULATED_TRANSFER_SYNTAXES: Readonly<Record<string, string>> = {
  '1.2.840.10008.1.2.4.50': 'JPEG Baseline (Process 1)',
  '1.2.840.10008.1.2.4.51': 'JPEG Extended (Process 2 & 4)',
  '1.2.840.10008.1.2.4.57': 'JPEG Lossless, Non-Hierarchical (Process 14)',
  '1.2.840.10008.1.2.4.70': 'JPEG Lossless, Non-Hierarchical, First-Order Prediction',
  '1.2.840.10008.1.2.4.80': 'JPEG-LS Lossless',
  '1.2.840.10008.1.2.4.81': 'JPEG-LS Lossy (Near-Lossless)',
  '1.2.840.10008.1.2.4.90': 'JPEG 2000 (Lossless Only)',
  '1.2.840.10008.1.2.4.91': 'JPEG 2000',
  '1.2.840.10008.1.2.4.201': 'High-Throughput JPEG 2000 (Lossless Only)',
  '1.2.840.10008.1.2.4.202': 'High-Throughput JPEG 2000 with RPCL Options (Lossless Only)',
  '1.2.840.10008.1.2.4.203': 'High-Throughput JPEG 2000',
  '1.2.840.10008.1.2.5': 'RLE Lossless',
};

const DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN = '1.2.840.10008.1.2.1.99';

const REFUSED_TRANSFER_SYNTAXES: Readonly<Record<string, string>> = {
  '1.2.840.10008.1.2.2': 'Explicit VR Big Endian (retired) is not supported: convert the file to Explicit VR Little Endian first',
  [DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN]: 'Deflated Explicit VR Little Endian is not supported: inflate the file to Explicit VR Little Endian first',
};

/** The transfer syntax the output is written in: Explicit VR Little Endian, or the input's own when encapsulated. */
export function outputTransferSyntax(input: string): string {
  if (input === IMPLICIT_VR_LITTLE_ENDIAN || input === EXPLICIT_VR_LITTLE_ENDIAN) return EXPLICIT_VR_LITTLE_ENDIAN;
  if (ENCAPSULATED_TRANSFER_SYNTAXES[input] !== undefined) return input;
  const refused = REFUSED_TRANSFER_SYNTAXES[input];
  throw new DeidError('unsupported-transfer-syntax', `transfer syntax ${input}: ${refused ?? 'not supported (accepted: Implicit and Explicit VR Little Endian, JPEG, JPEG-LS, JPEG 2000, HTJ2K, RLE)'}`);
}

export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}

export function readPart10(bytes: Uint8Array): DicomDict {
  if (bytes.byteLength < 132 || String.fromCharCode(bytes[128]!, bytes[129]!, bytes[130]!, bytes[131]!) !== 'DICM') {
    throw new DeidError('not-dicom', 'not a DICOM Part 10 file: no DICM prefix after the 128-byte preamble');
  }
  let file: DicomDict;
  try {
    file = dcmjs.data.DicomMessage.readFile(toArrayBuffer(bytes));
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new DeidError('sequence-too-deep', 'sequences are nested too deep to read');
    }
    throw new DeidError('unreadable-dicom', `the DICOM file cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  // Deflated data sets are inflated by dcmjs and may rightly be longer than the file (and are refused later).
  if (file.meta['00020010']?.Value?.[0] !== DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN) checkValueLengths(file.dict, bytes.byteLength, '');
  return file;
}

/**
 * dcmjs misreads some files without an error: an Explicit VR UN element of defined length that
 * holds an Implicit VR sequence (pydicom's rtdose_rle.dcm) is parsed as Explicit VR and yields a
 * value of hundreds of megabytes from a file of a few kilobytes. No value can be longer than the file.
 */
function checkValueLengths(dataset: DcmjsDataset, fileLength: number, path: string): void {
  for (const [tag, element] of Object.entries(dataset)) {
    for (const value of element.Value ?? []) {
      if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
        if (value.byteLength > fileLength) {
          throw new DeidError('unreadable-dicom', `the DICOM file cannot be read: element ${path}(${tag.slice(0, 4)},${tag.slice(4)}) was read as ${value.byteLength} bytes, longer than the file (${fileLength} bytes)`);
        }
      } else if (element.vr === 'SQ' && value !== null && typeof value === 'object') {
        checkValueLengths(value as DcmjsDataset, fileLength, `${path}(${tag.slice(0, 4)},${tag.slice(4)}) > `);
      }
    }
  }
}

export const IMPLEMENTATION_CLASS_UID = '2.25.85420639865789420851381398047658094724';
export const IMPLEMENTATION_VERSION_NAME = 'CORELAB_DEID_1';

export function writePart10(dataset: DcmjsDataset, sopClassUid: string, sopInstanceUid: string, transferSyntax: string): Uint8Array {
  const meta: DcmjsDataset = {
    '00020001': { vr: 'OB', Value: [new Uint8Array([0, 1]).buffer] },
    '00020002': { vr: 'UI', Value: [sopClassUid] },
    '00020003': { vr: 'UI', Value: [sopInstanceUid] },
    '00020010': { vr: 'UI', Value: [transferSyntax] },
    '00020012': { vr: 'UI', Value: [IMPLEMENTATION_CLASS_UID] },
    '00020013': { vr: 'SH', Value: [IMPLEMENTATION_VERSION_NAME] },
  };
  const dict = new dcmjs.data.DicomDict(meta);
  dict.dict = dataset;
  try {
    return new Uint8Array(dict.write({ allowInvalidVRLength: false, fragmentMultiframe: false }));
  } catch (error) {
    throw new DeidError('unwritable-dicom', `the de-identified data set cannot be written: ${error instanceof Error ? error.message : String(error)}`);
  }
}
