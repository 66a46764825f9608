// Part 10 reading and writing, and the transfer syntaxes the engine accepts.
import { readDataset, readMeta, type DicomElement } from './dataset-reader.ts';
import { writePart10File } from './dataset-writer.ts';
import { DeidError } from './errors.ts';
import { decodeAscii, encodeText, splitValues } from './text.ts';

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

/** The file meta information and the data set of a Part 10 file, read without copying anything. */
export interface Part10 {
  meta: DicomElement[];
  transferSyntax: string;
  dataset: DicomElement[];
}

function metaUid(meta: readonly DicomElement[], tag: number): string | undefined {
  const element = meta.find((candidate) => candidate.tag === tag);
  return element ? splitValues('UI', decodeAscii(element.value))[0] : undefined;
}

/**
 * Reads the meta information, refuses a transfer syntax the engine does not handle before
 * reading any further, then reads the data set (Implicit or Explicit VR Little Endian).
 */
export function readPart10(input: Uint8Array): Part10 {
  // A plain view of the same memory: subarrays of a Node Buffer are Buffers, slower to make.
  const bytes = input.constructor === Uint8Array ? input : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const { meta, datasetOffset } = readMeta(bytes);
  const transferSyntax = metaUid(meta, 0x00020010);
  if (!transferSyntax) throw new DeidError('missing-attribute', 'the file meta information has no TransferSyntaxUID (0002,0010)');
  outputTransferSyntax(transferSyntax);
  const dataset = readDataset(bytes, datasetOffset, transferSyntax === IMPLICIT_VR_LITTLE_ENDIAN, ENCAPSULATED_TRANSFER_SYNTAXES[transferSyntax] !== undefined);
  return { meta, transferSyntax, dataset };
}

export const IMPLEMENTATION_CLASS_UID = '2.25.85420639865789420851381398047658094724';
export const IMPLEMENTATION_VERSION_NAME = 'CORELAB_DEID_1';

function uidElement(tag: number, uid: string): DicomElement {
  return { tag, vr: 'UI', value: encodeText(uid) };
}

/** A new file meta information (nothing of the input's travels: its AE titles and private elements stay behind) and the data set. */
export function writePart10(dataset: readonly DicomElement[], sopClassUid: string, sopInstanceUid: string, transferSyntax: string): Uint8Array {
  const meta: DicomElement[] = [
    { tag: 0x00020001, vr: 'OB', value: new Uint8Array([0, 1]) },
    uidElement(0x00020002, sopClassUid),
    uidElement(0x00020003, sopInstanceUid),
    uidElement(0x00020010, transferSyntax),
    uidElement(0x00020012, IMPLEMENTATION_CLASS_UID),
    { tag: 0x00020013, vr: 'SH', value: encodeText(IMPLEMENTATION_VERSION_NAME) },
  ];
  return writePart10File(meta, dataset);
}
