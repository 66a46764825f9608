// Replacement values: dummies valid for each VR, date shifting and the Clean Descriptors vocabulary.

/** The dummy text written for D on a string VR; the residual check also accepts DUMMY_TOKENS from other engines. */
export const DUMMY_TEXT = 'ANONYMIZED';
export const DUMMY_DATE = '19000101';
export const DUMMY_TIME = '000000';
export const DUMMY_DATETIME = '19000101000000';

/** Values that other de-identification engines commonly write as dummies (upper case). */
export const DUMMY_TOKENS: ReadonlySet<string> = new Set([
  DUMMY_TEXT, 'ANONYMOUS', 'ANONYMISED', 'DEIDENTIFIED', 'DE-IDENTIFIED', 'REMOVED', 'UNKNOWN', 'NONE', 'XXX', 'X',
  DUMMY_DATE, DUMMY_TIME, DUMMY_DATETIME, '0', '0.0', 'ANON', '^',
]);

const STRING_VRS = new Set(['AE', 'CS', 'LO', 'LT', 'PN', 'SH', 'ST', 'UC', 'UT', 'UR']);
const NUMBER_VRS = new Set(['FL', 'FD', 'SL', 'SS', 'UL', 'US', 'SV', 'UV']);

/**
 * A non-empty value valid for the VR, or [] where no meaningful dummy exists (binary VRs, SQ, AT):
 * those are written empty, which is what D amounts to for them.
 */
export function dummyValue(vr: string): unknown[] {
  if (vr === 'PN') return [{ Alphabetic: DUMMY_TEXT }];
  if (vr === 'UR') return [];
  if (STRING_VRS.has(vr)) return [vr === 'AE' ? 'ANONYMOUS' : DUMMY_TEXT];
  if (vr === 'DA') return [DUMMY_DATE];
  if (vr === 'TM') return [DUMMY_TIME];
  if (vr === 'DT') return [DUMMY_DATETIME];
  if (vr === 'AS') return ['000Y'];
  if (vr === 'DS' || vr === 'IS') return ['0'];
  if (NUMBER_VRS.has(vr)) return [0];
  return [];
}

const DAY_MS = 86_400_000;

/** Shift a DA value (YYYYMMDD, also the old YYYY.MM.DD) by whole days; undefined when not a valid date. */
export function shiftDate(value: string, days: number): string | undefined {
  const match = /^(\d{4})\.?(\d{2})\.?(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  const shifted = new Date(time + days * DAY_MS);
  const y = shifted.getUTCFullYear();
  if (y < 1 || y > 9999) return undefined;
  return `${String(y).padStart(4, '0')}${String(shifted.getUTCMonth() + 1).padStart(2, '0')}${String(shifted.getUTCDate()).padStart(2, '0')}`;
}

/**
 * Shift a DT value by whole days: the date part moves, the time of day, fraction and UTC offset stay,
 * so a DT stays consistent with the DA/TM pairs shifted by the same offset. A DT with only a year or
 * a month is not a day and cannot be shifted: undefined.
 */
export function shiftDateTime(value: string, days: number): string | undefined {
  const match = /^(\d{8})(.*)$/.exec(value.trim());
  if (!match) return undefined;
  const date = shiftDate(match[1]!, days);
  return date === undefined ? undefined : `${date}${match[2]}`;
}

/** Shift every value of a DA element; a DA range (A-B) shifts both ends. */
export function shiftDaValue(value: string, days: number): string | undefined {
  if (value.trim() === '') return '';
  if (value.includes('-')) {
    const parts = value.split('-').map((part) => (part === '' ? '' : shiftDate(part, days)));
    return parts.some((part) => part === undefined) ? undefined : parts.join('-');
  }
  return shiftDate(value, days);
}

/**
 * Clean Descriptors rule: a descriptor is kept only when every word in it belongs to the safe
 * vocabulary of acquisition descriptions below (sequence names, views, planes, contrast words) or is
 * a short number with an optional unit (≤ 3 digits: slice counts, thicknesses — never dates or IDs).
 * Otherwise the whole value is emptied. Matching ignores case; words are runs of letters and digits
 * of any script, so that a name in Cyrillic, Greek or CJK characters is a word (not in the vocabulary),
 * not a separator.
 */
export const SAFE_DESCRIPTOR_WORDS: ReadonlySet<string> = new Set(`
  cine sax lax short long axis ax 2ch 3ch 4ch 2cv 3cv 4cv ch chamber chambers view views stack slice slices
  lge psir mag magnitude phase pc flow venc cmr mr mri ct cardiac heart cardio
  ssfp bssfp trufi fiesta balanced gre tse fse haste se ir inversion recovery ti scout tfe ffe epi dwi
  t1 t2 t2star map mapping molli shmolli saski native post pre contrast gd gado gadolinium late early
  enhancement perfusion rest stress adenosine dobutamine regadenoson delayed
  localizer localiser loc survey tra trans transverse axial cor coronal sag sagittal obl oblique
  lv rv la ra lvot rvot ao aorta aortic pa pulmonary mitral tricuspid valve apex base mid apical basal
  bh fb breath hold free breathing nav navigator retro prosp gated gating ecg trigger triggered segmented
  realtime rt single multi shot 2d 3d 4d mpr mip thin thick high low res resolution fast slow
  and of with w wo without the a in on to for left right
  dark blood bright black white fat water sat suppression stir dixon in opp opposed
  tagging tag tagged strain feature tracking mdme mddf repeat rep
  series study exam protocol image images sequence default routine
`.trim().split(/\s+/));

export function isSafeDescriptor(value: string): boolean {
  const words = value.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
  return words.every((word) => SAFE_DESCRIPTOR_WORDS.has(word) || /^\d{1,3}(mm|ms|s|ch|d|x)?$/.test(word) || /^x\d{1,3}$/.test(word));
}
