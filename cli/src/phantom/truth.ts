// What the phantom knows that a reader has to measure: per exam, the left-ventricular volumes, ejection
// fraction and mass, both from the analytic shape and as a perfect reader would get them by summing
// the discs of the acquired short-axis slices at the rendered resolution; the scar; the defects.
import type { ExamPlan, SubjectPlan } from './cohort.ts';
import { DEFECT_DETAILS, type DefectKind } from './defects.ts';
import { cavityVolumeMm3, myocardialVolumeMm3 } from './heart.ts';
import type { SeriesPlan } from './series.ts';

export const MYOCARDIAL_DENSITY_G_PER_ML = 1.05;

/** Pixel counts of the short-axis cine: [sliceIndex][phaseIndex] → pixels. */
export interface StackCounts {
  cavity: Map<number, number[]>;
  myocardium: Map<number, number[]>;
}

export interface VolumeSet {
  edvMl: number;
  esvMl: number;
  svMl: number;
  efPercent: number;
  myocardialMassG: number;
}

const round = (n: number, decimals = 2): number => Number(n.toFixed(decimals));

function volumeSet(edMm3: number, esMm3: number, myoMm3: number): VolumeSet {
  return {
    edvMl: round(edMm3 / 1000),
    esvMl: round(esMm3 / 1000),
    svMl: round((edMm3 - esMm3) / 1000),
    efPercent: round((100 * (edMm3 - esMm3)) / edMm3),
    myocardialMassG: round((myoMm3 / 1000) * MYOCARDIAL_DENSITY_G_PER_ML),
  };
}

/** Mosteller's body surface area (m²). */
export const bodySurfaceArea = (heightM: number, weightKg: number): number => Math.sqrt((heightM * 100 * weightKg) / 3600);

export function leftVentricleTruth(exam: ExamPlan, sax: SeriesPlan, counts: StackCounts) {
  const phases = sax.phases;
  const states = sax.frames.filter((f) => f.sliceIndex === sax.frames[0]!.sliceIndex).map((f) => f.state);
  const analytic = states.map(cavityVolumeMm3);
  const edPhaseIndex = analytic.indexOf(Math.max(...analytic));
  const esPhaseIndex = analytic.indexOf(Math.min(...analytic));
  const pixelArea = exam.subject.centre.scanner.pixelSpacing ** 2;
  const slab = pixelArea * sax.spacingBetweenSlices;
  const sum = (table: Map<number, number[]>, phase: number): number => [...table.values()].reduce((acc, perPhase) => acc + perPhase[phase]!, 0) * slab;
  const summed = Array.from({ length: phases }, (_, p) => sum(counts.cavity, p));
  const bsa = bodySurfaceArea(exam.subject.heightM, exam.weightKg);
  const analyticSet = volumeSet(analytic[edPhaseIndex]!, analytic[esPhaseIndex]!, myocardialVolumeMm3(states[edPhaseIndex]!));
  const summedSet = volumeSet(summed[edPhaseIndex]!, summed[esPhaseIndex]!, sum(counts.myocardium, edPhaseIndex));
  return {
    phases,
    edPhaseIndex,
    esPhaseIndex,
    analytic: analyticSet,
    sliceSummation: { ...summedSet, slices: counts.cavity.size, spacingBetweenSlicesMm: sax.spacingBetweenSlices, pixelAreaMm2: round(pixelArea, 6) },
    indexedToBodySurfaceArea: {
      bodySurfaceAreaM2: round(bsa, 3),
      formula: 'Mosteller',
      edviMlPerM2: round(analyticSet.edvMl / bsa),
      esviMlPerM2: round(analyticSet.esvMl / bsa),
      massIndexGPerM2: round(analyticSet.myocardialMassG / bsa),
    },
    phaseVolumesMl: { analytic: analytic.map((v) => round(v / 1000)), sliceSummation: summed.map((v) => round(v / 1000)) },
    shape: {
      model: 'coaxial prolate spheroids (endocardium, epicardium) truncated at the base plane; apex fixed, base descending',
      endoRadiusEdMm: round(exam.lv.endoRadiusEd, 3),
      endoHalfLengthEdMm: round(exam.lv.endoHalfLengthEd, 3),
      endoApexFromBaseMm: round(exam.lv.endoApexW, 3),
      apicalWallMm: round(exam.lv.apicalWall, 3),
      radialShortening: round(exam.lv.radialShortening, 4),
      longitudinalShortening: round(exam.lv.longitudinalShortening, 4),
      baseDescentMm: round(exam.lv.baseDescent, 3),
      endSystoleFractionOfRR: round(exam.lv.endSystoleFraction, 4),
    },
  };
}

export interface DefectRecord {
  subject: number;
  exam: number;
  studyInstanceUID: string;
  seriesInstanceUID: string;
  kind: DefectKind;
  detail: string;
}

export function defectRecord(exam: ExamPlan, series: SeriesPlan[]): DefectRecord | null {
  if (!exam.defect) return null;
  const target = series.find((s) => s.kind === (exam.defect === 'burned-in-annotation' ? 'cine-4ch' : 'cine-sax'))!;
  return {
    subject: exam.subject.index,
    exam: exam.number,
    studyInstanceUID: exam.studyInstanceUID,
    seriesInstanceUID: target.seriesInstanceUID,
    kind: exam.defect,
    detail: DEFECT_DETAILS[exam.defect],
  };
}

export function subjectIdentity(subject: SubjectPlan) {
  const p = subject.patient;
  return {
    patientName: `${p.name.family.toUpperCase()}^${p.name.given}`,
    patientID: p.patientId,
    sex: p.sex,
    birthDate: p.birthDate.toISOString().slice(0, 10),
    heightM: subject.heightM,
    centre: { index: subject.centre.centre.index, institutionName: subject.centre.centre.institutionName, manufacturer: subject.centre.scanner.manufacturer, model: subject.centre.scanner.model, fieldStrengthT: subject.centre.scanner.fieldStrength },
  };
}
