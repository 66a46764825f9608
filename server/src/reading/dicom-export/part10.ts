// Part 10 encoding through dcmjs (it ships no type declarations: this is the typed slice we use).
import { createRequire } from 'node:module';

export type DicomJsonDataset = Record<string, { vr: string; Value?: unknown[]; InlineBinary?: string; BulkDataURI?: string }>;
export type NaturalDataset = Record<string, unknown>;

interface DicomDictInstance {
  dict: DicomJsonDataset;
  write(options?: { allowInvalidVRLength?: boolean }): ArrayBuffer;
}

interface Dcmjs {
  data: {
    DicomDict: new (meta: DicomJsonDataset) => DicomDictInstance;
    DicomMetaDictionary: {
      denaturalizeDataset(dataset: NaturalDataset): DicomJsonDataset;
      naturalizeDataset(dataset: DicomJsonDataset): NaturalDataset;
    };
  };
  log: { setLevel(level: string): void };
}

const dcmjs = createRequire(import.meta.url)('dcmjs') as Dcmjs;
dcmjs.log.setLevel('error');

export const EXPLICIT_VR_LITTLE_ENDIAN = '1.2.840.10008.1.2.1';
/** Our implementation's class UID (under the UUID-derived root, fixed). */
export const IMPLEMENTATION_CLASS_UID = '2.25.163729277270410058208623802906902732094';
export const IMPLEMENTATION_VERSION_NAME = 'CORELAB_EXPORT1';

/** A naturalized dataset (keywords as names, sequences as arrays of datasets) as Part 10 bytes. */
export function writePart10(dataset: NaturalDataset): Uint8Array {
  const sopClassUID = dataset.SOPClassUID as string;
  const sopInstanceUID = dataset.SOPInstanceUID as string;
  const meta = dcmjs.data.DicomMetaDictionary.denaturalizeDataset({
    FileMetaInformationVersion: new Uint8Array([0, 1]).buffer,
    MediaStorageSOPClassUID: sopClassUID,
    MediaStorageSOPInstanceUID: sopInstanceUID,
    TransferSyntaxUID: EXPLICIT_VR_LITTLE_ENDIAN,
    ImplementationClassUID: IMPLEMENTATION_CLASS_UID,
    ImplementationVersionName: IMPLEMENTATION_VERSION_NAME,
  });
  const dict = new dcmjs.data.DicomDict(meta);
  dict.dict = dcmjs.data.DicomMetaDictionary.denaturalizeDataset(dataset);
  return new Uint8Array(dict.write());
}

/** DICOM JSON elements (as the index stores them) as a naturalized dataset. */
export function naturalize(json: DicomJsonDataset): NaturalDataset {
  return dcmjs.data.DicomMetaDictionary.naturalizeDataset(json);
}
