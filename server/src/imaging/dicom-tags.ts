// DICOM attributes by keyword and by tag, from the standard's dictionary (through dcmjs), and the
// attribute sets each DICOMweb query level stores and returns.
import { createRequire } from 'node:module';

interface Entry {
  tag: string;
  vr: string;
}
const dcmjs = createRequire(import.meta.url)('dcmjs') as { data: { DicomMetaDictionary: { nameMap: Record<string, Entry | undefined> } } };
const nameMap = dcmjs.data.DicomMetaDictionary.nameMap;

/** "00100020" for "PatientID" or "00100020"; undefined for an unknown name. */
export function tagOf(keywordOrTag: string): string | undefined {
  if (/^[0-9A-Fa-f]{8}$/.test(keywordOrTag)) return keywordOrTag.toUpperCase();
  const entry = nameMap[keywordOrTag];
  return entry ? entry.tag.replace(/[(),]/g, '').toUpperCase() : undefined;
}

/** Patient and study attributes kept with each study (from its first instance). */
export const STUDY_TAGS = new Set([
  '00080005', '00080020', '00080030', '00080050', '00080090', '00081030', '00080201',
  '00100010', '00100020', '00100030', '00100040', '00101010', '00101020', '00101030',
  '0020000D', '00200010', '00120010', '00120020', '00120021', '00120030', '00120031', '00120040', '00120050', '00120051',
  '00120062', '00120063', '00280303',
]);

export const SERIES_TAGS = new Set([
  '00080021', '00080031', '00080060', '0008103E', '00180015', '0020000E', '00200011', '00400244', '00400245',
  '00080070', '00081090', '00080080', '00081010', '00200052', '00181030', '00200060', '00181000',
]);

/** What QIDO-RS returns without includefield (PS3.18 table 10.6.3-3, 10.6.3-4, 10.6.3-5). */
export const STUDY_DEFAULT = ['00080005', '00080020', '00080030', '00080050', '00080056', '00080061', '00080090', '00081030', '00081190', '00100010', '00100020', '00100030', '00100040', '0020000D', '00200010', '00201206', '00201208'];
export const SERIES_DEFAULT = ['00080005', '00080021', '00080031', '00080056', '00080060', '0008103E', '00081190', '0020000D', '0020000E', '00200011', '00201209', '00400244', '00400245'];
export const INSTANCE_DEFAULT = ['00080016', '00080018', '00080056', '00081190', '0020000D', '0020000E', '00200013', '00280008', '00280010', '00280011', '00280100'];

export function pick(dataset: Record<string, unknown>, tags: Iterable<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const tag of tags) if (dataset[tag] !== undefined) out[tag] = dataset[tag];
  return out;
}

/** DICOM JSON objects are ordered by tag. */
export function sortedByTag<T>(dataset: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const tag of Object.keys(dataset).sort()) out[tag] = dataset[tag]!;
  return out;
}
