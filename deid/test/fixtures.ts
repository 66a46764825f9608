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

/** One element for rawPart10: its bytes exactly as given (odd lengths, any VR), or items of a sequence. */
export interface RawElement {
  tag: number;
  vr: string;
  value?: Uint8Array | string;
  /** A sequence: items of elements, written with defined lengths unless `undefinedLength`. */
  items?: RawElement[][];
  undefinedLength?: boolean;
  /** Encapsulated pixel data: the items after the header (offset table first), then a sequence delimiter. */
  fragments?: Uint8Array[];
}

const LONG = new Set(['OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'SQ', 'SV', 'UC', 'UN', 'UR', 'UT', 'UV']);

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function u16(n: number): Uint8Array {
  return new Uint8Array([n & 0xff, (n >>> 8) & 0xff]);
}
function u32(n: number): Uint8Array {
  return new Uint8Array([n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff]);
}
const bytesOf = (value: Uint8Array | string | undefined) => (typeof value === 'string' ? new TextEncoder().encode(value) : value ?? new Uint8Array(0));

function encodeElements(elements: RawElement[], implicit: boolean): Uint8Array {
  return concat(elements.map((element) => {
    const tag = concat([u16(element.tag >>> 16), u16(element.tag & 0xffff)]);
    let value: Uint8Array;
    let length: number;
    if (element.fragments) {
      value = concat([...element.fragments.flatMap((f) => [u16(0xfffe), u16(0xe000), u32(f.length), f]), u16(0xfffe), u16(0xe0dd), u32(0)]);
      length = 0xffffffff;
    } else if (element.items) {
      const items = element.items.map((item) => {
        const body = encodeElements(item, implicit);
        return element.undefinedLength ? concat([u16(0xfffe), u16(0xe000), u32(0xffffffff), body, u16(0xfffe), u16(0xe00d), u32(0)]) : concat([u16(0xfffe), u16(0xe000), u32(body.length), body]);
      });
      value = concat(element.undefinedLength ? [...items, u16(0xfffe), u16(0xe0dd), u32(0)] : items);
      length = element.undefinedLength ? 0xffffffff : value.length;
    } else {
      value = bytesOf(element.value);
      length = value.length;
    }
    if (implicit) return concat([tag, u32(length), value]);
    const vr = new TextEncoder().encode(element.vr);
    return LONG.has(element.vr) ? concat([tag, vr, u16(0), u32(length), value]) : concat([tag, vr, u16(length), value]);
  }));
}

/**
 * A Part 10 file written byte by byte, independently of dcmjs and of the engine: for inputs those
 * would never write (odd lengths, elements after the pixel data, Latin-1 text, truncated files).
 */
export function rawPart10(transferSyntax: string, elements: RawElement[]): Uint8Array {
  const uid = (tag: number, value: string): RawElement => ({ tag, vr: 'UI', value: value.length % 2 ? `${value}\0` : value });
  const meta = encodeElements([
    { tag: 0x00020001, vr: 'OB', value: new Uint8Array([0, 1]) },
    uid(0x00020002, MR_IMAGE_STORAGE),
    uid(0x00020003, '1.3.6.1.4.1.99999.1.2.3.4.5'),
    uid(0x00020010, transferSyntax),
  ], false);
  const groupLength = encodeElements([{ tag: 0x00020000, vr: 'UL', value: u32(meta.length) }], false);
  const preamble = new Uint8Array(132);
  preamble.set([0x44, 0x49, 0x43, 0x4d], 128);
  return concat([preamble, groupLength, meta, encodeElements(elements, transferSyntax === '1.2.840.10008.1.2')]);
}

/** The minimal MR header rawPart10 files carry (sorted), with the fake PHI the tests look for. */
export function rawMrHeader(): RawElement[] {
  return [
    { tag: 0x00080016, vr: 'UI', value: '1.2.840.10008.5.1.4.1.1.4\0' },
    { tag: 0x00080018, vr: 'UI', value: '1.3.6.1.4.1.99999.1.2.3.4.5\0' },
    { tag: 0x00080020, vr: 'DA', value: '20240301' },
    { tag: 0x00080060, vr: 'CS', value: 'MR' },
    { tag: 0x00100010, vr: 'PN', value: 'Dupont^Jean ' },
    { tag: 0x00100020, vr: 'LO', value: 'H123456 ' },
    { tag: 0x0020000d, vr: 'UI', value: '1.3.6.1.4.1.99999.1.2' },
    { tag: 0x00280100, vr: 'US', value: u16(16) },
  ];
}
