// DICOM attributes by standard keyword, as the conformance checks read them from the DICOM JSON
// model (PS3.18 F.2) that the imaging index keeps for each instance.
import { createRequire } from 'node:module';
import type { DicomJson } from '../imaging/dicom-reader.ts';

interface DictionaryEntry {
  tag: string;
  vr: string;
}
const dcmjs = createRequire(import.meta.url)('dcmjs') as { data: { DicomMetaDictionary: { nameMap: Record<string, DictionaryEntry | undefined> } } };
const nameMap = dcmjs.data.DicomMetaDictionary.nameMap;

/** Value representations a rule can compare: not sequences, not binary data. */
const NOT_COMPARABLE = new Set(['SQ', 'OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'UN']);

export type AttributeLookup = { tag: string; vr: string } | { problem: 'unknown-attribute' | 'attribute-not-comparable' };

export function lookUpAttribute(keyword: string): AttributeLookup {
  const entry = Object.hasOwn(nameMap, keyword) ? nameMap[keyword] : undefined;
  if (!entry || !/^\(\w{4},\w{4}\)$/.test(entry.tag)) return { problem: 'unknown-attribute' };
  if (NOT_COMPARABLE.has(entry.vr)) return { problem: 'attribute-not-comparable' };
  return { tag: entry.tag.replace(/[(),]/g, '').toUpperCase(), vr: entry.vr };
}

/** The tag of a keyword already validated by lookUpAttribute. */
export function tagOfKeyword(keyword: string): string {
  const found = lookUpAttribute(keyword);
  if (!('tag' in found)) throw new Error(`${keyword} is not a comparable DICOM attribute`);
  return found.tag;
}

/** The values of an attribute in one instance, or undefined when it is absent or empty. */
export function valuesOf(instance: DicomJson, tag: string): Array<string | number> | undefined {
  const values = instance[tag]?.Value;
  if (!values || values.length === 0) return undefined;
  return values.map((v) => (typeof v === 'number' ? v : typeof v === 'object' && v !== null ? String((v as { Alphabetic?: string }).Alphabetic ?? '') : String(v)));
}

export function numbersOf(instance: DicomJson, tag: string): number[] | undefined {
  const values = valuesOf(instance, tag);
  if (!values) return undefined;
  const numbers = values.map((v) => (typeof v === 'number' ? v : Number(v)));
  return numbers.every((n) => Number.isFinite(n)) ? numbers : undefined;
}

export const TAGS = {
  SliceThickness: '00180050',
  SpacingBetweenSlices: '00180088',
  ImagePositionPatient: '00200032',
  ImageOrientationPatient: '00200037',
  PixelSpacing: '00280030',
  MagneticFieldStrength: '00180087',
  TriggerTime: '00181060',
  NominalInterval: '00181062',
  CardiacNumberOfImages: '00181090',
  SeriesInstanceUID: '0020000E',
  SeriesNumber: '00200011',
  SeriesDescription: '0008103E',
} as const;
