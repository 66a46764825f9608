// De-identification of one DICOM Part 10 file (PS3.15 Annex E), identical in Node and in a browser:
// Uint8Array in, Uint8Array out, no platform APIs.
import { buildActionTable, CORELAB_PROFILE, type Action, type ActionEntry, type ActionTable, type ProfileOptions } from './action-table.ts';
import type { DicomElement } from './dataset-reader.ts';
import { keywordOf, tagKey } from './dictionary.ts';
import { DeidError } from './errors.ts';
import { dateShiftDays, remapUid } from './keyed.ts';
import { outputTransferSyntax, readPart10, writePart10 } from './part10.ts';
import { PS315_SNAPSHOT_DATE } from './ps315-table.ts';
import { CHARSET_TEXT_VRS, codecFor, decodeAscii, DEFAULT_CODEC, encodeText, splitValues, type TextCodec } from './text.ts';
import { dummyValue, isSafeDescriptor, shiftDaValue, shiftDateTime } from './values.ts';

export { MAX_SEQUENCE_DEPTH } from './dataset-reader.ts';
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
  const cacheKey = profile === CORELAB_PROFILE ? '' : JSON.stringify(profile);
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
const SPECIFIC_CHARACTER_SET = 0x00080005;
const EMPTY = new Uint8Array(0);

/** What the table says about one tag, looked up once per table and tag. */
interface TagRule {
  key: string;
  action: Action;
  listed: ActionEntry | undefined;
  /** An unlisted UI attribute whose keyword names an instance, series, study or frame of reference UID. */
  instanceUid: boolean | undefined;
}

const rulesByTable = new WeakMap<ActionTable, Map<number, TagRule>>();

function ruleFor(table: ActionTable, tag: number): TagRule {
  let rules = rulesByTable.get(table);
  if (!rules) {
    rules = new Map();
    rulesByTable.set(table, rules);
  }
  let rule = rules.get(tag);
  if (!rule) {
    const key = tagKey(tag);
    rule = { key, action: table.actionFor(key), listed: table.entryFor(key), instanceUid: undefined };
    if (rules.size < 16_384) rules.set(tag, rule); // odd files cannot grow it without end
  }
  return rule;
}

interface Walk {
  table: ActionTable;
  days: number;
  shiftDates: boolean;
  report: DeidReport;
  key: Uint8Array;
  /** BitsAllocated and PixelRepresentation, which settle the dictionary's ambiguous VRs. */
  bitsAllocated: number;
  signed: boolean;
}

function textOf(element: DicomElement, codec: TextCodec): string {
  return CHARSET_TEXT_VRS.has(element.vr) ? codec.decode(element.value) : decodeAscii(element.value);
}

function stringValues(element: DicomElement, codec: TextCodec): string[] {
  const values = splitValues(element.vr, textOf(element, codec));
  // A person name's alphabetic group is what the descriptor and UID rules look at.
  return element.vr === 'PN' ? values.map((value) => value.split('=')[0]!) : values;
}

function withValues(element: DicomElement, vr: string, values: readonly string[]): DicomElement {
  return { tag: element.tag, vr, value: values.length === 0 ? EMPTY : encodeText(values.join('\\')) };
}

function remapUids(walk: Walk, element: DicomElement, vr: string, codec: TextCodec): DicomElement {
  const values = stringValues(element, codec).map((uid) => (uid === '' || uid.startsWith(WELL_KNOWN_UID_ROOT) ? uid : remapUid(walk.key, uid)));
  walk.report.counts.uidsRemapped += values.length;
  return withValues(element, vr, values);
}

function shiftDates(walk: Walk, element: DicomElement, vr: string): DicomElement | undefined {
  const shifted = stringValues(element, DEFAULT_CODEC).map((value) => (vr === 'DA' ? shiftDaValue(value, walk.days) : value.trim() === '' ? '' : shiftDateTime(value, walk.days)));
  if (shifted.some((value) => value === undefined)) return undefined;
  walk.report.counts.datesShifted += shifted.length;
  return withValues(element, vr, shifted as string[]);
}

/** The element as it is, its VR settled, its text in UTF-8 when the input's character set is another. */
function kept(element: DicomElement, vr: string, codec: TextCodec): DicomElement {
  if (codec.transcode && CHARSET_TEXT_VRS.has(vr)) return { tag: element.tag, vr, value: encodeText(codec.decode(element.value).replace(/[\0 ]+$/, '')) };
  return vr === element.vr ? element : { tag: element.tag, vr, value: element.value };
}

function emptied(element: DicomElement, vr: string): DicomElement {
  return vr === 'SQ' ? { tag: element.tag, vr, value: EMPTY, items: [] } : { tag: element.tag, vr, value: EMPTY };
}

function processItems(walk: Walk, element: DicomElement, path: string, codec: TextCodec): DicomElement {
  const items = element.items ?? [];
  return { tag: element.tag, vr: 'SQ', value: EMPTY, items: items.map((item, index) => processDataset(walk, item, `${path}[${index}].`, codec)) };
}

/** Clean (C): dates shift, sequences recurse, descriptors stay only when made of the safe vocabulary. */
function clean(walk: Walk, element: DicomElement, vr: string, path: string, keyword: string, codec: TextCodec): DicomElement {
  const { applied } = walk.report;
  if (vr === 'SQ') {
    applied.push({ path, keyword, action: 'C:kept' });
    return processItems(walk, element, path, codec);
  }
  if (DATE_VRS.has(vr)) {
    const shifted = shiftDates(walk, element, vr);
    applied.push({ path, keyword, action: shifted ? 'C:shifted' : 'C:emptied' });
    return shifted ?? emptied(element, vr);
  }
  if (TEXT_VRS.has(vr) && !stringValues(element, codec).every(isSafeDescriptor)) {
    walk.report.counts.descriptorsEmptied += 1;
    applied.push({ path, keyword, action: 'C:emptied' });
    return emptied(element, vr);
  }
  applied.push({ path, keyword, action: 'C:kept' });
  return kept(element, vr, codec);
}

/**
 * The dcmjs dictionary's ambiguous VRs (Implicit VR input), settled as pydicom does:
 * ox (OB or OW) by BitsAllocated, xs (US or SS) by PixelRepresentation, lt (US, SS or OW: LUT data)
 * as OW, up (UL: directory offsets) as UL.
 */
function settledVr(walk: Walk, vr: string): string {
  if (vr.charCodeAt(0) < 0x61) return vr;
  if (vr === 'ox') return walk.bitsAllocated <= 8 ? 'OB' : 'OW';
  if (vr === 'xs') return walk.signed ? 'SS' : 'US';
  if (vr === 'lt') return 'OW';
  if (vr === 'up') return 'UL';
  return 'UN';
}

function applyAction(walk: Walk, element: DicomElement, prefix: string, codec: TextCodec): DicomElement | undefined {
  const { table, report } = walk;
  const rule = ruleFor(table, element.tag);
  const vr = element.items ? 'SQ' : settledVr(walk, element.vr);
  let action = rule.action;
  if (action === 'K' && vr === 'UI' && !rule.listed && !table.options.retainUIDs) {
    rule.instanceUid ??= INSTANCE_UID_KEYWORD.test(keywordOf(rule.key));
    if (rule.instanceUid) action = 'U';
  }
  if (action === 'K') {
    if (vr === 'SQ') return processItems(walk, element, `${prefix}${rule.key}`, codec);
    // Dates the table does not list are shifted too: any date is a date of the patient's care.
    if (walk.shiftDates && DATE_VRS.has(vr)) return clean(walk, element, vr, `${prefix}${rule.key}`, rule.listed?.keyword ?? keywordOf(rule.key), codec);
    return kept(element, vr, codec);
  }
  const path = `${prefix}${rule.key}`;
  const keyword = rule.listed?.keyword ?? keywordOf(rule.key);
  if (action === 'C') return clean(walk, element, vr, path, keyword, codec);
  report.applied.push({ path, keyword, action });
  switch (action) {
    case 'X':
      if (rule.listed?.tag === 'private') report.counts.privateRemoved += 1;
      report.counts.removed += 1;
      return undefined;
    case 'Z':
      report.counts.emptied += 1;
      return emptied(element, vr);
    case 'D':
      if (vr === 'UI') return remapUids(walk, element, vr, codec);
      report.counts.dummied += 1;
      return dummyElement(element, vr);
    case 'U':
      if (vr === 'SQ') return processItems(walk, element, path, codec);
      return remapUids(walk, element, vr, codec);
  }
}

/** A dummy valid for the VR (values.ts), encoded: text, or a binary zero of the VR's size. */
function dummyElement(element: DicomElement, vr: string): DicomElement {
  const [dummy] = dummyValue(vr);
  if (dummy === undefined) return emptied(element, vr);
  if (typeof dummy === 'number') return { tag: element.tag, vr, value: new Uint8Array(BINARY_SIZES[vr] ?? 0) };
  const text = typeof dummy === 'object' && dummy !== null && 'Alphabetic' in dummy ? String((dummy as { Alphabetic: unknown }).Alphabetic) : String(dummy);
  return withValues(element, vr, [text]);
}

const BINARY_SIZES: Readonly<Record<string, number>> = { FL: 4, FD: 8, SL: 4, SS: 2, UL: 4, US: 2, SV: 8, UV: 8 };

/** Elements in tag order, the last of two with one tag winning (as in a DICOM JSON object). */
function inTagOrder(elements: readonly DicomElement[]): readonly DicomElement[] {
  let sorted = true;
  for (let i = 1; i < elements.length; i++) if (elements[i]!.tag <= elements[i - 1]!.tag) sorted = false;
  if (sorted) return elements;
  const byTag = new Map<number, DicomElement>();
  for (const element of elements) byTag.set(element.tag, element);
  return [...byTag.values()].sort((a, b) => a.tag - b.tag);
}

function processDataset(walk: Walk, elements: readonly DicomElement[], prefix: string, inherited: TextCodec): DicomElement[] {
  const sorted = inTagOrder(elements);
  const declared = sorted.find((element) => element.tag === SPECIFIC_CHARACTER_SET);
  const codec = declared ? codecFor(declared.value) : inherited;
  const out: DicomElement[] = [];
  for (const element of sorted) {
    if ((element.tag & 0xffff) === 0) continue; // group lengths: retired, and wrong once elements change
    const result = applyAction(walk, element, prefix, codec);
    if (result) out.push(result.tag === SPECIFIC_CHARACTER_SET && codec.transcode ? { tag: result.tag, vr: 'CS', value: encodeText('ISO_IR 192') } : result);
  }
  return out;
}

function find(elements: readonly DicomElement[], tag: number): DicomElement | undefined {
  for (const element of elements) if (element.tag === tag) return element;
  return undefined;
}

function first(elements: readonly DicomElement[], tag: number): string | undefined {
  const element = find(elements, tag);
  if (!element || element.items) return undefined;
  const value = splitValues(element.vr, decodeAscii(element.value))[0];
  return value === '' ? undefined : value;
}

function unsignedShort(elements: readonly DicomElement[], tag: number): number | undefined {
  const element = find(elements, tag);
  return element && element.value.length >= 2 ? element.value[0]! | (element.value[1]! << 8) : undefined;
}

/** What the burned-in annotation rule looks at. */
export interface BurnedInAnnotationAttributes {
  burnedInAnnotation: string | undefined;
  modality: string | undefined;
  sopClassUid: string | undefined;
}

/** Why the pixel data may show burned-in identifying text, or undefined when it may not. */
export function burnedInAnnotationRisk(attributes: BurnedInAnnotationAttributes): string | undefined {
  const flag = attributes.burnedInAnnotation?.trim().toUpperCase();
  const modality = attributes.modality?.trim().toUpperCase() ?? '';
  if (flag === 'YES') return 'BurnedInAnnotation (0028,0301) is YES: the pixel data carry burned-in text; manual review is needed';
  if (flag === undefined || flag === '') {
    if (BURNED_IN_TEXT_MODALITIES.has(modality)) return `BurnedInAnnotation (0028,0301) is absent on modality ${modality}, which often burns text into the pixels; manual review is needed`;
    if (attributes.sopClassUid?.trim().startsWith('1.2.840.10008.5.1.4.1.1.7')) return 'BurnedInAnnotation (0028,0301) is absent on a Secondary Capture image; manual review is needed';
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

function text(tag: number, vr: string, values: readonly string[]): DicomElement {
  return { tag, vr, value: encodeText(values.join('\\')) };
}

/** PatientName, PatientID and the de-identification attributes, in place of the input's. */
function identityAttributes(subjectCode: string, profile: ProfileOptions): DicomElement[] {
  const temporal = profile.retainLongitudinalTemporalInformationModifiedDates ? 'MODIFIED' : profile.retainLongitudinalTemporalInformationFullDates ? 'UNMODIFIED' : 'REMOVED';
  return [
    text(0x00100010, 'PN', [subjectCode]),
    text(0x00100020, 'LO', [subjectCode]),
    text(0x00120062, 'CS', ['YES']),
    text(0x00120063, 'LO', deidentificationMethod(profile)),
    {
      tag: 0x00120064,
      vr: 'SQ',
      value: EMPTY,
      items: deidentificationCodes(profile).map(([code, meaning]) => [text(0x00080100, 'SH', [code]), text(0x00080102, 'SH', ['DCM']), text(0x00080104, 'LO', [meaning])]),
    },
    text(0x00280303, 'CS', [temporal]),
  ];
}

/** Merges two lists in tag order; on the same tag, the identity attribute replaces the data set's. */
function withIdentity(dataset: readonly DicomElement[], identity: readonly DicomElement[]): DicomElement[] {
  const out: DicomElement[] = [];
  let i = 0;
  for (const element of identity) {
    while (i < dataset.length && dataset[i]!.tag < element.tag) out.push(dataset[i++]!);
    if (i < dataset.length && dataset[i]!.tag === element.tag) i++;
    out.push(element);
  }
  while (i < dataset.length) out.push(dataset[i++]!);
  return out;
}

function checkRequest(options: DeidentifyOptions): ProfileOptions {
  if (!SUBJECT_CODE_PATTERN.test(options.subjectCode)) {
    throw new DeidError('invalid-subject-code', 'the subject code must be 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit');
  }
  if (!(options.key instanceof Uint8Array) || options.key.byteLength !== 32) throw new DeidError('invalid-key', 'the de-identification key must be 32 bytes');
  return options.profile === undefined ? CORELAB_PROFILE : { ...CORELAB_PROFILE, ...options.profile };
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
  const { dataset, meta } = file;
  const report: DeidReport = {
    subjectCode: options.subjectCode,
    dateShiftDays: dateShiftDays(options.key, options.subjectCode),
    sopClassUid: first(dataset, 0x00080016) ?? first(meta, 0x00020002),
    modality: first(dataset, 0x00080060),
    inputTransferSyntax: file.transferSyntax,
    outputTransferSyntax: outputTransferSyntax(file.transferSyntax),
    profile: { ...profile },
    applied: [],
    counts: { removed: 0, emptied: 0, dummied: 0, uidsRemapped: 0, datesShifted: 0, descriptorsEmptied: 0, privateRemoved: 0 },
  };
  const characterSet = find(dataset, SPECIFIC_CHARACTER_SET);
  if (characterSet) codecFor(characterSet.value); // a character set it cannot read is refused before anything else
  const risk = burnedInAnnotationRisk({ burnedInAnnotation: first(dataset, 0x00280301), modality: report.modality, sopClassUid: first(dataset, 0x00080016) });
  if (risk) return { status: 'quarantined', reason: risk, report };
  const sopInstanceUid = first(dataset, 0x00080018);
  if (report.sopClassUid === undefined || sopInstanceUid === undefined) {
    throw new DeidError('missing-attribute', 'SOPClassUID (0008,0016) and SOPInstanceUID (0008,0018) are required');
  }
  const walk: Walk = {
    table,
    days: report.dateShiftDays,
    shiftDates: profile.retainLongitudinalTemporalInformationModifiedDates,
    report,
    key: options.key,
    bitsAllocated: unsignedShort(dataset, 0x00280100) ?? 16,
    signed: unsignedShort(dataset, 0x00280103) === 1,
  };
  const output = withIdentity(processDataset(walk, dataset, '', DEFAULT_CODEC), identityAttributes(options.subjectCode, profile));
  const newSopInstanceUid = profile.retainUIDs ? sopInstanceUid : remapUid(options.key, sopInstanceUid);
  return { status: 'deidentified', output: writePart10(output, report.sopClassUid, newSopInstanceUid, report.outputTransferSyntax!), report };
}
