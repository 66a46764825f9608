// The series of an exam and the plane, cardiac phase and number of each of their instances:
// a short-axis cine stack, a 4-chamber cine and a short-axis LGE stack.
import type { ExamPlan } from './cohort.ts';
import { contractionAt, stateAt, type HeartState } from './heart.ts';
import { planeAround, planeNormal, type Plane } from './raster.ts';
import { add, dot, scale, sub, type Vec3 } from './vec3.ts';

export type SeriesKind = 'cine-sax' | 'cine-4ch' | 'lge-sax';

export interface FramePlan {
  instanceNumber: number;
  sliceIndex: number;
  phaseIndex: number;
  plane: Plane;
  sliceLocation: number;
  triggerTime: number;
  state: HeartState;
  /** Milliseconds after the series start at which the frame was acquired. */
  acquiredAfterMs: number;
}

export interface SeriesPlan {
  kind: SeriesKind;
  seriesInstanceUID: string;
  seriesNumber: number;
  description: string;
  protocolName: string;
  /** Milliseconds after the exam start. */
  startAfterMs: number;
  sliceThickness: number;
  spacingBetweenSlices: number;
  slicePositions: number;
  phases: number;
  burnedInAnnotation: boolean;
  frames: FramePlan[];
}

/** Centres of the short-axis slices along the axis: slabs whose edges fall on w = 0, ±spacing, ... */
function shortAxisPositions(exam: ExamPlan, spacing: number): number[] {
  const epiApexW = exam.lv.endoApexW + exam.lv.apicalWall;
  const count = Math.min(14, Math.max(10, Math.ceil((epiApexW + spacing / 2) / spacing) + 1));
  return Array.from({ length: count }, (_, i) => -spacing / 2 + i * spacing);
}

/** Shifts the field of view from the heart towards the middle of the chest, in the slice plane. */
function inPlaneShift(exam: ExamPlan): Vec3 {
  const heart = exam.anatomy.heart;
  const centre = add(heart.baseCentre, scale(heart.axis, 35));
  const towardsBody = sub([0, exam.anatomy.thorax.centreY, centre[2]], centre);
  return scale(sub(towardsBody, scale(heart.axis, dot(towardsBody, heart.axis))), 0.5);
}

const sliceLocation = (p: Plane): number => dot(p.origin, planeNormal(p));

function cineFrames(exam: ExamPlan, planes: Plane[], phases: number, breathHoldMs: number, skip: ReadonlySet<number>): FramePlan[] {
  const frames: FramePlan[] = [];
  planes.forEach((plane, sliceIndex) => {
    if (skip.has(sliceIndex)) return;
    for (let p = 0; p < phases; p++) {
      const fraction = p / phases;
      frames.push({
        instanceNumber: sliceIndex * phases + p + 1,
        sliceIndex,
        phaseIndex: p,
        plane,
        sliceLocation: sliceLocation(plane),
        triggerTime: Math.round(fraction * exam.rrMs * 10) / 10,
        state: stateAt(exam.lv, contractionAt(fraction, exam.lv.endSystoleFraction)),
        acquiredAfterMs: sliceIndex * breathHoldMs + Math.round(fraction * exam.rrMs),
      });
    }
  });
  return frames;
}

export function planSeries(exam: ExamPlan): SeriesPlan[] {
  const { scanner } = exam.subject.centre;
  const heart = exam.anatomy.heart;
  const shift = inPlaneShift(exam);
  const rowDirection = scale(heart.septal, -1);
  const shortAxisPlane = (w: number): Plane =>
    planeAround(add(add(heart.baseCentre, scale(heart.axis, w)), shift), rowDirection, scale(heart.anterior, -1), scanner.pixelSpacing, scanner.rows, scanner.columns);
  const random = exam.random.fork('series');

  const saxPlanes = shortAxisPositions(exam, exam.cineSpacing).map(shortAxisPlane);
  const middle = Math.floor(saxPlanes.length / 2);
  const skip = new Set(exam.defect === 'missing-slices' ? [middle - 1, middle] : []);
  const sax: SeriesPlan = {
    kind: 'cine-sax',
    seriesInstanceUID: random.uid(),
    seriesNumber: 0,
    description: 'cine_SSFP_SAX_stack',
    protocolName: 'CINE SAX retro BH',
    startAfterMs: 6 * 60_000,
    sliceThickness: exam.cineThickness,
    spacingBetweenSlices: exam.cineSpacing,
    slicePositions: saxPlanes.length,
    phases: exam.cinePhases,
    burnedInAnnotation: false,
    frames: cineFrames(exam, saxPlanes, exam.cinePhases, 14_000, skip),
  };

  const fourChamberCentre = add(add(heart.baseCentre, scale(heart.axis, exam.lv.endoApexW * 0.3)), scale(heart.septal, 10));
  const fourChamber = planeAround(fourChamberCentre, rowDirection, scale(heart.axis, -1), scanner.pixelSpacing, scanner.rows, scanner.columns);
  const ch4: SeriesPlan = {
    kind: 'cine-4ch',
    seriesInstanceUID: random.uid(),
    seriesNumber: 0,
    description: 'cine_SSFP_4CH',
    protocolName: 'CINE 4CH retro BH',
    startAfterMs: 3 * 60_000,
    sliceThickness: 8,
    spacingBetweenSlices: 8,
    slicePositions: 1,
    phases: 25,
    burnedInAnnotation: exam.defect === 'burned-in-annotation',
    frames: cineFrames(exam, [fourChamber], 25, 0, new Set()),
  };

  const lgePlanes = shortAxisPositions(exam, scanner.sliceSpacing).slice(0, 12).map(shortAxisPlane);
  const lgeFraction = 0.7;
  const lgeState = stateAt(exam.lv, contractionAt(lgeFraction, exam.lv.endSystoleFraction));
  const lge: SeriesPlan = {
    kind: 'lge-sax',
    seriesInstanceUID: random.uid(),
    seriesNumber: 0,
    description: 'LGE_PSIR_SAX',
    protocolName: 'LGE PSIR SAX 10min',
    startAfterMs: 22 * 60_000,
    sliceThickness: 8,
    spacingBetweenSlices: scanner.sliceSpacing,
    slicePositions: lgePlanes.length,
    phases: 1,
    burnedInAnnotation: false,
    frames: lgePlanes.map((plane, sliceIndex) => ({
      instanceNumber: sliceIndex + 1,
      sliceIndex,
      phaseIndex: 0,
      plane,
      sliceLocation: sliceLocation(plane),
      triggerTime: Math.round(lgeFraction * exam.rrMs),
      state: lgeState,
      acquiredAfterMs: sliceIndex * 16_000,
    })),
  };
  const series = [ch4, sax, lge];
  series.forEach((s, i) => (s.seriesNumber = (i + 1) * 100 + random.int(0, 9)));
  return series;
}
