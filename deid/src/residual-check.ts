// The server's second line of defence: finds identifying data left in a data set, whatever engine
// (or none) de-identified it. Input is the DICOM JSON model (PS3.18 F.2) — keys of eight upper-case
// hex digits, { vr, Value } elements, PN as { Alphabetic } — which is also what dcmjs's
// DicomMessage.readFile(...).dict gives. The file meta group is not checked (it is rewritten on storage).
import { buildActionTable, CORELAB_PROFILE, isPrivateTag, type ActionTable, type ProfileOptions } from './action-table.ts';
import { keywordOf, punctuate } from './dictionary.ts';
import { DUMMY_TOKENS } from './values.ts';

export interface DicomJsonElement {
  vr: string;
  Value?: unknown[];
  InlineBinary?: string;
  BulkDataURI?: string;
}
export type DicomJsonDataset = Record<string, DicomJsonElement>;

export interface ResidualFinding {
  /** '(0010,1000)', or a path into sequences: '(0040,0275)[0].(0040,1001)'. */
  tag: string;
  keyword: string;
  reason: string;
}

export interface ResidualCheckContext {
  /** The centre's subject codes in the project: PatientName and PatientID must be one of them. */
  subjectCodes: ReadonlySet<string>;
  /** The project's profile options; default CORELAB_PROFILE. */
  profile?: Partial<ProfileOptions>;
}

export const MAX_CHECK_DEPTH = 16;
const PATIENT_NAME = '00100010';
const PATIENT_ID = '00100020';
const PATIENT_IDENTITY_REMOVED = '00120062';
const LONGITUDINAL_TEMPORAL_INFORMATION_MODIFIED = '00280303';
const DATE_VRS = new Set(['DA', 'DT']);

const tables = new Map<string, ActionTable>();
function tableFor(profile: ProfileOptions): ActionTable {
  const cacheKey = JSON.stringify(profile);
  let table = tables.get(cacheKey);
  if (!table) {
    table = buildActionTable(profile);
    tables.set(cacheKey, table);
  }
  return table;
}

function text(value: unknown): string {
  if (typeof value === 'object' && value !== null) {
    const pn = value as { Alphabetic?: unknown; Ideographic?: unknown; Phonetic?: unknown };
    return [pn.Alphabetic, pn.Ideographic, pn.Phonetic].filter((part) => part !== undefined && part !== '').join('=');
  }
  return value === undefined || value === null ? '' : String(value).trim();
}

function hasValue(element: DicomJsonElement): boolean {
  if (element.InlineBinary !== undefined || element.BulkDataURI !== undefined) return true;
  return (element.Value ?? []).some((value) => {
    if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return (value as ArrayBuffer).byteLength > 0;
    if (typeof value === 'object' && value !== null && !('Alphabetic' in value || 'Ideographic' in value || 'Phonetic' in value)) return true;
    return text(value) !== '';
  });
}

/** True when every value is empty or a dummy (ours or a common one of other engines). */
function onlyDummies(element: DicomJsonElement): boolean {
  if (element.vr === 'SQ' || element.InlineBinary !== undefined || element.BulkDataURI !== undefined) return !hasValue(element);
  return (element.Value ?? []).every((value) => {
    if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return (value as ArrayBuffer).byteLength === 0;
    const s = text(value).toUpperCase().replace(/\^+$/, '');
    return s === '' || DUMMY_TOKENS.has(s) || /^0+(\.0+)?$/.test(s);
  });
}

interface Check {
  table: ActionTable;
  findings: ResidualFinding[];
  datesPresent: boolean;
}

function walk(check: Check, dataset: DicomJsonDataset, prefix: string, depth: number): void {
  if (depth > MAX_CHECK_DEPTH) {
    check.findings.push({ tag: prefix.slice(0, -1), keyword: 'Sequence', reason: `sequences nested deeper than ${MAX_CHECK_DEPTH} levels` });
    return;
  }
  for (const tag of Object.keys(dataset)) {
    const element = dataset[tag];
    if (!element || tag.endsWith('0000')) continue;
    const path = `${prefix}${punctuate(tag)}`;
    if (isPrivateTag(tag)) {
      check.findings.push({ tag: path, keyword: 'PrivateAttribute', reason: 'private attribute: private attributes are removed before sending' });
      continue;
    }
    if (depth === 0 && (tag === PATIENT_NAME || tag === PATIENT_ID)) continue;
    if (DATE_VRS.has(element.vr) && hasValue(element)) check.datesPresent = true;
    const action = check.table.actionFor(tag);
    if ((action === 'X' || action === 'Z' || action === 'D') && element.vr !== 'UI' && !onlyDummies(element)) {
      const entry = check.table.entryFor(tag);
      const expected = action === 'X' ? 'removed' : action === 'Z' ? 'empty' : 'a dummy value';
      check.findings.push({ tag: path, keyword: entry?.keyword ?? keywordOf(tag), reason: `holds a value where PS3.15 Table E.1-1 (basic profile ${entry?.basic ?? action}) requires it ${expected}` });
      continue;
    }
    if (element.vr === 'SQ') {
      (element.Value ?? []).forEach((item, index) => {
        if (item && typeof item === 'object') walk(check, item as DicomJsonDataset, `${path}[${index}].`, depth + 1);
      });
    }
  }
}

function subjectFinding(dataset: DicomJsonDataset, tag: string, keyword: string, codes: ReadonlySet<string>): ResidualFinding | undefined {
  const values = (dataset[tag]?.Value ?? []).map(text).map((value) => value.replace(/\^+$/, ''));
  if (values.length === 1 && codes.has(values[0]!)) return undefined;
  return { tag: punctuate(tag), keyword, reason: values.length === 0 || values[0] === '' ? `${keyword} is empty: it must be one of the centre's subject codes` : `${keyword} is not one of the centre's subject codes` };
}

/** Every identifying attribute left in the data set; [] when it may be accepted. Findings never quote a value. */
export function findResidualIdentifiers(dataset: DicomJsonDataset, ctx: ResidualCheckContext): ResidualFinding[] {
  const profile = { ...CORELAB_PROFILE, ...ctx.profile };
  const check: Check = { table: tableFor(profile), findings: [], datesPresent: false };
  for (const finding of [subjectFinding(dataset, PATIENT_NAME, 'PatientName', ctx.subjectCodes), subjectFinding(dataset, PATIENT_ID, 'PatientID', ctx.subjectCodes)]) {
    if (finding) check.findings.push(finding);
  }
  if (text(dataset[PATIENT_IDENTITY_REMOVED]?.Value?.[0]).toUpperCase() !== 'YES') {
    check.findings.push({ tag: punctuate(PATIENT_IDENTITY_REMOVED), keyword: 'PatientIdentityRemoved', reason: 'PatientIdentityRemoved is not YES' });
  }
  walk(check, dataset, '', 0);
  const temporal = text(dataset[LONGITUDINAL_TEMPORAL_INFORMATION_MODIFIED]?.Value?.[0]).toUpperCase();
  if (check.datesPresent && profile.retainLongitudinalTemporalInformationModifiedDates && temporal !== 'MODIFIED') {
    check.findings.push({ tag: punctuate(LONGITUDINAL_TEMPORAL_INFORMATION_MODIFIED), keyword: 'LongitudinalTemporalInformationModified', reason: 'dates are present but LongitudinalTemporalInformationModified is not MODIFIED: the dates may not be shifted' });
  }
  return check.findings;
}
