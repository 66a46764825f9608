// dcmjs ships no type declarations: this is the typed slice of its API that the phantom uses
// (loaded through require, so no ambient module declaration competes with another one).
import { createRequire } from 'node:module';

export type DicomJsonDataset = Record<string, { vr: string; Value?: unknown[] }>;
export type NaturalDataset = Record<string, unknown>;

interface DicomDictInstance {
  dict: DicomJsonDataset;
  meta: DicomJsonDataset;
  write(options?: { allowInvalidVRLength?: boolean }): ArrayBuffer;
}

export interface Dcmjs {
  data: {
    DicomDict: new (meta: DicomJsonDataset) => DicomDictInstance;
    DicomMessage: { readFile(buffer: ArrayBuffer, options?: Record<string, unknown>): DicomDictInstance };
    DicomMetaDictionary: {
      denaturalizeDataset(dataset: NaturalDataset): DicomJsonDataset;
      naturalizeDataset(dataset: DicomJsonDataset): NaturalDataset;
    };
  };
}

export const dcmjs = createRequire(import.meta.url)('dcmjs') as Dcmjs;
