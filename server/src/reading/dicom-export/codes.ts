// Coded concepts of the exported report and segmentation. Standard codes (DCM, SNOMED CT, LOINC as
// listed in PS3.16 — checked against pydicom 2.3's PS3.16 concept dictionary — and UCUM) where one
// exists for the concept; otherwise the private scheme 99CORELAB (declared in
// the objects' Coding Scheme Identification Sequence) with the form's field key or option value.

export interface Code {
  value: string;
  scheme: string;
  meaning: string;
}

export const PRIVATE_SCHEME = '99CORELAB';
export const PRIVATE_SCHEME_IDENTIFICATION = {
  CodingSchemeDesignator: PRIVATE_SCHEME,
  CodingSchemeName: 'Corelab reading form concepts',
  CodingSchemeResponsibleOrganization: 'Corelab',
};

const dcm = (value: string, meaning: string): Code => ({ value, scheme: 'DCM', meaning });
const sct = (value: string, meaning: string): Code => ({ value, scheme: 'SCT', meaning });
const ln = (value: string, meaning: string): Code => ({ value, scheme: 'LN', meaning });
export const ucum = (value: string, meaning: string): Code => ({ value, scheme: 'UCUM', meaning });

export const CODES = {
  imagingMeasurementReport: dcm('126000', 'Imaging Measurement Report'),
  languageOfContent: dcm('121049', 'Language of Content Item and Descendants'),
  english: { value: 'en', scheme: 'RFC5646', meaning: 'English' },
  observerType: dcm('121005', 'Observer Type'),
  person: dcm('121006', 'Person'),
  personObserverName: dcm('121008', 'Person Observer Name'),
  procedureReported: dcm('121058', 'Procedure reported'),
  cardiacMr: sct('241620005', 'Magnetic resonance imaging of heart'),
  imageLibrary: dcm('111028', 'Image Library'),
  imageLibraryGroup: dcm('126200', 'Image Library Group'),
  imagingMeasurements: dcm('126010', 'Imaging Measurements'),
  measurementGroup: dcm('125007', 'Measurement Group'),
  trackingIdentifier: dcm('112039', 'Tracking Identifier'),
  trackingUid: dcm('112040', 'Tracking Unique Identifier'),
  findingSite: sct('363698007', 'Finding Site'),
  finding: dcm('121071', 'Finding'),
  imageRegion: dcm('111030', 'Image Region'),
  qualitativeEvaluations: { value: 'C0034375', scheme: 'UMLS', meaning: 'Qualitative Evaluations' },
  leftVentricle: sct('87878005', 'Left ventricle structure'),
  rightVentricle: sct('53085002', 'Right ventricular structure'),
  area: sct('42798000', 'Area'),
  length: sct('410668003', 'Length'),
  endDiastole: dcm('109022', 'End diastole'),
  endSystole: dcm('109070', 'End of systole'),
  yes: sct('373066001', 'Yes'),
  no: sct('373067005', 'No'),
  indeterminate: sct('82334004', 'Indeterminate'),
  // Segmentation: segmented property category and type (CID 7150, CID 7151).
  anatomicalStructure: sct('91723000', 'Anatomical Structure'),
  leftVentricularMyocardium: sct('49848007', 'Myocardium of left ventricle'),
} as const;

/** Concepts of the default cardiac MR form's number fields; another form's fields fall back to 99CORELAB. */
export const FIELD_CONCEPTS: Readonly<Record<string, { concept: Code; site: Code }>> = {
  lvEdv: { concept: ln('8821-1', 'Left Ventricular ED Volume'), site: CODES.leftVentricle },
  lvEsv: { concept: ln('8823-7', 'Left Ventricular ES Volume'), site: CODES.leftVentricle },
  lvSv: { concept: sct('90096001', 'Stroke Volume'), site: CODES.leftVentricle },
  lvEf: { concept: ln('8811-2', 'Left ventricular ejection fraction by MR'), site: CODES.leftVentricle },
  lvMass: { concept: ln('18087-7', 'Left Ventricle Mass'), site: CODES.leftVentricle },
  rvEdv: { concept: ln('8822-9', 'Right Ventricular ED Volume'), site: CODES.rightVentricle },
  rvEsv: { concept: ln('8824-5', 'Right Ventricular ES Volume'), site: CODES.rightVentricle },
  rvSv: { concept: sct('429483009', 'RV Stroke Volume'), site: CODES.rightVentricle },
  rvEf: { concept: ln('8818-7', 'Right ventricular ejection fraction by MR'), site: CODES.rightVentricle },
};

/** UCUM for the form's units (the form writes mL, the DICOM examples ml: both denote the millilitre). */
export function unitCode(unit: string): Code {
  switch (unit) {
    case 'mL':
    case 'ml':
      return ucum('ml', 'milliliter');
    case '%':
      return ucum('%', 'percent');
    case 'g':
      return ucum('g', 'gram');
    case 'mL/m²':
    case 'ml/m2':
      return ucum('ml/m2', 'milliliter per square meter');
    case 'g/m²':
    case 'g/m2':
      return ucum('g/m2', 'gram per square meter');
    case 'mm':
      return ucum('mm', 'millimeter');
    case 'mm²':
    case 'mm2':
      return ucum('mm2', 'square millimeter');
    case '':
      return ucum('1', 'no units');
    default:
      return ucum(unit.replace(/²/g, '2').replace(/³/g, '3'), unit);
  }
}

export const privateCode = (value: string, meaning: string): Code => ({ value, scheme: PRIVATE_SCHEME, meaning });

/** A code as a Code Sequence item: CodeValue holds at most 16 characters, longer ones go to LongCodeValue. */
export function codeItem(code: Code): Record<string, string> {
  const meaning = code.meaning.length > 64 ? code.meaning.slice(0, 64) : code.meaning;
  return code.value.length <= 16
    ? { CodeValue: code.value, CodingSchemeDesignator: code.scheme, CodeMeaning: meaning }
    : { LongCodeValue: code.value, CodingSchemeDesignator: code.scheme, CodeMeaning: meaning };
}
