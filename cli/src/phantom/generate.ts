// Generates the phantom: plans the cohort, renders every instance, writes the files and truth.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { burnText } from './burned-text.ts';
import { planCohort, type ExamPlan } from './cohort.ts';
import { da, frameAttributes, seriesAttributes } from './dataset.ts';
import type { DefectPolicy } from './defects.ts';
import { stateAt } from './heart.ts';
import { Random } from './random.ts';
import { contrastOf, NoiseTable, preparePlane, renderPhase, type Contrast, type PreparedPlane } from './raster.ts';
import { scarTest } from './scar.ts';
import { planSeries, type SeriesKind, type SeriesPlan } from './series.ts';
import { defectRecord, leftVentricleTruth, subjectIdentity, type StackCounts } from './truth.ts';
import { encodeInstance, FileQueue, seriesJson } from './writer.ts';

export const PHANTOM_VERSION = '1';

/** Errors that dciodvfy reports on every phantom instance and that the phantom keeps on purpose. */
export const KNOWN_PHANTOM_ERRORS: string[] = [];

const SSFP = contrastOf(
  { Air: 6, Fat: 1050, Muscle: 300, Lung: 45, Liver: 340, Bone: 420, Aorta: 880, Mediastinum: 640, LvBlood: 950, LvMyocardium: 270, RvBlood: 920, RvWall: 290, AtrialBlood: 890, Scar: 270 },
  18,
);
const LGE = contrastOf(
  { Air: 5, Fat: 560, Muscle: 170, Lung: 25, Liver: 250, Bone: 300, Aorta: 470, Mediastinum: 420, LvBlood: 480, LvMyocardium: 22, RvBlood: 465, RvWall: 45, AtrialBlood: 470, Scar: 1250 },
  14,
);
const CONTRAST: Record<SeriesKind, Contrast> = { 'cine-sax': SSFP, 'cine-4ch': SSFP, 'lge-sax': LGE };

export interface PhantomOptions extends PhantomSettings {
  onProgress?: (done: number, total: number) => void;
  onPlanned?: (instances: number) => void;
}

export interface PhantomResult {
  subjects: number;
  exams: number;
  series: number;
  instances: number;
  bytes: number;
}

interface PlannedExam {
  exam: ExamPlan;
  series: SeriesPlan[];
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function seriesDirectory(exam: ExamPlan, series: SeriesPlan): string {
  return path.join(`subject-${pad(exam.subject.index, 3)}`, `exam-${exam.number}-${exam.timepoint}`, `series-${series.seriesNumber}-${series.kind}`);
}

async function writeExam(planned: PlannedExam, options: PhantomSettings, noise: NoiseTable, queue: FileQueue, progress: () => void) {
  const { exam, series } = planned;
  const counts: StackCounts = { cavity: new Map(), myocardium: new Map() };
  const random = exam.random.fork('instances');
  const scar = exam.scar ? scarTest(exam.scar, exam.lv) : undefined;
  const extremes = [stateAt(exam.lv, 0), stateAt(exam.lv, 1)];
  const burned = [`${exam.subject.patient.name.family} ${exam.subject.patient.name.given}`, `ID ${exam.subject.patient.patientId}`, da(exam.start)];
  for (const s of series) {
    const { natural, privateBlock } = seriesAttributes(exam, s);
    const shared = seriesJson(natural, privateBlock);
    const dir = path.join(options.out, seriesDirectory(exam, s));
    let prepared: PreparedPlane | null = null;
    for (const frame of s.frames) {
      if (prepared?.plane !== frame.plane) prepared = preparePlane(frame.plane, exam.anatomy, CONTRAST[s.kind], extremes);
      const image = renderPhase(prepared, frame.state, noise, random.uint32(), s.kind === 'lge-sax' ? scar : undefined);
      if (s.burnedInAnnotation) burnText(image.pixels, frame.plane.columns, frame.plane.rows, burned, 4095);
      if (s.kind === 'cine-sax') {
        for (const [table, value] of [[counts.cavity, image.cavityPixels], [counts.myocardium, image.myocardiumPixels]] as const) {
          const perPhase = table.get(frame.sliceIndex) ?? new Array<number>(s.phases).fill(0);
          perPhase[frame.phaseIndex] = value;
          table.set(frame.sliceIndex, perPhase);
        }
      }
      const data = encodeInstance(shared, frameAttributes(exam, s, frame, random.uid()), image.pixels);
      await queue.add(path.join(dir, `${pad(frame.instanceNumber, 4)}.dcm`), data);
      progress();
    }
  }
  const sax = series.find((s) => s.kind === 'cine-sax')!;
  return {
    exam: exam.number,
    timepoint: exam.timepoint,
    studyInstanceUID: exam.studyInstanceUID,
    studyDate: da(exam.start),
    accessionNumber: exam.accessionNumber,
    ageYears: exam.ageYears,
    weightKg: exam.weightKg,
    heartRateBpm: exam.heartRate,
    rrIntervalMs: exam.rrMs,
    series: series.map((s) => ({
      kind: s.kind,
      seriesInstanceUID: s.seriesInstanceUID,
      seriesNumber: s.seriesNumber,
      directory: seriesDirectory(exam, s),
      instances: s.frames.length,
      slicePositions: s.slicePositions,
      slicesAcquired: new Set(s.frames.map((f) => f.sliceIndex)).size,
      phases: s.phases,
      sliceThicknessMm: s.sliceThickness,
      spacingBetweenSlicesMm: s.spacingBetweenSlices,
      burnedInAnnotation: s.burnedInAnnotation,
    })),
    leftVentricle: leftVentricleTruth(exam, sax, counts),
    lateGadoliniumEnhancement: exam.scar ? { present: true, ...exam.scar } : { present: false },
    defect: defectRecord(exam, series),
  };
}

type SubjectTruth = Record<string, unknown> & { subject: number; exams: Array<Awaited<ReturnType<typeof writeExam>>> };

function planPhantom(options: PhantomSettings) {
  const root = new Random(`corelab-phantom-v${PHANTOM_VERSION}:${options.seed}`);
  const subjects = planCohort(root, options.subjects, options.defects);
  const planned = new Map(subjects.map((s) => [s, s.exams.map((exam) => ({ exam, series: planSeries(exam) }))]));
  const total = [...planned.values()].flat().reduce((n, p) => n + p.series.reduce((m, s) => m + s.frames.length, 0), 0);
  return { root, subjects, planned, total };
}

export interface PhantomSettings {
  subjects: number;
  seed: string;
  out: string;
  defects: DefectPolicy;
}

/**
 * Renders and writes the subjects of one share (subject index modulo shares): each worker thread
 * plans the whole cohort, identically, and renders its share; draws are per subject, so the files
 * do not depend on how the work is shared.
 */
export async function renderShare(options: PhantomSettings, share: number, shares: number, progress: () => void) {
  const { root, subjects, planned } = planPhantom(options);
  const noiseRandom = root.fork('noise');
  const noise = new NoiseTable(() => noiseRandom.normal());
  const queue = new FileQueue();
  const truth: SubjectTruth[] = [];
  for (const subject of subjects.filter((s) => (s.index - 1) % shares === share)) {
    const exams = [];
    for (const p of planned.get(subject)!) exams.push(await writeExam(p, options, noise, queue, progress));
    truth.push({ subject: subject.index, directory: `subject-${pad(subject.index, 3)}`, ...subjectIdentity(subject), exams });
  }
  await queue.drain();
  return { truth, files: queue.files, bytes: queue.bytes };
}

type WorkerMessage = { type: 'progress'; count: number } | { type: 'done'; result: Awaited<ReturnType<typeof renderShare>> };

function runWorker(options: PhantomSettings, share: number, shares: number, progress: (count: number) => void): Promise<Awaited<ReturnType<typeof renderShare>>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { options, share, shares } });
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') progress(message.count);
      else resolve(message.result);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => code !== 0 && reject(new Error(`phantom worker ${share} stopped with code ${code}`)));
  });
}

export async function generatePhantom(options: PhantomOptions): Promise<PhantomResult> {
  const settings: PhantomSettings = { subjects: options.subjects, seed: options.seed, out: options.out, defects: options.defects };
  const { subjects, total } = planPhantom(settings);
  options.onPlanned?.(total);
  await mkdir(options.out, { recursive: true });
  let done = 0;
  const progress = (count: number) => {
    done += count;
    options.onProgress?.(done, total);
  };
  const shares = Math.max(1, Math.min(availableParallelism(), 4, subjects.length));
  const results =
    shares === 1
      ? [await renderShare(settings, 0, 1, () => progress(1))]
      : await Promise.all(Array.from({ length: shares }, (_, share) => runWorker(settings, share, shares, progress)));
  const subjectTruth = results.flatMap((r) => r.truth).sort((a, b) => a.subject - b.subject);
  const written = { files: results.reduce((n, r) => n + r.files, 0), bytes: results.reduce((n, r) => n + r.bytes, 0) };
  const allExams = subjectTruth.flatMap((s) => s.exams);
  const truth = {
    generator: { name: 'corelab phantom', version: PHANTOM_VERSION, seed: options.seed, subjects: options.subjects, defects: options.defects },
    sopClassUID: '1.2.840.10008.5.1.4.1.1.4',
    transferSyntaxUID: '1.2.840.10008.1.2.1',
    counts: { subjects: subjects.length, exams: allExams.length, series: allExams.reduce((n, e) => n + e.series.length, 0), instances: total },
    conventions: {
      volumes: 'ml; slice summation = Σ (cavity pixels × pixel area) × SpacingBetweenSlices over the acquired short-axis slices, pixels classified at their centre',
      ejectionFraction: 'percent, 100 × (EDV − ESV) / EDV',
      myocardialMass: `g, myocardial volume at end-diastole × ${1.05} g/ml`,
      phaseIndex: '0-based, in order of TriggerTime; InstanceNumber = sliceIndex × phases + phaseIndex + 1 in the cine series',
      segments: 'AHA 17-segment model; angle 0° = mid-septum, +90° = anterior',
    },
    knownPhantomErrors: KNOWN_PHANTOM_ERRORS,
    defects: allExams.flatMap((e) => (e.defect ? [e.defect] : [])),
    subjects: subjectTruth,
  };
  await writeFile(path.join(options.out, 'truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
  return { subjects: subjects.length, exams: allExams.length, series: truth.counts.series, instances: written.files, bytes: written.bytes };
}
