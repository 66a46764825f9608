// The read's contours as a DICOM Segmentation (BINARY) on the source images' pixel grid: one segment
// per structure and cardiac phase present (LV blood pool = inside the endocardial contour, LV
// myocardium = inside the epicardial contour and outside the endocardial one on the same image,
// RV blood pool), one frame per segment and source image, a pixel set when its centre is inside.
// Segments are split by phase because the ED and ES contours of one slice position overlap.
import type { CardiacPhase, Contour } from '../volumetry/index.ts';
import { CODES, codeItem, type Code } from './codes.ts';
import { ReadingExportError } from './errors.ts';
import { decimalString, dicomDateTime, imageOf, seriesDescription, type ReadExportInput } from './export-input.ts';
import { writePart10, type NaturalDataset } from './part10.ts';
import { packBits, rasterisePolygon, subtractMask, unionMask } from './rasterise.ts';
import type { SourceImage } from './source-image.ts';
import { derivedUid } from './uids.ts';

export const SEGMENTATION_STORAGE = '1.2.840.10008.5.1.4.1.1.66.4';

type SegmentKind = 'lv-blood-pool' | 'lv-myocardium' | 'rv-blood-pool';
const SEGMENT_KINDS: Record<SegmentKind, { label: string; category: Code; type: Code; region?: Code }> = {
  'lv-blood-pool': { label: 'LV blood pool', category: CODES.anatomicalStructure, type: CODES.leftVentricle },
  'lv-myocardium': { label: 'LV myocardium', category: CODES.anatomicalStructure, type: CODES.leftVentricularMyocardium },
  'rv-blood-pool': { label: 'RV blood pool', category: CODES.anatomicalStructure, type: CODES.rightVentricle },
};
const PHASES: CardiacPhase[] = ['ED', 'ES'];

export interface SegmentFrame {
  segmentNumber: number;
  image: SourceImage;
  mask: Uint8Array;
}
export interface SegmentationPlan {
  segments: { number: number; kind: SegmentKind; phase: CardiacPhase; label: string }[];
  frames: SegmentFrame[];
}

function checkedGeometry(image: SourceImage): Required<Pick<SourceImage, 'frameOfReferenceUID' | 'imagePositionPatient' | 'imageOrientationPatient' | 'pixelSpacing'>> {
  const { frameOfReferenceUID, imagePositionPatient, imageOrientationPatient, pixelSpacing } = image;
  if (!frameOfReferenceUID || !imagePositionPatient || !imageOrientationPatient || !pixelSpacing) {
    throw new ReadingExportError('reading-export.source-image-geometry', `Image ${image.sopInstanceUID} has no complete plane geometry (frame of reference, position, orientation, pixel spacing): its contours cannot be placed in a segmentation.`);
  }
  return { frameOfReferenceUID, imagePositionPatient, imageOrientationPatient, pixelSpacing };
}

/** The segments and their masks, image by image (exported for the tests' pixel counts). */
export function planSegmentation(input: ReadExportInput): SegmentationPlan {
  const masks = new Map<string, Uint8Array>(); // `${structure} ${phase} ${sop}` -> union of that structure's contours on the image
  const images = new Map<string, SourceImage>();
  for (const contour of input.contours) {
    const image = imageOf(input, contour);
    checkedGeometry(image);
    for (const [column, row] of contour.points) {
      if (!(column >= -0.5 && row >= -0.5 && column <= image.columns - 0.5 && row <= image.rows - 0.5)) {
        throw new ReadingExportError('reading-export.contour-outside-image', `Contour ${contour.id} has a point (${column}, ${row}) outside its ${image.columns}×${image.rows} image.`);
      }
    }
    images.set(image.sopInstanceUID, image);
    const key = `${contour.structure} ${contour.phase} ${image.sopInstanceUID}`;
    const mask = rasterisePolygon(contour.points, image.rows, image.columns);
    const previous = masks.get(key);
    masks.set(key, previous ? unionMask(previous, mask) : mask);
  }
  const segments: SegmentationPlan['segments'] = [];
  const frames: SegmentFrame[] = [];
  for (const kind of Object.keys(SEGMENT_KINDS) as SegmentKind[]) {
    for (const phase of PHASES) {
      const number = segments.length + 1;
      const source = kind === 'rv-blood-pool' ? 'rv-endocardium' : kind === 'lv-blood-pool' ? 'lv-endocardium' : 'lv-epicardium';
      const onImages = orderedImages([...images.values()].filter((image) => masks.has(`${source} ${phase} ${image.sopInstanceUID}`)));
      if (onImages.length === 0) continue;
      segments.push({ number, kind, phase, label: `${SEGMENT_KINDS[kind].label} ${phase}` });
      for (const image of onImages) {
        let mask = masks.get(`${source} ${phase} ${image.sopInstanceUID}`)!;
        const endocardium = masks.get(`lv-endocardium ${phase} ${image.sopInstanceUID}`);
        if (kind === 'lv-myocardium' && endocardium) mask = subtractMask(mask, endocardium);
        frames.push({ segmentNumber: number, image, mask });
      }
    }
  }
  return { segments, frames };
}

/** Images ordered along their slice normal (apex to base or the reverse, as the positions go). */
function orderedImages(images: SourceImage[]): SourceImage[] {
  return images.map((image) => ({ image, at: normalDistance(image) })).sort((a, b) => a.at - b.at || a.image.sopInstanceUID.localeCompare(b.image.sopInstanceUID)).map((e) => e.image);
}
function normalDistance(image: SourceImage): number {
  const [rx, ry, rz, cx, cy, cz] = image.imageOrientationPatient!;
  const normal = [ry * cz - rz * cy, rz * cx - rx * cz, rx * cy - ry * cx];
  const position = image.imagePositionPatient!;
  return normal[0]! * position[0] + normal[1]! * position[1] + normal[2]! * position[2];
}

const ds = (values: readonly number[]) => values.map(decimalString);
const positionKey = (image: SourceImage) => image.imagePositionPatient!.map(decimalString).join('\\');

/** The contours as Part 10 bytes of a DICOM SEG, or undefined when the read has no contour. */
export function buildSegmentation(input: ReadExportInput): { bytes: Uint8Array; sopInstanceUID: string; seriesInstanceUID: string; plan: SegmentationPlan } | undefined {
  const plan = planSegmentation(input);
  if (plan.frames.length === 0) return undefined;
  const sopInstanceUID = derivedUid(input.readId, 'seg');
  const seriesInstanceUID = derivedUid(input.readId, 'seg-series');
  const dimensionOrganizationUID = derivedUid(input.readId, 'seg-dimensions');
  const { date, time } = dicomDateTime(input.submittedAt);
  const first = plan.frames[0]!.image;
  const frameOfReferenceUID = checkedGeometry(first).frameOfReferenceUID;
  for (const { image } of plan.frames) {
    if (image.frameOfReferenceUID !== frameOfReferenceUID || image.rows !== first.rows || image.columns !== first.columns) {
      throw new ReadingExportError('reading-export.source-image-geometry', `Contoured images ${first.sopInstanceUID} and ${image.sopInstanceUID} differ in frame of reference or size: one segmentation cannot hold both.`);
    }
  }
  // Dimension index of the position: rank of the distinct positions along the normal.
  const positions = [...new Map(orderedImages([...new Map(plan.frames.map((f) => [f.image.sopInstanceUID, f.image])).values()]).map((image) => [positionKey(image), image])).keys()];
  const referenced = new Map<string, SourceImage[]>();
  for (const image of new Map(plan.frames.map((f) => [f.image.sopInstanceUID, f.image])).values()) {
    referenced.set(image.seriesInstanceUID, [...(referenced.get(image.seriesInstanceUID) ?? []), image]);
  }
  const pixelData = packBits(plan.frames.map((f) => f.mask));

  const dataset: NaturalDataset = {
    SpecificCharacterSet: 'ISO_IR 192',
    ImageType: ['DERIVED', 'PRIMARY'],
    SOPClassUID: SEGMENTATION_STORAGE,
    SOPInstanceUID: sopInstanceUID,
    InstanceCreationDate: date,
    InstanceCreationTime: time,
    PatientName: '',
    PatientID: '',
    PatientBirthDate: '',
    PatientSex: '',
    StudyDate: '',
    StudyTime: '',
    ReferringPhysicianName: '',
    StudyID: '',
    AccessionNumber: '',
    ...input.patientStudy,
    Modality: 'SEG',
    SeriesInstanceUID: seriesInstanceUID,
    SeriesNumber: input.readKind === 'reread' ? 9912 : 9911,
    SeriesDescription: seriesDescription(input, 'contours'),
    FrameOfReferenceUID: frameOfReferenceUID,
    PositionReferenceIndicator: '',
    Manufacturer: 'Corelab',
    ManufacturerModelName: 'Corelab reading workstation',
    DeviceSerialNumber: '1',
    SoftwareVersions: 'corelab reading export 1',
    InstanceNumber: 1,
    ContentDate: date,
    ContentTime: time,
    ContentLabel: 'CONTOURS',
    ContentDescription: 'Reader contours',
    ContentCreatorName: `Reader^${input.readerPseudonym}`,
    SamplesPerPixel: 1,
    PhotometricInterpretation: 'MONOCHROME2',
    Rows: first.rows,
    Columns: first.columns,
    BitsAllocated: 1,
    BitsStored: 1,
    HighBit: 0,
    PixelRepresentation: 0,
    LossyImageCompression: '00',
    SegmentationType: 'BINARY',
    SegmentSequence: plan.segments.map((segment) => {
      const kind = SEGMENT_KINDS[segment.kind];
      return {
        SegmentNumber: segment.number,
        SegmentLabel: segment.label,
        SegmentAlgorithmType: 'MANUAL',
        SegmentedPropertyCategoryCodeSequence: [codeItem(kind.category)],
        SegmentedPropertyTypeCodeSequence: [codeItem(kind.type)],
        ...(kind.region ? { AnatomicRegionSequence: [codeItem(kind.region)] } : {}),
      };
    }),
    DimensionOrganizationSequence: [{ DimensionOrganizationUID: dimensionOrganizationUID }],
    DimensionIndexSequence: [
      { DimensionOrganizationUID: dimensionOrganizationUID, DimensionIndexPointer: 0x0062000b, FunctionalGroupPointer: 0x0062000a, DimensionDescriptionLabel: 'ReferencedSegmentNumber' },
      { DimensionOrganizationUID: dimensionOrganizationUID, DimensionIndexPointer: 0x00200032, FunctionalGroupPointer: 0x00209113, DimensionDescriptionLabel: 'ImagePositionPatient' },
    ],
    NumberOfFrames: plan.frames.length,
    SharedFunctionalGroupsSequence: [{}],
    PerFrameFunctionalGroupsSequence: plan.frames.map(({ segmentNumber, image }) => ({
      FrameContentSequence: [{ DimensionIndexValues: [segmentNumber, positions.indexOf(positionKey(image)) + 1] }],
      DerivationImageSequence: [
        {
          SourceImageSequence: [
            {
              ReferencedSOPClassUID: image.sopClassUID,
              ReferencedSOPInstanceUID: image.sopInstanceUID,
              PurposeOfReferenceCodeSequence: [codeItem({ value: '121322', scheme: 'DCM', meaning: 'Source image for image processing operation' })],
            },
          ],
          DerivationCodeSequence: [codeItem({ value: '113076', scheme: 'DCM', meaning: 'Segmentation' })],
        },
      ],
      PlanePositionSequence: [{ ImagePositionPatient: ds(image.imagePositionPatient!) }],
      PlaneOrientationSequence: [{ ImageOrientationPatient: ds(image.imageOrientationPatient!) }],
      PixelMeasuresSequence: [{ PixelSpacing: ds(image.pixelSpacing!), ...(image.sliceThickness !== undefined ? { SliceThickness: decimalString(image.sliceThickness) } : {}) }],
      SegmentIdentificationSequence: [{ ReferencedSegmentNumber: segmentNumber }],
    })),
    ReferencedSeriesSequence: [...referenced.entries()].map(([series, images]) => ({
      SeriesInstanceUID: series,
      ReferencedInstanceSequence: images.map((i) => ({ ReferencedSOPClassUID: i.sopClassUID, ReferencedSOPInstanceUID: i.sopInstanceUID })),
    })),
    PixelData: pixelData.buffer.slice(pixelData.byteOffset, pixelData.byteOffset + pixelData.byteLength),
    _vrMap: { PixelData: 'OB' },
  };
  return { bytes: writePart10(dataset), sopInstanceUID, seriesInstanceUID, plan };
}
