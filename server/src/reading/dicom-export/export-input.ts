// The read as the exported objects see it: pure data, gathered by the export service.
import type { ReadingFormDefinition, ReadValues } from '../form-definition.ts';
import type { Contour } from '../volumetry/index.ts';
import { ReadingExportError } from './errors.ts';
import type { NaturalDataset } from './part10.ts';
import type { SourceImage } from './source-image.ts';

export interface ReadExportInput {
  readId: string;
  /** Stable pseudonym of the reader (never their name). */
  readerPseudonym: string;
  readKind: 'primary' | 'reread';
  /** When the read was submitted: the objects' content date and time. */
  submittedAt: Date;
  /** Patient, study and clinical-trial attributes copied from the source study (de-identified). */
  patientStudy: NaturalDataset;
  /** Every image a contour lies on, by SOP Instance UID. */
  images: ReadonlyMap<string, SourceImage>;
  form: ReadingFormDefinition;
  values: ReadValues;
  contours: readonly Contour[];
  measurements: readonly Measurement[];
}

/** A length, probe or ROI measurement of the read (reading contract's annotations). */
export interface Measurement {
  id: string;
  kind: 'length' | 'probe' | 'roi';
  seriesInstanceUID: string;
  sopInstanceUID: string;
  frameNumber: number;
  points: [number, number][];
  value: number;
  unit: string;
  label?: string;
}

export const seriesDescription = (input: ReadExportInput, what: string) =>
  `Corelab ${input.readKind === 'reread' ? 're-read' : 'read'} ${what} - Reader ${input.readerPseudonym}`.slice(0, 64);

/** The source image of a contour, refused when it is missing or multi-frame (the index holds geometry per single-frame image). */
export function imageOf(input: ReadExportInput, contour: Pick<Contour, 'id' | 'sopInstanceUID' | 'seriesInstanceUID' | 'frameNumber'>): SourceImage {
  const image = input.images.get(contour.sopInstanceUID);
  if (!image || image.seriesInstanceUID !== contour.seriesInstanceUID) {
    throw new ReadingExportError('reading-export.source-image-missing', `Annotation ${contour.id} lies on image ${contour.sopInstanceUID} of series ${contour.seriesInstanceUID}, which the study does not hold.`);
  }
  if (image.numberOfFrames !== 1 || contour.frameNumber !== 1) {
    throw new ReadingExportError('reading-export.multiframe-source', `Annotation ${contour.id} lies on frame ${contour.frameNumber} of a ${image.numberOfFrames}-frame image; only single-frame source images are exported.`);
  }
  return image;
}

/** DICOM date (YYYYMMDD) and time (HHMMSS) in UTC. */
export function dicomDateTime(at: Date): { date: string; time: string } {
  const iso = at.toISOString();
  return { date: iso.slice(0, 10).replace(/-/g, ''), time: iso.slice(11, 19).replace(/:/g, '') };
}

/** Decimal String of at most 16 characters. */
export function decimalString(value: number): string {
  for (let digits = 12; digits > 0; digits--) {
    const text = String(Number(value.toPrecision(digits)));
    if (text.length <= 16) return text;
  }
  return String(Math.round(value));
}
