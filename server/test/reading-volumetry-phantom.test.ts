// Done-when of volumetry: on the synthetic phantom, de-identified and stored through STOW-RS, a
// reader who clicks in the left ventricle and accepts the suggested contours on every short-axis
// slice at end-diastole and end-systole gets EDV and ESV within 3 % and EF within 2 points of the
// phantom's analytic truth (truth.json), and LV mass within 3 %. Everything the reader uses comes
// from the server: the headers (WADO-RS metadata), the pixels (WADO-RS frames), the geometry (the
// index, through loadSliceGeometry); truth.json is read only to compare.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { generatePhantom } from '../../cli/src/phantom/generate.ts';
import { deidentify } from '../../deid/src/index.ts';
import { readDicom, str } from '../src/imaging/dicom-reader.ts';
import { computeVolumetry, suggestContour, type Contour, type VolumetryResult } from '../src/reading/volumetry/index.ts';
import { loadSliceGeometry } from '../src/reading/volumetry/geometry-source.ts';
import { centroid, containsPoint, signedArea } from '../src/reading/volumetry/polygon.ts';
import { parseMultipart, stowBody } from './imaging-fixtures.ts';
import { createTestPlatform, signIn, type Session, type TestPlatform } from './support/test-platform.ts';

/**
 * Two cohorts from two centres' scanners: SIEMENS 3 T, 256 × 256 pixels of 1.75 mm, slices 8 mm
 * apart (one dilated ventricle); Philips 1.5 T, 224 × 256 pixels of 1.40625 mm, slices 10 mm apart.
 */
const COHORTS = [
  { seed: 'vol-3', subjects: 3 },
  { seed: 'vol-6', subjects: 2 },
];
const VOLUME_TOLERANCE = 0.03;
const EF_TOLERANCE_POINTS = 2;
const MASS_TOLERANCE = 0.03;
const CENTRE_KEY = createHash('sha256').update('corelab volumetry tests: centre key').digest();

interface TruthSet {
  edvMl: number;
  esvMl: number;
  efPercent: number;
  myocardialMassG: number;
}
interface TruthExam {
  exam: number;
  series: Array<{ kind: string; directory: string }>;
  leftVentricle: { edPhaseIndex: number; esPhaseIndex: number; analytic: TruthSet; sliceSummation: TruthSet };
}
interface Truth {
  subjects: Array<{ subject: number; exams: TruthExam[] }>;
}
type Ds = Record<string, { vr: string; Value?: unknown[] }>;

interface Outcome {
  name: string;
  truth: TruthExam['leftVentricle'];
  volumetry: VolumetryResult;
  contouredSlices: { ED: number; ES: number };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-volumetry-phantom-'));
let platform: TestPlatform;
let projectId: string;
const outcomes: Outcome[] = [];

const numbers = (ds: Ds, tag: string): number[] => (ds[tag]?.Value ?? []).map(Number);
const text = (ds: Ds, tag: string): string => String(ds[tag]?.Value?.[0] ?? '');

async function storeSeries(dm: Session, subject: string, folder: string): Promise<{ study: string; series: string }> {
  const parts = fs
    .readdirSync(folder)
    .sort()
    .map((file) => {
      const result = deidentify(fs.readFileSync(path.join(folder, file)), { subjectCode: subject, key: CENTRE_KEY });
      assert.equal(result.status, 'deidentified', `${folder}/${file}`);
      return Buffer.from(result.output!);
    });
  const dataset = readDicom(parts[0]!).dataset;
  const { body, contentType } = stowBody(parts);
  const stored = await platform.app.inject({ method: 'POST', url: `/dicomweb/projects/${projectId}/studies`, headers: { ...dm.headers, 'content-type': contentType, accept: 'application/dicom+json' }, payload: body });
  assert.equal(stored.statusCode, 200, stored.body.slice(0, 500));
  return { study: str(dataset['0020000D'])!, series: str(dataset['0020000E'])! };
}

interface StoredImage {
  sop: string;
  position: number;
  triggerTime: number;
  instanceNumber: number;
}

interface Stack {
  rows: number;
  columns: number;
  /** The images grouped by slice position (along the stack normal), each slice's in cardiac-phase order. */
  slices: StoredImage[][];
}

async function stack(reader: Session, study: string, series: string): Promise<Stack> {
  const r = await platform.app.inject({ url: `/dicomweb/projects/${projectId}/studies/${study}/series/${series}/metadata`, headers: reader.headers });
  assert.equal(r.statusCode, 200, r.body.slice(0, 300));
  const metadata = r.json() as Ds[];
  const o = numbers(metadata[0]!, '00200037');
  const normal = [o[1]! * o[5]! - o[2]! * o[4]!, o[2]! * o[3]! - o[0]! * o[5]!, o[0]! * o[4]! - o[1]! * o[3]!];
  const images = metadata.map((ds) => {
    const p = numbers(ds, '00200032');
    return { sop: text(ds, '00080018'), position: p[0]! * normal[0]! + p[1]! * normal[1]! + p[2]! * normal[2]!, triggerTime: numbers(ds, '00181060')[0]!, instanceNumber: numbers(ds, '00200013')[0]! };
  });
  const slices: StoredImage[][] = [];
  for (const image of [...images].sort((a, b) => a.position - b.position)) {
    const last = slices.at(-1);
    if (last && image.position - last[0]!.position < 0.05) last.push(image);
    else slices.push([image]);
  }
  return {
    rows: numbers(metadata[0]!, '00280010')[0]!,
    columns: numbers(metadata[0]!, '00280011')[0]!,
    slices: slices.map((s) => s.sort((a, b) => a.triggerTime - b.triggerTime || a.instanceNumber - b.instanceNumber)),
  };
}

interface Pixels {
  pixels: Uint16Array;
  rows: number;
  columns: number;
}

async function pixelsOf(reader: Session, study: string, series: string, sop: string, rows: number, columns: number): Promise<Pixels> {
  const r = await platform.app.inject({
    url: `/dicomweb/projects/${projectId}/studies/${study}/series/${series}/instances/${sop}/frames/1`,
    headers: { ...reader.headers, accept: 'multipart/related; type="application/octet-stream"' },
  });
  assert.equal(r.statusCode, 200, r.body.slice(0, 300));
  const [part] = parseMultipart(r.rawPayload, r.headers['content-type'] as string);
  const bytes = Uint8Array.from(part!.body);
  assert.equal(bytes.length, rows * columns * 2);
  return { pixels: new Uint16Array(bytes.buffer), rows, columns };
}

const perimeter = (points: [number, number][]) => points.reduce((sum, p, i) => sum + Math.hypot(p[0] - points[(i + 1) % points.length]![0], p[1] - points[(i + 1) % points.length]![1]), 0);

/**
 * Where a reader clicks to start: the left ventricle is the roundest bright pool with a dark
 * myocardial ring round it, found by trying the suggestion from points across the mid-ventricular slice.
 */
function clickLeftVentricle(image: Pixels): [number, number] {
  let best: { seed: [number, number]; roundness: number } | null = null;
  const tried: [number, number][][] = [];
  for (let y = 8; y < image.rows - 8; y += 6) {
    for (let x = 8; x < image.columns - 8; x += 6) {
      if (tried.some((pool) => containsPoint(pool, x, y))) continue;
      const endo = suggestContour(image.pixels, image.rows, image.columns, [x, y], 'lv-endocardium');
      if (!endo) continue;
      tried.push(endo);
      if (!suggestContour(image.pixels, image.rows, image.columns, [x, y], 'lv-epicardium')) continue;
      const roundness = (4 * Math.PI * Math.abs(signedArea(endo))) / perimeter(endo) ** 2;
      if (!best || roundness > best.roundness) best = { seed: centroid(endo), roundness };
    }
  }
  assert.ok(best, 'a left ventricle on the mid-ventricular slice');
  return best.seed;
}

async function readExam(reader: Session, name: string, study: string, series: string, lv: TruthExam['leftVentricle']): Promise<Outcome> {
  const { rows, columns, slices } = await stack(reader, study, series);
  const middle = Math.floor(slices.length / 2);
  const click = clickLeftVentricle(await pixelsOf(reader, study, series, slices[middle]![lv.edPhaseIndex]!.sop, rows, columns));
  const contours: Contour[] = [];
  const contoured = { ED: 0, ES: 0 };
  for (const [phase, phaseIndex] of [['ED', lv.edPhaseIndex], ['ES', lv.esPhaseIndex]] as const) {
    // From the middle towards each end; each slice seeded at the previous slice's cavity centroid.
    for (const direction of [1, -1]) {
      let seed = click;
      for (let s = direction === 1 ? middle : middle - 1; s >= 0 && s < slices.length; s += direction) {
        const image = slices[s]![phaseIndex]!;
        const pixels = await pixelsOf(reader, study, series, image.sop, rows, columns);
        const endo = suggestContour(pixels.pixels, rows, columns, seed, 'lv-endocardium');
        const epi = suggestContour(pixels.pixels, rows, columns, seed, 'lv-epicardium');
        // No myocardial ring: past the base (atria) or the apex.
        if (!epi) break;
        const base = { seriesInstanceUID: series, sopInstanceUID: image.sop, frameNumber: 1, phase, tool: 'suggested' as const };
        contoured[phase]++;
        if (phase === 'ED') contours.push({ ...base, id: `epi-${phase}-${s}`, structure: 'lv-epicardium', points: epi });
        // Myocardium without cavity: the apex, the last slice this way.
        if (!endo) break;
        contours.push({ ...base, id: `endo-${phase}-${s}`, structure: 'lv-endocardium', points: endo });
        seed = centroid(endo);
      }
    }
  }
  const geometry = await loadSliceGeometry(platform.services.db, projectId, contours.map((c) => c.sopInstanceUID));
  return { name, truth: lv, volumetry: computeVolumetry(contours, geometry), contouredSlices: contoured };
}

before(async () => {
  platform = await createTestPlatform({ env: { CORELAB_DATA_DIR: path.join(dir, 'data') } });
  projectId = platform.demo!.projectId;
  const north = await platform.services.db.selectFrom('organisation').select('id').where('name', 'like', 'CHU Nord%').executeTakeFirstOrThrow();
  const dm = await signIn(platform.app, 'datamanager');
  const manager = await signIn(platform.app, 'manager');
  for (const cohort of COHORTS) {
    const out = path.join(dir, cohort.seed);
    await generatePhantom({ subjects: cohort.subjects, seed: cohort.seed, out, defects: 'none' });
    const truth = JSON.parse(fs.readFileSync(path.join(out, 'truth.json'), 'utf8')) as Truth;
    for (const s of truth.subjects) {
      const code = `VP${cohort.seed.replace(/\W/g, '')}S${s.subject}`;
      const r = await platform.app.inject({ method: 'POST', url: `/api/projects/${projectId}/subjects`, headers: dm.headers, payload: { code, centreId: north.id, consentStatus: 'consented' } });
      assert.equal(r.statusCode, 201, r.body);
      for (const exam of s.exams) {
        const sax = exam.series.find((x) => x.kind === 'cine-sax')!;
        const { study, series } = await storeSeries(dm, code, path.join(out, sax.directory));
        outcomes.push(await readExam(manager, `${cohort.seed} subject ${s.subject} exam ${exam.exam}`, study, series, exam.leftVentricle));
      }
    }
    fs.rmSync(out, { recursive: true, force: true });
  }
});
after(async () => {
  await platform?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const percent = (value: number, truth: number) => `${(((value - truth) / truth) * 100).toFixed(2)} %`;

test('every exam of the phantom is read', () => {
  assert.equal(outcomes.length, 7);
  for (const o of outcomes) {
    assert.ok(o.contouredSlices.ED >= 7 && o.contouredSlices.ES >= 6, `${o.name}: ${JSON.stringify(o.contouredSlices)}`);
    assert.deepEqual(o.volumetry.warnings, [], o.name);
  }
});

test('EDV and ESV within 3 %, EF within 2 points, LV mass within 3 % of the analytic truth', (t) => {
  for (const o of outcomes) {
    const v = o.volumetry;
    const a = o.truth.analytic;
    const s = o.truth.sliceSummation;
    t.diagnostic(
      `${o.name}: EDV ${v.lvEdvMl} mL (analytic ${a.edvMl}, ${percent(v.lvEdvMl!, a.edvMl)}; slice summation ${s.edvMl}, ${percent(v.lvEdvMl!, s.edvMl)}) · ` +
        `ESV ${v.lvEsvMl} mL (${a.esvMl}, ${percent(v.lvEsvMl!, a.esvMl)}; ${s.esvMl}, ${percent(v.lvEsvMl!, s.esvMl)}) · ` +
        `EF ${v.lvEfPercent} % (${a.efPercent}, ${(v.lvEfPercent! - a.efPercent).toFixed(2)} points; ${s.efPercent}, ${(v.lvEfPercent! - s.efPercent).toFixed(2)}) · ` +
        `mass ${v.lvMassG} g (${a.myocardialMassG}, ${percent(v.lvMassG!, a.myocardialMassG)}; ${s.myocardialMassG}, ${percent(v.lvMassG!, s.myocardialMassG)})`,
    );
    assert.ok(Math.abs(v.lvEdvMl! - a.edvMl) <= VOLUME_TOLERANCE * a.edvMl, `${o.name}: EDV ${v.lvEdvMl} vs ${a.edvMl}`);
    assert.ok(Math.abs(v.lvEsvMl! - a.esvMl) <= VOLUME_TOLERANCE * a.esvMl, `${o.name}: ESV ${v.lvEsvMl} vs ${a.esvMl}`);
    assert.ok(Math.abs(v.lvEfPercent! - a.efPercent) <= EF_TOLERANCE_POINTS, `${o.name}: EF ${v.lvEfPercent} vs ${a.efPercent}`);
    assert.ok(Math.abs(v.lvMassG! - a.myocardialMassG) <= MASS_TOLERANCE * a.myocardialMassG, `${o.name}: mass ${v.lvMassG} vs ${a.myocardialMassG}`);
    assert.ok(Math.abs(v.lvSvMl! - (v.lvEdvMl! - v.lvEsvMl!)) <= 0.011, `${o.name}: SV ${v.lvSvMl}`);
  }
});
