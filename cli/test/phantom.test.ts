// `corelab phantom` run as a child process, its output read back by dcmjs and by real peers
// (dcmtk's dcmdump, pydicom, dicom3tools' dciodvfy), and its truth.json checked against the files.
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { dcmjs, type NaturalDataset } from '../src/phantom/dcmjs.ts';
import { chooseDefects, DEFECT_KINDS } from '../src/phantom/defects.ts';
import { Random } from '../src/phantom/random.ts';

const run = promisify(execFile);
const CLI = fileURLToPath(new URL('../../bin/corelab.js', import.meta.url));
const SUBJECTS = 3;
const SEED = 'phantom-test-11';

interface SeriesTruth { kind: string; seriesInstanceUID: string; directory: string; instances: number; slicePositions: number; slicesAcquired: number; phases: number; sliceThicknessMm: number }
interface VolumeSet { edvMl: number; esvMl: number; svMl: number; efPercent: number; myocardialMassG: number }
interface ExamTruth {
  studyInstanceUID: string;
  series: SeriesTruth[];
  leftVentricle: { phases: number; edPhaseIndex: number; esPhaseIndex: number; analytic: VolumeSet; sliceSummation: VolumeSet; phaseVolumesMl: { analytic: number[] } };
  defect: { kind: string; seriesInstanceUID: string; studyInstanceUID: string } | null;
}
interface Truth {
  counts: { instances: number };
  knownPhantomErrors: string[];
  defects: Array<{ kind: string; seriesInstanceUID: string; studyInstanceUID: string }>;
  subjects: Array<{ exams: ExamTruth[] }>;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

async function generate(out: string, ...extra: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [CLI, 'phantom', '--subjects', String(SUBJECTS), '--seed', SEED, '--out', out, ...extra], { maxBuffer: 1 << 24 });
  return stdout;
}

const has = (tool: string): boolean => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const PYTHON = has('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
/** The peers are installed by .ci/run; elsewhere a missing one skips its test rather than failing. */
const peer = (tool: string, available: boolean) => (available || process.env.CI ? false : `${tool} is not installed`);

const exams = (truth: Truth): ExamTruth[] => truth.subjects.flatMap((s) => s.exams);

describe('corelab phantom', { timeout: 600_000 }, () => {
  let workdir: string;
  let first: string;
  let second: string;
  let stdout: string;
  let truth: Truth;
  let files: string[];
  const datasets = new Map<string, NaturalDataset & { PixelData: ArrayBuffer[] }>();

  before(async () => {
    workdir = await mkdtemp(path.join(tmpdir(), 'corelab-phantom-'));
    first = path.join(workdir, 'first');
    second = path.join(workdir, 'second');
    [stdout] = await Promise.all([generate(first), generate(second)]);
    truth = JSON.parse(await readFile(path.join(first, 'truth.json'), 'utf8')) as Truth;
    files = (await listFiles(first)).filter((f) => f.endsWith('.dcm'));
    for (const file of files) {
      const bytes = await readFile(path.join(first, file));
      const dict = dcmjs.data.DicomMessage.readFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
      datasets.set(file, dcmjs.data.DicomMetaDictionary.naturalizeDataset(dict.dict) as NaturalDataset & { PixelData: ArrayBuffer[] });
    }
  });

  after(async () => {
    if (workdir) await rm(workdir, { recursive: true, force: true });
  });

  test('prints and records the instance count, which matches the files written', () => {
    assert.equal(truth.counts.instances, files.length);
    assert.match(stdout, new RegExp(`${files.length} instances`));
    assert.ok(files.length > SUBJECTS * 280, `${files.length} instances`);
  });

  test('the same arguments give byte-identical files and truth.json', async () => {
    const hashAll = async (dir: string) => {
      const hash = createHash('sha256');
      for (const file of await listFiles(dir)) hash.update(file).update(await readFile(path.join(dir, file)));
      return hash.digest('hex');
    };
    assert.deepEqual(await listFiles(first), await listFiles(second));
    assert.equal(await hashAll(first), await hashAll(second));
  });

  test('dcmjs reads every file back as MR Image Storage, with 16-bit pixels and the identifying attributes filled', () => {
    const sopInstanceUIDs = new Set<string>();
    for (const [file, ds] of datasets) {
      assert.equal(ds.SOPClassUID, '1.2.840.10008.5.1.4.1.1.4', file);
      assert.equal(ds.Modality, 'MR');
      assert.equal((ds.PixelData[0] as ArrayBuffer).byteLength, (ds.Rows as number) * (ds.Columns as number) * 2, file);
      for (const keyword of ['PatientName', 'PatientID', 'PatientBirthDate', 'InstitutionName', 'ReferringPhysicianName', 'AccessionNumber', 'StudyDate', 'DeviceSerialNumber', 'OperatorsName']) {
        assert.ok(ds[keyword], `${keyword} in ${file}`);
      }
      assert.match(ds.SOPInstanceUID as string, /^2\.25\.[1-9]\d*$/);
      sopInstanceUIDs.add(ds.SOPInstanceUID as string);
    }
    assert.equal(sopInstanceUIDs.size, files.length);
  });

  test('the short-axis cine stacks are geometrically consistent with 25 phases and TriggerTime in order', () => {
    for (const exam of exams(truth)) {
      const sax = exam.series.find((s) => s.kind === 'cine-sax')!;
      const instances = [...datasets].filter(([f]) => f.startsWith(sax.directory + path.sep)).map(([, ds]) => ds);
      assert.equal(instances.length, sax.instances);
      const locations = [...new Set(instances.map((ds) => Number(ds.SliceLocation)))].sort((a, b) => a - b);
      assert.equal(locations.length, sax.slicesAcquired);
      for (const ds of instances) {
        assert.equal(Number(ds.CardiacNumberOfImages), sax.phases);
        assert.equal(Number(ds.SliceThickness), sax.sliceThicknessMm);
        const iop = (ds.ImageOrientationPatient as number[]).map(Number);
        const normal = [iop[1]! * iop[5]! - iop[2]! * iop[4]!, iop[2]! * iop[3]! - iop[0]! * iop[5]!, iop[0]! * iop[4]! - iop[1]! * iop[3]!];
        const ipp = (ds.ImagePositionPatient as number[]).map(Number);
        assert.ok(Math.abs(ipp.reduce((acc, v, i) => acc + v * normal[i]!, 0) - Number(ds.SliceLocation)) < 0.01);
        const phase = (Number(ds.InstanceNumber) - 1) % sax.phases;
        assert.ok(Math.abs(Number(ds.TriggerTime) - (phase * Number(ds.NominalInterval)) / sax.phases) < 1);
      }
    }
  });

  test('truth.json is consistent: EF = SV / EDV, volumes by slice summation within 3 % of the analytic shape', () => {
    for (const exam of exams(truth)) {
      const lv = exam.leftVentricle;
      for (const v of [lv.analytic, lv.sliceSummation]) {
        assert.ok(Math.abs(v.svMl - (v.edvMl - v.esvMl)) < 0.02);
        assert.ok(Math.abs(v.efPercent - (100 * v.svMl) / v.edvMl) < 0.05);
      }
      assert.equal(lv.edPhaseIndex, 0);
      assert.equal(lv.phaseVolumesMl.analytic.indexOf(Math.min(...lv.phaseVolumesMl.analytic)), lv.esPhaseIndex);
      assert.ok(lv.analytic.edvMl > 50 && lv.analytic.edvMl < 320, `EDV ${lv.analytic.edvMl}`);
      assert.ok(lv.analytic.myocardialMassG > 50 && lv.analytic.myocardialMassG < 260, `mass ${lv.analytic.myocardialMassG}`);
      if (exam.defect && exam.defect.kind !== 'burned-in-annotation') continue;
      const relative = (a: number, b: number) => Math.abs(a - b) / b;
      assert.ok(relative(lv.sliceSummation.edvMl, lv.analytic.edvMl) < 0.03, `EDV ${lv.sliceSummation.edvMl} vs ${lv.analytic.edvMl}`);
      assert.ok(relative(lv.sliceSummation.esvMl, lv.analytic.esvMl) < 0.03, `ESV ${lv.sliceSummation.esvMl} vs ${lv.analytic.esvMl}`);
      assert.ok(Math.abs(lv.sliceSummation.efPercent - lv.analytic.efPercent) < 2, 'EF');
      assert.ok(relative(lv.sliceSummation.myocardialMassG, lv.analytic.myocardialMassG) < 0.05, `mass ${lv.sliceSummation.myocardialMassG} vs ${lv.analytic.myocardialMassG}`);
    }
  });

  test('each listed defect is present in the files, and the other exams are good', () => {
    assert.ok(truth.defects.length >= 1);
    const flawed = new Set(truth.defects.map((d) => d.seriesInstanceUID));
    const seriesFiles = (uid: string) => [...datasets.values()].filter((ds) => ds.SeriesInstanceUID === uid);
    for (const defect of truth.defects) {
      const instances = seriesFiles(defect.seriesInstanceUID);
      const exam = exams(truth).find((e) => e.studyInstanceUID === defect.studyInstanceUID)!;
      const series = exam.series.find((s) => s.seriesInstanceUID === defect.seriesInstanceUID)!;
      if (defect.kind === 'missing-slices') assert.equal(new Set(instances.map((ds) => ds.SliceLocation)).size, series.slicePositions - 2);
      if (defect.kind === 'wrong-slice-thickness') assert.ok(instances.every((ds) => Number(ds.SliceThickness) === 10));
      if (defect.kind === 'too-few-phases') assert.ok(instances.every((ds) => Number(ds.CardiacNumberOfImages) === 12));
      if (defect.kind === 'burned-in-annotation') {
        for (const ds of instances) {
          assert.equal(ds.BurnedInAnnotation, 'YES');
          const pixels = new Uint16Array(ds.PixelData[0] as ArrayBuffer);
          const corner = Array.from({ length: 20 }, (_, y) => pixels.subarray((y + 4) * (ds.Columns as number), (y + 4) * (ds.Columns as number) + 120));
          assert.ok(corner.some((row) => row.includes(4095)), 'text pixels in the corner');
        }
      }
    }
    for (const ds of datasets.values()) {
      if (flawed.has(ds.SeriesInstanceUID as string)) continue;
      assert.equal(ds.BurnedInAnnotation, 'NO');
      assert.equal(Number(ds.SliceThickness), 8);
      assert.equal(Number(ds.CardiacNumberOfImages), ds.SeriesDescription === 'LGE_PSIR_SAX' ? 1 : 25);
    }
  });

  test('defects are chosen deterministically: about one exam in five, each kind once before repeats, none on request', () => {
    const cases = [
      { exams: 1, flawed: 0 },
      { exams: 4, flawed: 2 },
      { exams: 8, flawed: 4 },
      { exams: 90, flawed: 18 },
    ];
    for (const c of cases) {
      const chosen = chooseDefects(new Random('defects'), c.exams, 'some');
      const kinds = chosen.filter((d) => d !== null);
      assert.equal(kinds.length, c.flawed, `${c.exams} exams`);
      assert.equal(new Set(kinds).size, Math.min(c.flawed, DEFECT_KINDS.length));
      assert.deepEqual(chooseDefects(new Random('defects'), c.exams, 'some'), chosen);
      assert.ok(chooseDefects(new Random('defects'), c.exams, 'none').every((d) => d === null));
    }
  });

  test('--defects none writes only good exams', async () => {
    const out = path.join(workdir, 'good');
    await run(process.execPath, [CLI, 'phantom', '--subjects', '1', '--seed', SEED, '--out', out, '--defects', 'none']);
    const good = JSON.parse(await readFile(path.join(out, 'truth.json'), 'utf8')) as Truth;
    assert.deepEqual(good.defects, []);
    assert.ok(exams(good).every((e) => e.defect === null));
    await rm(out, { recursive: true });
  });

  test('dcmdump (dcmtk) reads every file', { skip: peer('dcmdump', has('dcmdump')) }, async () => {
    for (let i = 0; i < files.length; i += 200) {
      const batch = files.slice(i, i + 200).map((f) => path.join(first, f));
      const { stdout: dump, stderr } = await run('dcmdump', ['-q', '+L', ...batch], { maxBuffer: 1 << 28 });
      assert.equal(stderr.trim(), '');
      assert.equal(dump.match(/\(7fe0,0010\) OW/g)?.length, batch.length);
    }
  });

  test('pydicom reads every file and decodes its pixels', { skip: peer('pydicom', spawnSync(PYTHON, ['-c', 'import pydicom']).status === 0) }, async () => {
    const script = [
      'import sys, pydicom',
      'n = 0',
      'for name in sys.stdin.read().split("\\n"):',
      '    if not name: continue',
      '    ds = pydicom.dcmread(name)',
      '    assert ds.pixel_array.shape == (ds.Rows, ds.Columns), name',
      '    assert str(ds.PatientName), name',
      '    n += 1',
      'print(n)',
    ].join('\n');
    const result = spawnSync(PYTHON, ['-c', script], { input: files.map((f) => path.join(first, f)).join('\n'), encoding: 'utf8', maxBuffer: 1 << 24 });
    assert.equal(result.stderr, '');
    assert.equal(Number(result.stdout.trim()), files.length);
  });

  test('dciodvfy (dicom3tools) reports no error on the good instances beyond the known phantom errors', { skip: peer('dciodvfy', has('dciodvfy')) }, async () => {
    const flawed = new Set(truth.defects.map((d) => d.seriesInstanceUID));
    const good = [...datasets].filter(([, ds]) => !flawed.has(ds.SeriesInstanceUID as string)).map(([f]) => path.join(first, f));
    const script = 'for f in "$@"; do dciodvfy "$f" 2>&1 | grep "^Error" | sed "s|^|$f: |"; done; true';
    const chunks = [0, 1, 2, 3].map((k) => good.filter((_, i) => i % 4 === k));
    const outputs = await Promise.all(chunks.map((chunk) => run('sh', ['-c', script, 'dciodvfy-all', ...chunk], { maxBuffer: 1 << 26 })));
    const errors = outputs.flatMap((o) => o.stdout.split('\n').filter(Boolean));
    const unknown = errors.filter((line) => !truth.knownPhantomErrors.some((known) => line.endsWith(known)));
    assert.deepEqual(unknown, []);
  });
});
