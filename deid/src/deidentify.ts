// De-identification of one DICOM Part 10 file (PS3.15 Annex E), identical in Node and in a browser:
// Uint8Array in, Uint8Array out, no platform APIs.
import type { DcmjsDataset, DcmjsElement } from 'dcmjs';
import { buildActionTable, CORELAB_PROFILE, type Action, type ActionTable, type ProfileOptions } from './action-table.ts';
import { keywordOf } from './dictionary.ts';
import { DeidError } from './errors.ts';
import { dateShiftDays, remapUid } from './keyed.ts';
import { ENCAPSULATED_TRANSFER_SYNTAXES, outputTransferSyntax, readPart10, writePart10 } from './part10.ts';
import { PS315_SNAPSHOT_DATE } from './ps315-table.ts';
import { dummyValue, isSafeDescriptor, shiftDaValue, shiftDateTime } from './values.ts';

export const MAX_SEQUENCE_DEPTH = 16;
export const SUBJECT_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * Modalities whose images often carry burned-in text (ultrasound, angiography, secondary capture,
 * endoscopy, projection radiography, photography...): with BurnedInAnnotation absent they are
 * quarantined. MR, CT, PT, NM and the rest are not: their pixels are reconstructed, not screen captures.
 */
export const BURNED_IN_TEXT_MODALITIES: ReadonlySet<string> = new Set([
  'US', 'IVUS', 'XA', 'RF', 'SC', 'OT', 'ES', 'DX', 'CR', 'MG', 'IO', 'PX', 'GM', 'SM', 'XC', 'OP', 'DOC',
]);

export interface DeidentifyOptions {
  /** The project's pseudonymous subject code: becomes PatientName and PatientID. */
  subjectCode: string;
  /** The centre's secret de-identification key, 32 bytes: UIDs and the date shift derive from it. */
  key: Uint8Array;
  /** Profile options; default CORELAB_PROFILE. */
  profile?: Partial<ProfileOptions>;
}

export interface AppliedAction {
  /** Tag path: '00100010', or '00081140[0].00081155' inside a sequence item. */
  path: string;
  keyword: string;
  /** The action applied; 'C' split by what cleaning did. */
  action: Action | 'C:shifted' | 'C:kept' | 'C:emptied';
}

/** What was done, without any value from the input: safe to log. */
export interface DeidReport {
  subjectCode: string;
  dateShiftDays: number;
  sopClassUid: string | undefined;
  modality: string | undefined;
  inputTransferSyntax: string | undefined;
  outputTransferSyntax: string | undefined;
  profile: ProfileOptions;
  /** Every attribute that was not simply kept. */
  applied: AppliedAction[];
  counts: { removed: number; emptied: number; dummied: number; uidsRemapped: number; datesShifted: number; descriptorsEmptied: number; privateRemoved: number };
}

export type DeidentifyResult =
  | { status: 'deidentified'; output: Uint8Array; report: DeidReport }
  | { status: 'quarantined'; reason: string; report: DeidReport };

const tableCache = new Map<string, ActionTable>();

function actionTableFor(profile: ProfileOptions): ActionTable {
  const cacheKey = JSON.stringify(profile);
  let table = tableCache.get(cacheKey);
  if (!table) {
    table = buildActionTable(profile);
    tableCache.set(cacheKey, table);
  }
  return table;
}

const WELL_KNOWN_UID_ROOT = '1.2.840.10008.';
/** UI attributes the table does not list but that identify an instance, series, study or frame of reference. */
const INSTANCE_UID_KEYWORD = /(InstanceUID|StudyUID|SeriesUID|FrameOfReferenceUID|ConcatenationUID|UIDInFile)$/;
const DATE_VRS = new Set(['DA', 'DT']);
const TEXT_VRS = new Set(['LO', 'SH', 'ST', 'LT', 'UT', 'UC', 'PN', 'CS']);

interface Walk {
  table: ActionTable;
  key: Uint8Array;
  days: number;
  shiftDates: boolean;
  report: DeidReport;
}

function stringValues(element: DcmjsElement): string[] {
  return (element.Value ?? []).map((value) => (typeof value === 'object' && value !== null && 'Alphabetic' in value ? String((value as { Alphabetic: unknown }).Alphabetic ?? '') : String(value ?? '')));
}

function remapUids(walk: Walk, element: DcmjsElement): DcmjsElement {
  const Value = stringValues(element).map((uid) => (uid === '' || uid.startsWith(WELL_KNOWN_UID_ROOT) ? uid : remapUid(walk.key, uid)));
  walk.report.counts.uidsRemapped += Value.length;
  return { vr: element.vr, Value };
}

function shiftDates(walk: Walk, element: DcmjsElement): DcmjsElement | undefined {
  const shifted = stringValues(element).map((value) => (element.vr === 'DA' ? shiftDaValue(value, walk.days) : value.trim() === '' ? '' : shiftDateTime(value, walk.days)));
  if (shifted.some((value) => value === undefined)) return undefined;
  walk.report.counts.datesShifted += shifted.length;
  return { vr: element.vr, Value: shifted };
}

function processItems(walk: Walk, element: DcmjsElement, path: string, depth: number): DcmjsElement {
  const items = (element.Value ?? []) as DcmjsDataset[];
  return { vr: 'SQ', Value: items.map((item, index) => processDataset(walk, item ?? {}, `${path}[${index}].`, depth + 1)) };
}

/** Clean (C): dates shift, sequences recurse, descriptors stay only when made of the safe vocabulary. */
function clean(walk: Walk, element: DcmjsElement, path: string, keyword: string, depth: number): DcmjsElement {
  const note = (action: AppliedAction['action']) => walk.report.applied.push({ path, keyword, action });
  if (element.vr === 'SQ') {
    note('C:kept');
    return processItems(walk, element, path, depth);
  }
  if (DATE_VRS.has(element.vr)) {
    const shifted = shiftDates(walk, element);
    note(shifted ? 'C:shifted' : 'C:emptied');
    return shifted ?? { vr: element.vr, Value: [] };
  }
  if (TEXT_VRS.has(element.vr) && !stringValues(element).every(isSafeDescriptor)) {
    walk.report.counts.descriptorsEmptied += 1;
    note('C:emptied');
    return { vr: element.vr, Value: [] };
  }
  note('C:kept');
  return element;
}

function applyAction(walk: Walk, tag: string, element: DcmjsElement, path: string, depth: number): DcmjsElement | undefined {
  const { table, report } = walk;
  const listed = table.entryFor(tag);
  const keyword = listed?.keyword ?? keywordOf(tag);
  let action = table.actionFor(tag);
  if (action === 'K' && element.vr === 'UI' && !listed && INSTANCE_UID_KEYWORD.test(keyword) && !table.options.retainUIDs) action = 'U';
  const note = () => report.applied.push({ path, keyword, action });
  switch (action) {
    case 'X':
      if (listed?.tag === 'private') report.counts.privateRemoved += 1;
      report.counts.removed += 1;
      note();
      return undefined;
    case 'Z':
      report.counts.emptied += 1;
      note();
      return { vr: element.vr, Value: [] };
    case 'D':
      note();
      if (element.vr === 'UI') return remapUids(walk, element);
      report.counts.dummied += 1;
      return { vr: element.vr, Value: dummyValue(element.vr) };
    case 'U':
      note();
      if (element.vr === 'SQ') return processItems(walk, element, path, depth);
      return remapUids(walk, element);
    case 'C':
      return clean(walk, element, path, keyword, depth);
    case 'K':
      if (element.vr === 'SQ') return processItems(walk, element, path, depth);
      // Dates the table does not list are shifted too: any date is a date of the patient's care.
      if (walk.shiftDates && DATE_VRS.has(element.vr)) return clean(walk, element, path, keyword, depth);
      return element;
  }
}

function processDataset(walk: Walk, dataset: DcmjsDataset, prefix: string, depth: number): DcmjsDataset {
  if (depth > MAX_SEQUENCE_DEPTH) throw new DeidError('sequence-too-deep', `sequences nested deeper than ${MAX_SEQUENCE_DEPTH} levels at ${prefix.slice(0, -1)}`);
  const out: DcmjsDataset = {};
  for (const tag of Object.keys(dataset).sort()) {
    if (tag.endsWith('0000')) continue; // group lengths: retired, and wrong once elements change
    const element = dataset[tag]!;
    const result = applyAction(walk, tag, element, `${prefix}${tag}`, depth);
    if (result) out[tag] = result;
  }
  return out;
}

function first(dataset: DcmjsDataset, tag: string): string | undefined {
  const value = dataset[tag]?.Value?.[0];
  return typeof value === 'string' ? value.trim() : undefined;
}

/** Why the pixel data may show burned-in identifying text, or undefined when it may not. */
export function burnedInAnnotationRisk(dataset: DcmjsDataset): string | undefined {
  const flag = first(dataset, '00280301')?.toUpperCase();
  const modality = first(dataset, '00080060')?.toUpperCase() ?? '';
  if (flag === 'YES') return 'BurnedInAnnotation (0028,0301) is YES: the pixel data carry burned-in text; manual review is needed';
  if (flag === undefined || flag === '') {
    if (BURNED_IN_TEXT_MODALITIES.has(modality)) return `BurnedInAnnotation (0028,0301) is absent on modality ${modality}, which often burns text into the pixels; manual review is needed`;
    if (first(dataset, '00080016')?.startsWith('1.2.840.10008.5.1.4.1.1.7')) return 'BurnedInAnnotation (0028,0301) is absent on a Secondary Capture image; manual review is needed';
  }
  return undefined;
}

function deidentificationMethod(profile: ProfileOptions): string[] {
  const values = [`PS3.15 E.1 Basic Profile, Table E.1-1 of ${PS315_SNAPSHOT_DATE}`];
  if (profile.retainLongitudinalTemporalInformationModifiedDates) values.push('Retain Longitudinal Temporal Information Modified Dates');
  if (profile.retainLongitudinalTemporalInformationFullDates) values.push('Retain Longitudinal Temporal Information Full Dates');
  if (profile.retainPatientCharacteristics) values.push('Retain Patient Characteristics');
  if (profile.retainDeviceIdentity) values.push('Retain Device Identity');
  if (profile.retainInstitutionIdentity) values.push('Retain Institution Identity');
  if (profile.retainUIDs) values.push('Retain UIDs');
  if (profile.cleanDescriptors) values.push('Clean Descriptors');
  values.push('Corelab deid engine 1; private attributes removed');
  return values;
}

/** CID 7050 De-identification Method codes for the profile and its options. */
export function deidentificationCodes(profile: ProfileOptions): Array<[string, string]> {
  const codes: Array<[string, string]> = [['113100', 'Basic Application Confidentiality Profile']];
  if (profile.cleanDescriptors) codes.push(['113105', 'Clean Descriptors Option']);
  if (profile.retainLongitudinalTemporalInformationFullDates) codes.push(['113106', 'Retain Longitudinal Temporal Information Full Dates Option']);
  if (profile.retainLongitudinalTemporalInformationModifiedDates) codes.push(['113107', 'Retain Longitudinal Temporal Information Modified Dates Option']);
  if (profile.retainPatientCharacteristics) codes.push(['113108', 'Retain Patient Characteristics Option']);
  if (profile.retainDeviceIdentity) codes.push(['113109', 'Retain Device Identity Option']);
  if (profile.retainUIDs) codes.push(['113110', 'Retain UIDs Option']);
  if (profile.retainInstitutionIdentity) codes.push(['113112', 'Retain Institution Identity Option']);
  return codes;
}

function setIdentityAttributes(dataset: DcmjsDataset, subjectCode: string, profile: ProfileOptions): void {
  dataset['00100010'] = { vr: 'PN', Value: [{ Alphabetic: subjectCode }] };
  dataset['00100020'] = { vr: 'LO', Value: [subjectCode] };
  dataset['00120062'] = { vr: 'CS', Value: ['YES'] };
  dataset['00120063'] = { vr: 'LO', Value: deidentificationMethod(profile) };
  dataset['00120064'] = {
    vr: 'SQ',
    Value: deidentificationCodes(profile).map(([code, meaning]) => ({
      '00080100': { vr: 'SH', Value: [code] },
      '00080102': { vr: 'SH', Value: ['DCM'] },
      '00080104': { vr: 'LO', Value: [meaning] },
    })),
  };
  const temporal = profile.retainLongitudinalTemporalInformationModifiedDates ? 'MODIFIED' : profile.retainLongitudinalTemporalInformationFullDates ? 'UNMODIFIED' : 'REMOVED';
  dataset['00280303'] = { vr: 'CS', Value: [temporal] };
}

/** Encapsulated pixel data as one buffer per frame, so that dcmjs writes a correct Basic Offset Table. */
function normalizeEncapsulatedFrames(dataset: DcmjsDataset): void {
  const pixelData = dataset['7FE00010'];
  if (!pixelData?.Value) return;
  const fragments = pixelData.Value as ArrayBuffer[];
  const frames = Number.parseInt(first(dataset, '00280008') ?? String(dataset['00280008']?.Value?.[0] ?? '1'), 10) || 1;
  if (fragments.length === frames) return;
  if (frames !== 1) {
    throw new DeidError('unsupported-pixel-encapsulation', `encapsulated pixel data with ${frames} frames in ${fragments.length} fragments and no Basic Offset Table cannot be split into frames`);
  }
  const merged = new Uint8Array(fragments.reduce((size, fragment) => size + fragment.byteLength, 0));
  let offset = 0;
  for (const fragment of fragments) {
    merged.set(new Uint8Array(fragment), offset);
    offset += fragment.byteLength;
  }
  pixelData.Value = [merged.buffer];
}

/** Native pixel data read as Implicit VR carry the dictionary's 'ox' VR: OW unless 8-bit. */
function fixAmbiguousVrs(dataset: DcmjsDataset): void {
  const pixelData = dataset['7FE00010'];
  if (pixelData && pixelData.vr !== 'OB' && pixelData.vr !== 'OW') {
    const bitsAllocated = Number(dataset['00280100']?.Value?.[0] ?? 16);
    pixelData.vr = bitsAllocated <= 8 ? 'OB' : 'OW';
  }
}

function checkRequest(options: DeidentifyOptions): ProfileOptions {
  if (!SUBJECT_CODE_PATTERN.test(options.subjectCode)) {
    throw new DeidError('invalid-subject-code', 'the subject code must be 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit');
  }
  if (!(options.key instanceof Uint8Array) || options.key.byteLength !== 32) throw new DeidError('invalid-key', 'the de-identification key must be 32 bytes');
  return { ...CORELAB_PROFILE, ...options.profile };
}

/**
 * De-identify one Part 10 file. Deterministic: the same input, key and subject code give the same
 * bytes. Throws DeidError for a file or request it cannot handle; returns 'quarantined' (no output)
 * for an image at risk of burned-in text.
 */
export function deidentify(input: Uint8Array, options: DeidentifyOptions): DeidentifyResult {
  const profile = checkRequest(options);
  const table = actionTableFor(profile);
  const file = readPart10(input);
  const inputTs = first(file.meta, '00020010');
  const dataset = file.dict;
  const report: DeidReport = {
    subjectCode: options.subjectCode,
    dateShiftDays: dateShiftDays(options.key, options.subjectCode),
    sopClassUid: first(dataset, '00080016') ?? first(file.meta, '00020002'),
    modality: first(dataset, '00080060'),
    inputTransferSyntax: inputTs,
    outputTransferSyntax: undefined,
    profile,
    applied: [],
    counts: { removed: 0, emptied: 0, dummied: 0, uidsRemapped: 0, datesShifted: 0, descriptorsEmptied: 0, privateRemoved: 0 },
  };
  if (inputTs === undefined) throw new DeidError('missing-attribute', 'the file meta information has no TransferSyntaxUID (0002,0010)');
  const outputTs = outputTransferSyntax(inputTs);
  report.outputTransferSyntax = outputTs;
  const risk = burnedInAnnotationRisk(dataset);
  if (risk) return { status: 'quarantined', reason: risk, report };
  const sopInstanceUid = first(dataset, '00080018');
  if (report.sopClassUid === undefined || sopInstanceUid === undefined) {
    throw new DeidError('missing-attribute', 'SOPClassUID (0008,0016) and SOPInstanceUID (0008,0018) are required');
  }
  const walk: Walk = { table, key: options.key, days: report.dateShiftDays, shiftDates: profile.retainLongitudinalTemporalInformationModifiedDates, report };
  const output = processDataset(walk, dataset, '', 0);
  setIdentityAttributes(output, options.subjectCode, profile);
  fixAmbiguousVrs(output);
  if (ENCAPSULATED_TRANSFER_SYNTAXES[outputTs] !== undefined) normalizeEncapsulatedFrames(output);
  const newSopInstanceUid = profile.retainUIDs ? sopInstanceUid : remapUid(options.key, sopInstanceUid);
  return { status: 'deidentified', output: writePart10(output, report.sopClassUid, newSopInstanceUid, outputTs), report };
}
