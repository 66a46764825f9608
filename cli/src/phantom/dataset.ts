// The DICOM attributes of each instance (MR Image Storage, Explicit VR Little Endian), by standard
// keyword: the modules of the MR Image IOD (PS3.3 A.4) with the identifying attributes a hospital
// export really carries, and a private block of a fictitious RIS.
import type { ExamPlan } from './cohort.ts';
import type { DicomJsonDataset, NaturalDataset } from './dcmjs.ts';
import { dicomName } from './phi.ts';
import type { FramePlan, SeriesPlan } from './series.ts';

export const MR_IMAGE_STORAGE = '1.2.840.10008.5.1.4.1.1.4';
export const EXPLICIT_VR_LITTLE_ENDIAN = '1.2.840.10008.1.2.1';
export const IMPLEMENTATION_CLASS_UID = '2.25.146392186046725394739081613524577280001';
export const IMPLEMENTATION_VERSION = 'CORELAB_PHANTOM1';
export const PRIVATE_CREATOR = 'MEDIVIEW RIS 3.1';

/** DS: at most 16 characters. */
export const ds = (n: number, decimals = 4): string => {
  const s = String(Number(n.toFixed(decimals)));
  return s === '-0' ? '0' : s;
};
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
export const da = (d: Date): string => `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
export const tm = (d: Date): string => `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
const dt = (d: Date): string => `${da(d)}${tm(d)}`;

interface SequenceSettings {
  scanningSequence: string[];
  sequenceVariant: string[];
  repetitionTime: number;
  echoTime: number;
  flipAngle: number;
  inversionTime?: number;
}

function sequenceSettings(exam: ExamPlan, series: SeriesPlan): SequenceSettings {
  const r = exam.random.fork(`sequence-${series.kind}`);
  const high = exam.subject.centre.scanner.fieldStrength === 3;
  if (series.kind === 'lge-sax') {
    return { scanningSequence: ['GR', 'IR'], sequenceVariant: ['SK', 'SP', 'MP'], repetitionTime: r.uniform(4.6, 5.4), echoTime: r.uniform(1.9, 2.3), flipAngle: r.int(20, 25), inversionTime: r.int(250, 330) };
  }
  return {
    scanningSequence: ['GR'],
    sequenceVariant: ['SK', 'SS'],
    repetitionTime: high ? r.uniform(3.2, 3.6) : r.uniform(2.8, 3.3),
    echoTime: high ? r.uniform(1.4, 1.6) : r.uniform(1.15, 1.45),
    flipAngle: high ? r.int(40, 50) : r.int(55, 70),
  };
}

export interface SeriesAttributes {
  natural: NaturalDataset;
  privateBlock: DicomJsonDataset;
}

/** Attributes shared by every instance of a series. */
export function seriesAttributes(exam: ExamPlan, series: SeriesPlan): SeriesAttributes {
  const { patient, heightM, centre: centrePlan } = exam.subject;
  const { centre, scanner } = centrePlan;
  const seq = sequenceSettings(exam, series);
  const seriesStart = new Date(exam.start.getTime() + series.startAfterMs);
  const lge = series.kind === 'lge-sax';
  const natural: NaturalDataset = {
    SpecificCharacterSet: 'ISO_IR 192',
    ImageType: ['ORIGINAL', 'PRIMARY', 'OTHER'],
    InstanceCreationDate: da(seriesStart),
    SOPClassUID: MR_IMAGE_STORAGE,
    StudyDate: da(exam.start),
    SeriesDate: da(seriesStart),
    AcquisitionDate: da(seriesStart),
    ContentDate: da(seriesStart),
    StudyTime: tm(exam.start),
    SeriesTime: tm(seriesStart),
    AccessionNumber: exam.accessionNumber,
    Modality: 'MR',
    Manufacturer: scanner.manufacturer,
    InstitutionName: centre.institutionName,
    InstitutionAddress: centre.institutionAddress,
    ReferringPhysicianName: exam.referringPhysician,
    ReferringPhysicianTelephoneNumbers: '04 72 11 00 00',
    StationName: centre.stationName,
    StudyDescription: exam.timepoint === 'baseline' ? 'IRM CARDIAQUE^bilan initial' : 'IRM CARDIAQUE^controle',
    SeriesDescription: series.description,
    InstitutionalDepartmentName: centre.department,
    PerformingPhysicianName: exam.performingPhysician,
    OperatorsName: exam.operator,
    ManufacturerModelName: scanner.model,
    PatientName: dicomName(patient.name),
    PatientID: patient.patientId,
    IssuerOfPatientID: `IPP ${centre.institutionName}`.slice(0, 64),
    PatientBirthDate: da(patient.birthDate),
    PatientSex: patient.sex,
    OtherPatientIDs: patient.otherPatientIds,
    PatientBirthName: dicomName(patient.birthName),
    PatientAge: `${String(exam.ageYears).padStart(3, '0')}Y`,
    PatientSize: ds(heightM, 2),
    PatientWeight: ds(exam.weightKg, 1),
    PatientAddress: patient.address,
    PatientMotherBirthName: patient.motherBirthName,
    PatientTelephoneNumbers: patient.phone,
    AdditionalPatientHistory: `Suivi cardiologie, ${patient.name.given} ${patient.name.family}, dossier ${patient.patientId}`,
    BodyPartExamined: 'HEART',
    ScanningSequence: seq.scanningSequence,
    SequenceVariant: seq.sequenceVariant,
    ScanOptions: ['CG'],
    MRAcquisitionType: '2D',
    SequenceName: lge ? scanner.lgeSequenceName : scanner.cineSequenceName,
    AngioFlag: 'N',
    SliceThickness: ds(series.sliceThickness),
    RepetitionTime: ds(seq.repetitionTime, 2),
    EchoTime: ds(seq.echoTime, 2),
    ...(seq.inversionTime === undefined ? {} : { InversionTime: ds(seq.inversionTime) }),
    NumberOfAverages: '1',
    ImagingFrequency: ds(scanner.fieldStrength === 3 ? 123.2 : 63.6, 3),
    ImagedNucleus: '1H',
    EchoNumbers: '1',
    MagneticFieldStrength: ds(scanner.fieldStrength),
    SpacingBetweenSlices: ds(series.spacingBetweenSlices),
    EchoTrainLength: '1',
    PercentSampling: '100',
    PercentPhaseFieldOfView: ds((100 * scanner.rows) / scanner.columns, 2),
    PixelBandwidth: ds(lge ? 400 : 930),
    DeviceSerialNumber: centre.deviceSerialNumber,
    SoftwareVersions: scanner.softwareVersions,
    ProtocolName: series.protocolName,
    NominalInterval: String(exam.rrMs),
    BeatRejectionFlag: 'N',
    CardiacNumberOfImages: String(series.phases),
    TriggerWindow: '0',
    ReceiveCoilName: 'Body 18',
    TransmitCoilName: 'Body',
    AcquisitionMatrix: [0, Math.round(scanner.columns * 0.75), Math.round(scanner.rows * 0.6), 0],
    InPlanePhaseEncodingDirection: 'ROW',
    FlipAngle: ds(seq.flipAngle),
    VariableFlipAngleFlag: 'N',
    PatientPosition: 'HFS',
    HeartRate: String(exam.heartRate),
    StudyInstanceUID: exam.studyInstanceUID,
    SeriesInstanceUID: series.seriesInstanceUID,
    StudyID: exam.studyId,
    SeriesNumber: String(series.seriesNumber),
    AcquisitionNumber: '1',
    FrameOfReferenceUID: exam.frameOfReferenceUID,
    PositionReferenceIndicator: '',
    SamplesPerPixel: 1,
    PhotometricInterpretation: 'MONOCHROME2',
    Rows: scanner.rows,
    Columns: scanner.columns,
    PixelSpacing: [ds(scanner.pixelSpacing, 6), ds(scanner.pixelSpacing, 6)],
    BitsAllocated: 16,
    BitsStored: 12,
    HighBit: 11,
    PixelRepresentation: 0,
    BurnedInAnnotation: series.burnedInAnnotation ? 'YES' : 'NO',
    WindowCenter: lge ? '500' : '650',
    WindowWidth: lge ? '1200' : '1400',
    LossyImageCompression: '00',
    ...(lge ? { ContrastBolusAgent: 'DOTAREM 0.2 ml/kg', ContrastBolusRoute: 'IV', ContrastBolusVolume: ds(0.2 * exam.weightKg, 1) } : {}),
    RequestingPhysician: exam.referringPhysician,
    RequestedProcedureDescription: 'IRM cardiaque avec injection',
    PerformedProcedureStepStartDate: da(exam.start),
    PerformedProcedureStepStartTime: tm(exam.start),
    PerformedProcedureStepID: `PPS${exam.studyId}`,
  };
  const privateBlock: DicomJsonDataset = {
    '00190010': { vr: 'LO', Value: [PRIVATE_CREATOR] },
    '00191010': { vr: 'LO', Value: [`${patient.name.family.toUpperCase()} ${patient.name.given}`] },
    '00191011': { vr: 'LO', Value: [`${centre.department}, chambre ${exam.random.int(100, 450)}`] },
    '00191012': { vr: 'SH', Value: [patient.patientId] },
    '00191013': { vr: 'DS', Value: [ds(exam.weightKg, 1)] },
    '00191014': { vr: 'DA', Value: [da(patient.birthDate)] },
  };
  return { natural, privateBlock };
}

/** Attributes that differ from one instance of a series to the next. */
export function frameAttributes(exam: ExamPlan, series: SeriesPlan, frame: FramePlan, sopInstanceUID: string): NaturalDataset {
  const acquired = new Date(exam.start.getTime() + series.startAfterMs + frame.acquiredAfterMs);
  const content = new Date(acquired.getTime() + 40_000);
  const p = frame.plane;
  return {
    SOPInstanceUID: sopInstanceUID,
    AcquisitionTime: tm(acquired),
    AcquisitionDateTime: dt(acquired),
    ContentTime: tm(content),
    InstanceCreationTime: tm(content),
    InstanceNumber: String(frame.instanceNumber),
    TriggerTime: ds(frame.triggerTime, 1),
    ImagePositionPatient: p.origin.map((v) => ds(v)),
    ImageOrientationPatient: [...p.rowDirection, ...p.columnDirection].map((v) => ds(v, 6)),
    SliceLocation: ds(frame.sliceLocation),
  };
}
