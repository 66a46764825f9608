// Builds DICOM Part 10 test inputs with dcmjs, full of fake identifying data.
import dcmjs, { type DcmjsDataset } from 'dcmjs';

export const MR_IMAGE_STORAGE = '1.2.840.10008.5.1.4.1.1.4';

export function fakeMrDataset(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    SpecificCharacterSet: 'ISO_IR 100',
    ImageType: ['ORIGINAL', 'PRIMARY', 'M', 'NONE'],
    SOPClassUID: MR_IMAGE_STORAGE,
    SOPInstanceUID: '1.3.6.1.4.1.99999.1.2.3.4.5',
    StudyInstanceUID: '1.3.6.1.4.1.99999.1.2',
    SeriesInstanceUID: '1.3.6.1.4.1.99999.1.2.3',
    FrameOfReferenceUID: '1.3.6.1.4.1.99999.1.9',
    StudyDate: '20240301',
    SeriesDate: '20240301',
    AcquisitionDate: '20240301',
    ContentDate: '20240301',
    StudyTime: '101530.123',
    AcquisitionDateTime: '20240301101612.500000+0100',
    AccessionNumber: 'ACC998877',
    Modality: 'MR',
    Manufacturer: 'ACME Medical',
    InstitutionName: 'CHU Sainte Mathilde',
    InstitutionAddress: '1 rue de la Paix, Paris',
    ReferringPhysicianName: 'Martin^Claire',
    StationName: 'MRI-ROOM-3',
    StudyDescription: 'CARDIAC MR STRESS',
    SeriesDescription: 'cine SAX 8mm',
    ProtocolName: 'Dupont cardiac protocol',
    OperatorsName: 'Tech^Tom',
    PatientName: 'Dupont^Jean',
    PatientID: 'H123456',
    PatientBirthDate: '19600102',
    PatientSex: 'M',
    PatientAge: '064Y',
    PatientSize: 1.76,
    PatientWeight: 72.5,
    OtherPatientIDs: 'NIR1600175123456',
    PatientAddress: '12 avenue Foch',
    PatientComments: 'called Jean by the staff',
    DeviceSerialNumber: 'SN-445566',
    BodyPartExamined: 'HEART',
    SliceThickness: 8,
    ReferencedImageSequence: [{ ReferencedSOPClassUID: MR_IMAGE_STORAGE, ReferencedSOPInstanceUID: '1.3.6.1.4.1.99999.1.2.7.1' }],
    RequestAttributesSequence: [{ RequestedProcedureID: 'RP42', ScheduledProcedureStepID: 'SPS42', ScheduledProcedureStepDescription: 'IRM cardiaque Dupont' }],
    Rows: 2,
    Columns: 2,
    BitsAllocated: 16,
    BitsStored: 12,
    HighBit: 11,
    PixelRepresentation: 0,
    SamplesPerPixel: 1,
    PhotometricInterpretation: 'MONOCHROME2',
    PixelData: new Uint16Array([1, 2, 3, 4]).buffer,
    _vrMap: { PixelData: 'OW' },
    ...overrides,
  };
}

export interface BuildOptions {
  transferSyntax?: string;
  privateElements?: boolean;
  /** Extra elements in the DICOM JSON model, keyed by tag. */
  extra?: DcmjsDataset;
}

export function buildPart10(natural: Record<string, unknown>, options: BuildOptions = {}): Uint8Array {
  const dataset = dcmjs.data.DicomMetaDictionary.denaturalizeDataset(natural);
  if (options.privateElements !== false) {
    dataset['00290010'] = { vr: 'LO', Value: ['ACME PRIVATE'] };
    dataset['00291010'] = { vr: 'LO', Value: ['Dupont Jean H123456'] };
  }
  Object.assign(dataset, options.extra ?? {});
  const meta: DcmjsDataset = {
    '00020001': { vr: 'OB', Value: [new Uint8Array([0, 1]).buffer] },
    '00020002': { vr: 'UI', Value: [String(natural.SOPClassUID)] },
    '00020003': { vr: 'UI', Value: [String(natural.SOPInstanceUID)] },
    '00020010': { vr: 'UI', Value: [options.transferSyntax ?? '1.2.840.10008.1.2.1'] },
    '00020012': { vr: 'UI', Value: ['1.2.3.4.5.6.7'] },
    '00020016': { vr: 'AE', Value: ['HOSPITAL_PACS'] },
  };
  const dict = new dcmjs.data.DicomDict(meta);
  dict.dict = dataset;
  return new Uint8Array(dict.write());
}

export function readBack(bytes: Uint8Array): { meta: DcmjsDataset; dataset: DcmjsDataset } {
  const copy = new Uint8Array(bytes);
  const file = dcmjs.data.DicomMessage.readFile(copy.buffer);
  return { meta: file.meta, dataset: file.dict };
}

export const KEY = new Uint8Array(32).map((_, i) => i + 1);
export const OTHER_KEY = new Uint8Array(32).map((_, i) => 200 - i);
