// The cohort: centres (each with its scanner and protocol settings), subjects (body, identity) and
// their exams (baseline, and for about half of the subjects a follow-up). Only parameters here; the
// series and their pixels are built from these.
import { drawAnatomy, type Anatomy } from './anatomy.ts';
import { chooseDefects, type DefectKind, type DefectPolicy } from './defects.ts';
import { buildLeftVentricle, drawTargets, type LeftVentricle } from './heart.ts';
import { drawCentre, drawPatient, pickPhysician, type Centre, type Patient } from './phi.ts';
import type { Random } from './random.ts';
import { drawScar, type Scar } from './scar.ts';

export interface Scanner {
  manufacturer: string;
  model: string;
  softwareVersions: string;
  fieldStrength: 1.5 | 3;
  cineSequenceName: string;
  lgeSequenceName: string;
  rows: number;
  columns: number;
  pixelSpacing: number;
  /** Protocol: 8 mm slices, with this spacing between their centres. */
  sliceSpacing: number;
}

export interface CentrePlan {
  centre: Centre;
  scanner: Scanner;
}

export interface SubjectPlan {
  index: number;
  centre: CentrePlan;
  patient: Patient;
  heightM: number;
  exams: ExamPlan[];
}

export interface ExamPlan {
  subject: SubjectPlan;
  number: number;
  timepoint: 'baseline' | 'follow-up';
  random: Random;
  studyInstanceUID: string;
  frameOfReferenceUID: string;
  start: Date;
  accessionNumber: string;
  studyId: string;
  referringPhysician: string;
  performingPhysician: string;
  operator: string;
  ageYears: number;
  weightKg: number;
  heartRate: number;
  rrMs: number;
  /** End-systolic phase of the 25-phase protocol; contraction is complete at esPhase / 25 of R–R. */
  esPhase: number;
  /** Short-axis cine spacing for this exam (the protocol's, unless the thickness defect changes it). */
  cineSpacing: number;
  cineThickness: number;
  cinePhases: number;
  lv: LeftVentricle;
  anatomy: Anatomy;
  scar: Scar | null;
  defect: DefectKind | null;
}

const SCANNERS = [
  { manufacturer: 'SIEMENS', model: ['Aera', 'Skyra'], software: 'syngo MR XA20', cine: '*tfi2d1_12', lge: '*tfl2d1r_23' },
  { manufacturer: 'GE MEDICAL SYSTEMS', model: ['SIGNA Artist', 'SIGNA Premier'], software: '29\\LX\\MR Software release:RX29.1', cine: 'FIESTA CINE', lge: 'MDE PSIR' },
  { manufacturer: 'Philips', model: ['Ingenia', 'Ingenia Elition X'], software: '5.7.1\\5.7.1.2', cine: 'B-TFE_BH', lge: 'T1TFE_PSIR' },
] as const;

function drawScanner(random: Random): Scanner {
  const vendor = random.pick(SCANNERS);
  const threeTesla = random.chance(0.4);
  return {
    manufacturer: vendor.manufacturer,
    model: vendor.model[threeTesla ? 1 : 0],
    softwareVersions: vendor.software,
    fieldStrength: threeTesla ? 3 : 1.5,
    cineSequenceName: vendor.cine,
    lgeSequenceName: vendor.lge,
    rows: random.pick([256, 224]),
    columns: 256,
    pixelSpacing: random.pick([1.40625, 1.5, 1.5625, 1.640625, 1.75]),
    sliceSpacing: random.pick([8, 8, 10]),
  };
}

const DAY_MS = 86_400_000;

function examAt(random: Random, subject: SubjectPlan, number: number, start: Date, weightKg: number, previous: ExamPlan | null): ExamPlan {
  const centre = subject.centre.centre;
  const sex = subject.patient.sex;
  const heartRate = random.int(55, 88);
  const esPhase = heartRate > 75 ? random.int(10, 11) : random.int(8, 10);
  const spacing = subject.centre.scanner.sliceSpacing;
  const targets = drawTargets(random.fork('lv'), sex, spacing, esPhase / 25);
  if (previous) {
    // Remodelling between timepoints: the follow-up ventricle is the baseline one, changed a little.
    targets.endoRadiusEd = previous.lv.endoRadiusEd * random.uniform(0.94, 1.06);
    targets.endoHalfLengthEd = previous.lv.endoHalfLengthEd * random.uniform(0.97, 1.03);
  }
  const lv = buildLeftVentricle(targets);
  const ageMs = start.getTime() - subject.patient.birthDate.getTime();
  return {
    subject,
    number,
    timepoint: number === 1 ? 'baseline' : 'follow-up',
    random,
    studyInstanceUID: random.uid(),
    frameOfReferenceUID: random.uid(),
    start,
    accessionNumber: `${centre.city.slice(0, 3).toUpperCase()}${start.getUTCFullYear()}${random.digits(7)}`,
    studyId: random.digits(6),
    referringPhysician: pickPhysician(random, centre.referringPhysicians),
    performingPhysician: pickPhysician(random, centre.performingPhysicians),
    operator: pickPhysician(random, centre.operators).split('^^')[0]!,
    ageYears: Math.floor(ageMs / (365.2425 * DAY_MS)),
    weightKg,
    heartRate,
    rrMs: Math.round(60000 / heartRate),
    esPhase,
    cineSpacing: spacing,
    cineThickness: 8,
    cinePhases: 25,
    lv,
    anatomy: previous?.anatomy ?? drawAnatomy(random.fork('anatomy'), lv.endoRadiusEd + targets.wallThicknessEd),
    scar: previous ? previous.scar : random.chance(0.35) ? drawScar(random.fork('scar')) : null,
    defect: null,
  };
}

/** A working day between 2019 and 2024, between 08:00 and 18:00 (UTC stands for local time). */
function examStart(random: Random, after: Date | null): Date {
  const day = after ? after.getTime() + random.int(150, 420) * DAY_MS : Date.UTC(2019, 0, 7) + random.int(0, 1800) * DAY_MS;
  const date = new Date(day - (day % DAY_MS));
  while (date.getUTCDay() === 0 || date.getUTCDay() === 6) date.setTime(date.getTime() + DAY_MS);
  return new Date(date.getTime() + random.int(8 * 60, 18 * 60) * 60_000 + random.int(0, 59) * 1000);
}

export function planCohort(root: Random, subjectCount: number, policy: DefectPolicy): SubjectPlan[] {
  const centreCount = Math.max(1, Math.min(6, Math.ceil(subjectCount / 10)));
  const centres: CentrePlan[] = Array.from({ length: centreCount }, (_, i) => {
    const random = root.fork(`centre-${i + 1}`);
    return { centre: drawCentre(random, i + 1), scanner: drawScanner(random.fork('scanner')) };
  });
  const subjects = Array.from({ length: subjectCount }, (_, i): SubjectPlan => {
    const random = root.fork(`subject-${i + 1}`);
    const sex = random.chance(0.6) ? 'M' : 'F';
    const birthDate = new Date(Date.UTC(random.int(1940, 1985), random.int(0, 11), random.int(1, 28)));
    const centre = centres[i % centreCount]!;
    const heightM = Math.round((sex === 'M' ? random.uniform(1.64, 1.92) : random.uniform(1.52, 1.77)) * 100) / 100;
    const subject: SubjectPlan = { index: i + 1, centre, patient: drawPatient(random.fork('identity'), centre.centre, birthDate, sex), heightM, exams: [] };
    const weightKg = Math.round(random.uniform(20, 31) * heightM * heightM);
    const baseline = examAt(random.fork('exam-1'), subject, 1, examStart(random.fork('date-1'), null), weightKg, null);
    subject.exams.push(baseline);
    if (random.chance(0.5)) {
      const start = examStart(random.fork('date-2'), baseline.start);
      subject.exams.push(examAt(random.fork('exam-2'), subject, 2, start, weightKg + random.int(-4, 4), baseline));
    }
    return subject;
  });
  const exams = subjects.flatMap((s) => s.exams);
  chooseDefects(root.fork('defects'), exams.length, policy).forEach((defect, i) => applyDefect(exams[i]!, defect));
  return subjects;
}

function applyDefect(exam: ExamPlan, defect: DefectKind | null): void {
  exam.defect = defect;
  if (defect === 'wrong-slice-thickness') {
    exam.cineThickness = 10;
    exam.cineSpacing = Math.max(10, exam.cineSpacing);
  }
  if (defect === 'too-few-phases') exam.cinePhases = 12;
}
