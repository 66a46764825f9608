// The blinded reader's view, in one place: centre, dates and timepoint are replaced by neutral
// values in DICOM JSON (QIDO-RS results and WADO-RS metadata) and in the headers of the DICOM files
// served (rewritten on the fly, see blinded-file.ts), so a reader cannot tell where or when an
// exam was acquired, nor whether it is a baseline or a follow-up.
import type { DicomJson, DicomJsonElement } from './dicom-reader.ts';

export const NEUTRAL_DATE = '19000101';
export const NEUTRAL_DATETIME = '19000101000000';
export const NEUTRAL_TEXT = 'BLINDED';

/** Attributes that name the centre or the timepoint; replaced by a neutral text (or removed when not text). */
export const BLINDED_TEXT_TAGS = new Set([
  '00080080', // InstitutionName
  '00080081', // InstitutionAddress
  '00081040', // InstitutionalDepartmentName
  '00081010', // StationName
  '00120030', // ClinicalTrialSiteID
  '00120031', // ClinicalTrialSiteName
  '00120050', // ClinicalTrialTimePointID
  '00120051', // ClinicalTrialTimePointDescription
  '00120060', // ClinicalTrialCoordinatingCenterName
  '00321033', // RequestingService
  '00080050', // AccessionNumber: often carries the date or the centre
]);

/** Matching keys a blinded caller may not use: they would reveal what blinding hides. */
export const BLINDED_MATCHING_KEYS = new Set(['StudyDate', 'SeriesDate', 'AccessionNumber', 'InstitutionName', 'StudyTime']);

export function blindedValue(tag: string, element: DicomJsonElement): DicomJsonElement | undefined {
  if (element.vr === 'DA') return element.Value ? { vr: 'DA', Value: element.Value.map(() => NEUTRAL_DATE) } : element;
  if (element.vr === 'DT') return element.Value ? { vr: 'DT', Value: element.Value.map(() => NEUTRAL_DATETIME) } : element;
  if (BLINDED_TEXT_TAGS.has(tag)) return element.Value ? { vr: element.vr, Value: [NEUTRAL_TEXT] } : element;
  return undefined;
}

/** A blinded copy of a DICOM JSON data set, nested sequences included. */
export function blindDicomJson(dataset: DicomJson): DicomJson {
  const out: DicomJson = {};
  for (const [tag, element] of Object.entries(dataset)) {
    if (element.vr === 'SQ' && element.Value) {
      out[tag] = { vr: 'SQ', Value: (element.Value as DicomJson[]).map(blindDicomJson) };
      continue;
    }
    out[tag] = blindedValue(tag, element) ?? element;
  }
  return out;
}
