// What the exported objects need of the source images and their study, taken from the stored
// (already de-identified) attributes in the DICOM index (DICOM JSON).
import { naturalize, type DicomJsonDataset, type NaturalDataset } from './part10.ts';

export interface SourceImage {
  sopClassUID: string;
  sopInstanceUID: string;
  seriesInstanceUID: string;
  studyInstanceUID: string;
  frameOfReferenceUID?: string;
  rows: number;
  columns: number;
  imagePositionPatient?: [number, number, number];
  imageOrientationPatient?: [number, number, number, number, number, number];
  /** [row spacing, column spacing] in mm. */
  pixelSpacing?: [number, number];
  sliceThickness?: number;
  numberOfFrames: number;
}

/** Patient, study and clinical-trial attributes copied into the exported objects. */
const COPIED_TAGS = [
  '00080020', // StudyDate
  '00080030', // StudyTime
  '00080050', // AccessionNumber
  '00080090', // ReferringPhysicianName
  '00081030', // StudyDescription
  '00100010', // PatientName
  '00100020', // PatientID
  '00100030', // PatientBirthDate
  '00100040', // PatientSex
  '00101010', // PatientAge
  '00101020', // PatientSize
  '00101030', // PatientWeight
  '00120010', // ClinicalTrialSponsorName
  '00120020', // ClinicalTrialProtocolID
  '00120021', // ClinicalTrialProtocolName
  '00120030', // ClinicalTrialSiteID
  '00120031', // ClinicalTrialSiteName
  '00120040', // ClinicalTrialSubjectID
  '00120042', // ClinicalTrialSubjectReadingID
  '00120050', // ClinicalTrialTimePointID
  '00120062', // PatientIdentityRemoved
  '00120063', // DeidentificationMethod
  '00120064', // DeidentificationMethodCodeSequence
  '0020000D', // StudyInstanceUID
  '00200010', // StudyID
  '00280303', // LongitudinalTemporalInformationModified
];

const numbers = (json: DicomJsonDataset, tag: string): number[] | undefined => {
  const value = json[tag]?.Value;
  if (!value || value.length === 0) return undefined;
  const parsed = value.map((v) => (typeof v === 'number' ? v : Number(v)));
  return parsed.every(Number.isFinite) ? parsed : undefined;
};
const text = (json: DicomJsonDataset, tag: string): string | undefined => {
  const value = json[tag]?.Value?.[0];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

export function patientStudyAttributes(json: DicomJsonDataset): NaturalDataset {
  const picked: DicomJsonDataset = {};
  for (const tag of COPIED_TAGS) if (json[tag]) picked[tag] = json[tag]!;
  const natural = naturalize(picked);
  delete natural._vrMap;
  return natural;
}

/** The source image of a stored instance's attributes; undefined members when the instance lacks them. */
export function sourceImageFromJson(json: DicomJsonDataset): SourceImage | undefined {
  const sopClassUID = text(json, '00080016');
  const sopInstanceUID = text(json, '00080018');
  const studyInstanceUID = text(json, '0020000D');
  const seriesInstanceUID = text(json, '0020000E');
  const rows = numbers(json, '00280010')?.[0];
  const columns = numbers(json, '00280011')?.[0];
  if (!sopClassUID || !sopInstanceUID || !studyInstanceUID || !seriesInstanceUID || !rows || !columns) return undefined;
  const position = numbers(json, '00200032');
  const orientation = numbers(json, '00200037');
  const spacing = numbers(json, '00280030');
  const thickness = numbers(json, '00180050')?.[0];
  const frameOfReferenceUID = text(json, '00200052');
  return {
    sopClassUID,
    sopInstanceUID,
    seriesInstanceUID,
    studyInstanceUID,
    rows,
    columns,
    numberOfFrames: numbers(json, '00280008')?.[0] ?? 1,
    ...(frameOfReferenceUID ? { frameOfReferenceUID } : {}),
    ...(position?.length === 3 ? { imagePositionPatient: position as [number, number, number] } : {}),
    ...(orientation?.length === 6 ? { imageOrientationPatient: orientation as SourceImage['imageOrientationPatient'] & object } : {}),
    ...(spacing?.length === 2 ? { pixelSpacing: spacing as [number, number] } : {}),
    ...(thickness !== undefined && thickness > 0 ? { sliceThickness: thickness } : {}),
  };
}
