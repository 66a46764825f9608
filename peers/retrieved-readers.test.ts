// Instances retrieved from Corelab checked by real DICOM readers: a one-subject phantom
// (`corelab phantom --subjects 1 --seed 3`), de-identified by the deid engine as a centre would, is
// stored by STOW-RS and each instance retrieved back by WADO-RS (instance level, multipart). dcmtk's
// dcmdump reads each one (exit 0, no error), pydicom reads each one and sees what it saw in the
// de-identified input, and dicom3tools' dciodvfy reports no error on a retrieved instance that the
// same de-identified input did not already have.
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { deidentify } from '../deid/src/index.ts';
import { readDicom, str } from '../server/src/imaging/dicom-reader.ts';
import { startCorelab, type ListeningCorelab } from './support/corelab.ts';
import { CENTRE_KEY } from './support/phantom.ts';

const PYTHON = '/usr/bin/python3';
const READ_SCRIPT = path.join(import.meta.dirname, 'support', 'pydicom_read.py');
const DCMDUMP = '/usr/bin/dcmdump';
const DCIODVFY = '/usr/bin/dciodvfy';
const CLI = path.resolve(import.meta.dirname, '../bin/corelab.js');
const missing = [DCMDUMP, DCIODVFY, PYTHON].filter((p) => !fs.existsSync(p));
const pydicomInstalled = missing.length === 0 && (() => {
  try {
    execFileSync(PYTHON, ['-c', 'import pydicom'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const skip = missing.length > 0 ? `not installed: ${missing.join(', ')} (apt-get install dcmtk dicom3tools python3-pydicom)` : pydicomInstalled ? false : 'python3-pydicom is not installed';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-peer-readers-'));
let corelab: ListeningCorelab;
/** De-identified input file and the same instance retrieved by WADO-RS, per instance. */
const pairs: Array<{ name: string; input: string; retrieved: string }> = [];
let quarantined = 0;

/** Runs a tool to its end whatever its exit status: dciodvfy exits non-zero when it reports errors. */
function run(file: string, args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { timeout: 60_000, maxBuffer: 32 << 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, out: `${stdout}${stderr}` });
    });
  });
}

/** Runs fn over items, two at a time (CI has two cores). */
async function eachTwoAtATime<T, R>(items: T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

before(async () => {
  if (skip) return;
  corelab = await startCorelab(path.join(dir, 'corelab'));
  await corelab.registerSubjects(['N001']);
  const t0 = performance.now();
  const phantom = path.join(dir, 'phantom');
  execFileSync(process.execPath, [CLI, 'phantom', '--subjects', '1', '--seed', '3', '--out', phantom], { stdio: 'ignore', timeout: 120_000 });
  const files = (fs.readdirSync(phantom, { recursive: true }) as string[]).filter((f) => f.endsWith('.dcm')).sort();
  fs.mkdirSync(path.join(dir, 'input'));
  fs.mkdirSync(path.join(dir, 'retrieved'));
  const batch: Array<{ name: string; bytes: Buffer }> = [];
  for (const name of files) {
    const result = deidentify(fs.readFileSync(path.join(phantom, name)), { subjectCode: 'N001', key: CENTRE_KEY });
    if (result.status === 'quarantined') quarantined++;
    else batch.push({ name, bytes: Buffer.from(result.output) });
  }
  const t1 = performance.now();
  for (let i = 0; i < batch.length; i += 50) {
    const r = await corelab.stow(batch.slice(i, i + 50).map((b) => b.bytes), 60_000);
    assert.equal(r.status, 200, `STOW-RS: ${r.status} ${JSON.stringify(r.body).slice(0, 2000)}`);
  }
  const t2 = performance.now();
  for (const [i, { name, bytes }] of batch.entries()) {
    const ds = readDicom(bytes).dataset;
    const parts = await corelab.retrieve(`${str(ds['0020000D'])}/series/${str(ds['0020000E'])}/instances/${str(ds['00080018'])}`, 30_000);
    assert.equal(parts.length, 1, `${name}: WADO-RS returned ${parts.length} parts`);
    const input = path.join(dir, 'input', `${i}.dcm`);
    const retrieved = path.join(dir, 'retrieved', `${i}.dcm`);
    fs.writeFileSync(input, bytes);
    fs.writeFileSync(retrieved, parts[0]!);
    pairs.push({ name, input, retrieved });
  }
  const ms = (a: number, b: number) => `${Math.round(b - a)} ms`;
  console.log(`phantom and de-identification ${ms(t0, t1)}, STOW-RS ${ms(t1, t2)}, WADO-RS ${ms(t2, performance.now())}`);
});
after(async () => {
  await corelab?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the de-identified phantom is stored and every instance retrieved by WADO-RS', { skip }, () => {
  assert.ok(pairs.length >= 250, `only ${pairs.length} instances retrieved`);
  console.log(`${pairs.length} instances stored and retrieved, ${quarantined} quarantined by deid (not sent)`);
});

test('dcmdump (dcmtk) reads every retrieved instance', { skip, timeout: 120_000 }, async () => {
  // dcmdump takes many files at once (one start-up for 50 files); a failing batch is re-run file by
  // file so that the failure names its instance.
  const failed = (r: { code: number; out: string }) => r.code !== 0 || /^[EF]: /m.test(r.out);
  const batches: Array<typeof pairs> = [];
  for (let i = 0; i < pairs.length; i += 50) batches.push(pairs.slice(i, i + 50));
  const failures: string[] = [];
  for (const batch of batches) {
    if (!failed(await run(DCMDUMP, ['-q', '-M', ...batch.map((p) => p.retrieved)]))) continue;
    for (const p of batch) {
      const r = await run(DCMDUMP, ['-q', '-M', p.retrieved]);
      if (failed(r)) failures.push(`${p.name}: exit ${r.code} ${r.out.split('\n').filter((l) => /^[EF]: /.test(l)).join(' | ')}`);
    }
  }
  assert.deepEqual(failures, []);
});

test('pydicom reads every retrieved instance and sees what it saw in the de-identified input', { skip, timeout: 120_000 }, () => {
  const out = execFileSync(PYTHON, [READ_SCRIPT, ...pairs.flatMap((p) => [p.input, p.retrieved])], { encoding: 'utf8', timeout: 110_000, maxBuffer: 32 << 20 });
  const views = new Map(out.trim().split('\n').map((line) => JSON.parse(line) as { file: string; ok: boolean; error?: string }).map((v) => [v.file, v]));
  const failures: string[] = [];
  for (const p of pairs) {
    const { file: _sent, ...sent } = views.get(p.input) ?? { file: '', ok: false, error: 'no answer' };
    const { file: _back, ...back } = views.get(p.retrieved) ?? { file: '', ok: false, error: 'no answer' };
    if (!back.ok) failures.push(`${p.name}: pydicom cannot read the retrieved instance: ${back.error}`);
    else if (JSON.stringify(sent) !== JSON.stringify(back)) failures.push(`${p.name}: sent ${JSON.stringify(sent)}, retrieved ${JSON.stringify(back)}`);
  }
  assert.deepEqual(failures, []);
});

test('dciodvfy (dicom3tools) reports no error on a retrieved instance that its de-identified input did not have', { skip, timeout: 180_000 }, async () => {
  const errorLines = (out: string) => new Set(out.split('\n').filter((l) => /\berror\b/i.test(l)).map((l) => l.trim()));
  const started = performance.now();
  let identical = 0;
  const results = await eachTwoAtATime(pairs, async (p) => {
    const errors = errorLines((await run(DCIODVFY, [p.retrieved])).out);
    if (fs.readFileSync(p.input).equals(fs.readFileSync(p.retrieved))) identical++;
    // The input is checked too when the retrieved instance has errors: only new ones count.
    const before = errors.size > 0 ? errorLines((await run(DCIODVFY, [p.input])).out) : new Set<string>();
    return { p, errors: errors.size, added: [...errors].filter((l) => !before.has(l)) };
  });
  console.log(`dciodvfy: ${pairs.length} retrieved instances (${identical} byte for byte the de-identified input), ${results.filter((r) => r.errors > 0).length} with errors, ${results.filter((r) => r.added.length > 0).length} with errors their input did not have (${Math.round(performance.now() - started)} ms)`);
  assert.deepEqual(results.filter((r) => r.added.length > 0).map((r) => `${r.p.name}: ${r.added.join(' | ')}`), []);
});
