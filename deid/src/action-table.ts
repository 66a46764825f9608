// The project's effective de-identification action per attribute, derived from PS3.15 Table E.1-1
// (ps315-table.ts) and the chosen options. Pure data; no DICOM parsing here.
import { DeidError } from './errors.ts';
import { PS315_ATTRIBUTES, type BasicProfileAction, type OptionColumn, type Ps315Attribute } from './ps315-table.ts';

/** D dummy · Z empty · X remove · K keep · C clean (dates shifted, descriptors cleaned, sequences recursed) · U remap UIDs. */
export type Action = 'D' | 'Z' | 'X' | 'K' | 'C' | 'U';

/** The options of PS3.15 E.3 that this engine supports. */
export interface ProfileOptions {
  retainLongitudinalTemporalInformationModifiedDates: boolean;
  retainLongitudinalTemporalInformationFullDates: boolean;
  retainPatientCharacteristics: boolean;
  cleanDescriptors: boolean;
  retainUIDs: boolean;
  retainDeviceIdentity: boolean;
  retainInstitutionIdentity: boolean;
  /** Needs a list of safe private attributes that Corelab does not have yet: must stay false. */
  retainSafePrivate: boolean;
}

/** Corelab's profile: Basic + Modified Dates + Patient Characteristics + Clean Descriptors. */
export const CORELAB_PROFILE: Readonly<ProfileOptions> = Object.freeze({
  retainLongitudinalTemporalInformationModifiedDates: true,
  retainLongitudinalTemporalInformationFullDates: false,
  retainPatientCharacteristics: true,
  cleanDescriptors: true,
  retainUIDs: false,
  retainDeviceIdentity: false,
  retainInstitutionIdentity: false,
  retainSafePrivate: false,
});

export const OPTION_COLUMN_OF: Readonly<Record<keyof ProfileOptions, OptionColumn>> = {
  retainLongitudinalTemporalInformationModifiedDates: 'rtnLongModifDatesOpt',
  retainLongitudinalTemporalInformationFullDates: 'rtnLongFullDatesOpt',
  retainPatientCharacteristics: 'rtnPatCharsOpt',
  cleanDescriptors: 'cleanDescOpt',
  retainUIDs: 'rtnUIDsOpt',
  retainDeviceIdentity: 'rtnDevIdOpt',
  retainInstitutionIdentity: 'rtnInstIdOpt',
  retainSafePrivate: 'rtnSafePrivOpt',
};

/**
 * Type of an attribute in the MR Image Storage IOD (and the Enhanced MR modules a cardiac MR
 * carries), for the few attributes with a compound action where the type is 1 or 2. Compound
 * actions of every other attribute resolve as for a Type 3 attribute.
 */
export const IOD_TYPE_FOR_COMPOUND: Readonly<Record<string, 1 | 2>> = {
  '00100020': 2, // PatientID, Patient module
  '00080023': 2, // ContentDate, General Image module (2C)
  '00080033': 2, // ContentTime, General Image module (2C)
  '00180010': 2, // ContrastBolusAgent, Contrast/Bolus module
  '00102203': 2, // PatientSexNeutered, Patient module (2C)
  '0008002A': 1, // AcquisitionDateTime, Enhanced MR Image module
};

/**
 * Resolution rule for compound actions (PS3.15 Table E.1-1 notes): take the most conservative
 * alternative that keeps the object valid — Type 1 → D, Type 2 → Z, Type 3 → X — with the type
 * taken from IOD_TYPE_FOR_COMPOUND (default Type 3). Z/D has no X: Z unless Type 1.
 * X/Z/U* keeps the sequence and remaps the UIDs inside (U): remapped references identify nobody and
 * keep the links between images (localizers, source images) that annotation objects rely on.
 */
export function resolveCompound(action: BasicProfileAction, tag: string): Action {
  const type = IOD_TYPE_FOR_COMPOUND[tag] ?? 3;
  switch (action) {
    case 'X/Z': return type === 3 ? 'X' : 'Z';
    case 'X/D': return type === 3 ? 'X' : 'D';
    case 'X/Z/D': return type === 1 ? 'D' : type === 2 ? 'Z' : 'X';
    case 'Z/D': return type === 1 ? 'D' : 'Z';
    case 'X/Z/U*': return 'U';
    default: return action;
  }
}

export function checkOptions(options: ProfileOptions): void {
  if (options.retainSafePrivate) {
    throw new DeidError('unsupported-option', 'Retain Safe Private Option is not supported: no list of safe private attributes is configured, so every private attribute is removed');
  }
  if (options.retainLongitudinalTemporalInformationFullDates && options.retainLongitudinalTemporalInformationModifiedDates) {
    throw new DeidError('unsupported-option', 'Retain Longitudinal Temporal Information: choose Full Dates or Modified Dates, not both');
  }
}

/**
 * Action of one table row under the chosen options: a chosen option's column replaces the basic
 * profile action; when two chosen options both have an entry, K (retain) wins over C (clean).
 */
export function effectiveActionOf(row: Ps315Attribute, options: ProfileOptions): Action {
  let optionAction: 'K' | 'C' | undefined;
  for (const name of Object.keys(OPTION_COLUMN_OF) as (keyof ProfileOptions)[]) {
    const column = row.options[OPTION_COLUMN_OF[name]];
    if (!options[name] || column === undefined) continue;
    if (column === 'K' || optionAction === undefined) optionAction = column;
  }
  return optionAction ?? resolveCompound(row.basic, row.tag);
}

export interface ActionEntry {
  readonly tag: string;
  readonly keyword: string;
  readonly vr: string;
  readonly basic: BasicProfileAction;
  readonly action: Action;
}

export interface ActionTable {
  readonly options: Readonly<ProfileOptions>;
  /** Exact tags (eight upper-case hex digits) listed in Table E.1-1. */
  readonly byTag: ReadonlyMap<string, ActionEntry>;
  /** Action for any tag: listed, repeating group, private, or K for an attribute the table does not list. */
  actionFor(tag: string): Action;
  entryFor(tag: string): ActionEntry | undefined;
}

export function isPrivateTag(tag: string): boolean {
  return (Number.parseInt(tag.slice(3, 4), 16) & 1) === 1;
}

/** Curve (50xx) and overlay (60xx) groups: the table removes their data and comments, we remove the whole group. */
export function isRepeatingGroupTag(tag: string): boolean {
  return tag.startsWith('50') || tag.startsWith('60');
}

export function buildActionTable(options: ProfileOptions = CORELAB_PROFILE): ActionTable {
  checkOptions(options);
  const byTag = new Map<string, ActionEntry>();
  const patterns: ActionEntry[] = [];
  for (const row of PS315_ATTRIBUTES) {
    const entry: ActionEntry = { tag: row.tag, keyword: row.keyword, vr: row.vr, basic: row.basic, action: effectiveActionOf(row, options) };
    if (/^[0-9A-F]{8}$/.test(row.tag)) byTag.set(row.tag, entry);
    else patterns.push(entry);
  }
  const privateEntry = patterns.find((entry) => entry.tag === 'private');
  const groupEntry = (tag: string) => patterns.find((entry) => entry.tag.startsWith(tag.slice(0, 2).toLowerCase()));
  return {
    options: Object.freeze({ ...options }),
    byTag,
    entryFor(tag) {
      return byTag.get(tag) ?? (isPrivateTag(tag) ? privateEntry : isRepeatingGroupTag(tag) ? groupEntry(tag) : undefined);
    },
    actionFor(tag) {
      if (isPrivateTag(tag)) return privateEntry?.action ?? 'X';
      if (isRepeatingGroupTag(tag)) return 'X';
      return byTag.get(tag)?.action ?? 'K';
    },
  };
}
