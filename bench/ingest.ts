// `npm run bench:ingest`: the phantom (≥ 20,000 MR instances) ingested by Corelab through STOW-RS
// with de-identification on (in the client, the CLI's path: deid in 2 worker threads; the server's
// residual checks), 4 concurrent multipart requests × 20 instances on keep-alive connections; then
// the same phantom into Orthanc at its best (BENCHMARKS.md) through REST POST /instances and through
// STOW-RS, in the same run. Then QIDO-RS and WADO-RS on both. Prints one line per figure and writes
// bench-results/ingest.json. Run through scripts/with-postgres.js (CORELAB_PG_DURABLE=1).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { generatePhantom } from '../cli/src/phantom/generate.ts';
import { readDicom, str } from '../server/src/imaging/dicom-reader.ts';
import { startOrthanc, type RunningOrthanc } from '../peers/support/orthanc.ts';
import { startCorelabServer, type CorelabServer } from './ingest/corelab-server.ts';
import { keepAlive, multipart, request, rssSampler } from './ingest/http.ts';
import { cpuDelta, postgresCpu, postmasterPid, processCpu } from './ingest/process-cpu.ts';
import { measureWado, type WadoOptions } from './support/wado.ts';
import { postgresServerInfo, postgresUrl } from './support/bench-database.ts';
import { describeEnvironment, packageVersion } from './support/environment.ts';
import { percentile, spread, type Spread } from './support/stats.ts';

const SUBJECTS = Number(process.env.CORELAB_BENCH_SUBJECTS ?? 60);
const SEED = '7';
const CONCURRENCY = 4;
const BATCH = 20;
const RUNS = Number(process.env.CORELAB_BENCH_RUNS ?? 3);
const cacheDir = process.env.CORELAB_BENCH_CACHE ?? path.join(os.tmpdir(), 'corelab-bench-cache');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-bench-ingest-'));
const agent = keepAlive(CONCURRENCY);

interface Input {
  path: string;
  size: number;
  subjectCode: string;
}

async function phantom(): Promise<Input[]> {
  const dir = path.join(cacheDir, `phantom-s${SUBJECTS}-seed${SEED}`);
  if (!fs.existsSync(path.join(dir, 'truth.json'))) {
    console.log(`generating the phantom once into ${dir} ...`);
    fs.rmSync(`${dir}.partial`, { recursive: true, force: true });
    await generatePhantom({ subjects: SUBJECTS, seed: SEED, out: `${dir}.partial`, defects: 'some' });
    fs.renameSync(`${dir}.partial`, dir);
  }
  const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.dcm')).sort();
  return files.map((f) => ({ path: path.join(dir, f), size: fs.statSync(path.join(dir, f)).size, subjectCode: `B${f.split(path.sep)[0]!.replace('subject-', '')}` }));
}

const batches = <T>(list: T[], size: number): T[][] => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

/** Runs `send` on each batch with `concurrency` in flight; resolves when all are done. */
async function pool<T>(items: T[], concurrency: number, send: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) await send(items[next++]!);
  }));
}

interface IngestFigure {
  instances: number;
  bytes: number;
  seconds: number;
  instancesPerSecond: number;
  mbPerSecond: number;
  peakRssMb: number;
  refused: number;
  quarantined?: number;
  /** CPU (user + system) per instance stored of the Corelab server process and of PostgreSQL, in µs. */
  serverCpuUsPerInstance?: number;
  postgresCpuUsPerInstance?: number;
}

const figure = (instances: number, bytes: number, seconds: number, peakRssMb: number, refused: number): IngestFigure => ({
  instances,
  bytes,
  seconds: round(seconds, 2),
  instancesPerSecond: round(instances / seconds, 1),
  mbPerSecond: round(bytes / 1e6 / seconds, 1),
  peakRssMb,
  refused,
});
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

function failuresOf(body: Buffer): number {
  const ds = JSON.parse(body.toString('utf8') || '{}') as Record<string, { Value?: unknown[] }>;
  return ds['00081198']?.Value?.length ?? 0;
}

async function ingestCorelab(server: CorelabServer, inputs: Input[]): Promise<IngestFigure> {
  const key = randomBytes(32);
  const workers = Array.from({ length: 2 }, () => new Worker(new URL('./ingest/deid-worker-entry.mjs', import.meta.url), { workerData: { key: key.buffer.slice(key.byteOffset, key.byteOffset + 32) } }));
  const pending = new Map<number, (r: { outputs: Uint8Array[]; refused: string[] }) => void>();
  for (const w of workers) w.on('message', (m: { id: number; outputs: Uint8Array[]; refused: string[] }) => pending.get(m.id)!(m));
  let id = 0;
  const deidentify = (files: Input[]) =>
    new Promise<{ outputs: Uint8Array[]; refused: string[] }>((resolve) => {
      const n = id++;
      pending.set(n, resolve);
      workers[n % workers.length]!.postMessage({ id: n, files: files.map((f) => ({ path: f.path, subjectCode: f.subjectCode })) });
    });
  const rss = rssSampler(server.pid);
  // PostgreSQL shares the cores: its CPU per instance is part of the ingest's cost.
  const postmaster = postgresUrl ? await postmasterPid(postgresUrl) : undefined;
  const serverCpu = processCpu(server.pid);
  const databaseCpu = postmaster === undefined ? undefined : postgresCpu(postmaster);
  let instances = 0;
  let bytes = 0;
  let quarantined = 0;
  let refused = 0;
  const url = `${server.url}/dicomweb/projects/${server.projectId}/studies`;
  const started = performance.now();
  await pool(batches(inputs, BATCH), CONCURRENCY, async (batch) => {
    const { outputs, refused: held } = await deidentify(batch);
    quarantined += held.length;
    if (outputs.length === 0) return;
    const boundary = `corelab-bench-${randomBytes(8).toString('hex')}`;
    const r = await request(agent, url, { method: 'POST', headers: { authorization: `Bearer ${server.token}`, 'content-type': `multipart/related; type="application/dicom"; boundary=${boundary}`, accept: 'application/dicom+json' }, body: multipart(outputs, boundary) });
    if (r.status !== 200 && r.status !== 202) throw new Error(`Corelab STOW-RS: ${r.status} ${r.body.toString().slice(0, 500)}`);
    const failed = failuresOf(r.body);
    refused += failed;
    instances += outputs.length - failed;
    bytes += outputs.reduce((n, o) => n + o.byteLength, 0);
  });
  const seconds = (performance.now() - started) / 1000;
  const perInstance = (t: { user: number; system: number }) => Math.round((1e6 * (t.user + t.system)) / Math.max(1, instances));
  const serverCpuUsPerInstance = perInstance(cpuDelta(processCpu(server.pid), serverCpu));
  const postgresCpuUsPerInstance = databaseCpu && postmaster !== undefined ? perInstance(cpuDelta(postgresCpu(postmaster), databaseCpu)) : undefined;
  await Promise.all(workers.map((w) => w.terminate()));
  return { ...figure(instances, bytes, seconds, rss.stop(), refused), quarantined, serverCpuUsPerInstance, ...(postgresCpuUsPerInstance !== undefined && { postgresCpuUsPerInstance }) };
}

async function ingestOrthancRest(orthanc: RunningOrthanc, inputs: Input[]): Promise<IngestFigure> {
  const rss = rssSampler(orthanc.pid);
  let instances = 0;
  let bytes = 0;
  let refused = 0;
  const started = performance.now();
  await pool(inputs, CONCURRENCY, async (input) => {
    const body = await fs.promises.readFile(input.path);
    const r = await request(agent, `${orthanc.url}/instances`, { method: 'POST', headers: { 'content-type': 'application/dicom' }, body });
    if (r.status === 200) {
      instances++;
      bytes += body.length;
    } else refused++;
  });
  return figure(instances, bytes, (performance.now() - started) / 1000, rss.stop(), refused);
}

async function ingestOrthancStow(orthanc: RunningOrthanc, inputs: Input[]): Promise<IngestFigure> {
  const rss = rssSampler(orthanc.pid);
  let instances = 0;
  let bytes = 0;
  let refused = 0;
  const started = performance.now();
  await pool(batches(inputs, BATCH), CONCURRENCY, async (batch) => {
    const files = await Promise.all(batch.map((b) => fs.promises.readFile(b.path)));
    const boundary = `orthanc-bench-${randomBytes(8).toString('hex')}`;
    const r = await request(agent, `${orthanc.url}/dicom-web/studies`, { method: 'POST', headers: { 'content-type': `multipart/related; type="application/dicom"; boundary=${boundary}`, accept: 'application/dicom+json' }, body: multipart(files, boundary) });
    if (r.status !== 200 && r.status !== 202) throw new Error(`Orthanc STOW-RS: ${r.status} ${r.body.toString().slice(0, 500)}`);
    const failed = failuresOf(r.body);
    refused += failed;
    instances += files.length - failed;
    bytes += files.reduce((n, f) => n + f.length, 0);
  });
  return figure(instances, bytes, (performance.now() - started) / 1000, rss.stop(), refused);
}

type Ds = Record<string, { Value?: unknown[] }>;
const first = (d: Ds, tag: string) => d[tag]?.Value?.[0];

interface QueryFigures {
  byPatientId: { p50: number; p95: number };
  byDateRange: { p50: number; p95: number };
  queries: number;
}

function addDays(date: string, days: number): string {
  const d = new Date(Date.UTC(+date.slice(0, 4), +date.slice(4, 6) - 1, +date.slice(6, 8) + days));
  return d.toISOString().slice(0, 10).replaceAll('-', '');
}

/** The same query set on both: 20 studies' PatientID, and 30-day StudyDate windows starting at 20 study dates. */
async function measureQido(base: string, headers: Record<string, string>): Promise<QueryFigures> {
  const qidoAgent = keepAlive(1);
  const get = async (url: string) => {
    const t = performance.now();
    const r = await request(qidoAgent, `${base}${url}`, { headers: { ...headers, accept: 'application/dicom+json' } });
    if (r.status !== 200) throw new Error(`QIDO-RS ${url}: ${r.status} ${r.body.toString().slice(0, 300)}`);
    return { ms: performance.now() - t, body: r.body };
  };
  const studies = JSON.parse((await get('/studies?limit=1000&includefield=00100020')).body.toString()) as Ds[];
  const chosen = studies.slice(0, 20);
  const byId = chosen.map((s) => `/studies?PatientID=${encodeURIComponent(String(first(s, '00100020')))}`);
  const byDate = chosen.map((s) => {
    const d = String(first(s, '00080020'));
    return `/studies?StudyDate=${d}-${addDays(d, 30)}`;
  });
  for (const q of [...byId, ...byDate]) await get(q);
  const idTimes: number[] = [];
  const dateTimes: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of byId) idTimes.push((await get(q)).ms);
    for (const q of byDate) dateTimes.push((await get(q)).ms);
  }
  qidoAgent.destroy();
  const summary = (t: number[]) => ({ p50: round(percentile(t, 50), 2), p95: round(percentile(t, 95), 2) });
  return { byPatientId: summary(idTimes), byDateRange: summary(dateTimes), queries: idTimes.length + dateTimes.length };
}

/** Whole-series WADO-RS of the 25-instance series (4-chamber cines), one keep-alive connection, the client bench/profile/wado.ts uses too. */
const wadoOptions = (pid: number): WadoOptions => ({ seriesSize: 25, maxSeries: 20, pid });

function versions(orthanc: RunningOrthanc, postgres: string | null) {
  const dpkg = (name: string) => {
    try {
      return execFileSync('dpkg-query', ['-W', '-f=${Version}', name]).toString();
    } catch {
      return 'unknown';
    }
  };
  return {
    ...describeEnvironment(postgres),
    orthanc: String(orthanc.system.Version),
    orthancPackage: dpkg('orthanc'),
    orthancDicomWeb: orthanc.plugins['dicom-web'] ?? 'unknown',
    orthancDicomWebPackage: dpkg('orthanc-dicomweb'),
    dcmjs: packageVersion('dcmjs'),
    fastify: packageVersion('fastify'),
  };
}

async function main() {
  const inputs = await phantom();
  const totalBytes = inputs.reduce((n, i) => n + i.size, 0);
  console.log(`workload: ${inputs.length} instances, ${(totalBytes / 1e6).toFixed(0)} MB (phantom, ${SUBJECTS} subjects, seed ${SEED}), ${CONCURRENCY} concurrent requests, ${BATCH} instances per STOW-RS request`);
  // Page cache warm for everyone: read every file once.
  for (const i of inputs) fs.readFileSync(i.path);
  const codes = [...new Set(inputs.map((i) => i.subjectCode))];
  const database = postgresUrl ? 'postgres' : 'embedded';
  const pg = postgresUrl ? await postgresServerInfo() : null;

  const corelab = await startCorelabServer(path.join(work, 'corelab'), postgresUrl);
  await corelab.registerSubjects(codes);
  console.log(`Corelab (${database}${pg ? ` ${pg.version}, fsync ${pg.fsync}, synchronous_commit ${pg.synchronousCommit}` : ''}) ingesting with de-identification in the client ...`);
  const corelabIngest = await ingestCorelab(corelab, inputs);
  console.log(`  Corelab STOW-RS + de-identification: ${corelabIngest.instances} instances (${corelabIngest.quarantined} quarantined by deid, ${corelabIngest.refused} refused), ${corelabIngest.instancesPerSecond}/s, ${corelabIngest.mbPerSecond} MB/s, server peak RSS ${corelabIngest.peakRssMb} MB, server CPU ${corelabIngest.serverCpuUsPerInstance} µs${corelabIngest.postgresCpuUsPerInstance === undefined ? '' : ` and PostgreSQL CPU ${corelabIngest.postgresCpuUsPerInstance} µs`} per instance`);
  const corelabAuth = { authorization: `Bearer ${corelab.token}` };
  const corelabBase = `${corelab.url}/dicomweb/projects/${corelab.projectId}`;

  const orthancRestServer = await startOrthanc(path.join(work, 'orthanc-rest'));
  console.log(`Orthanc ${orthancRestServer.system.Version} (DICOMweb ${orthancRestServer.plugins['dicom-web']}) REST POST /instances with the original phantom files ...`);
  const orthancRest = await ingestOrthancRest(orthancRestServer, inputs);
  console.log(`  Orthanc REST: ${orthancRest.instances} instances, ${orthancRest.instancesPerSecond}/s, ${orthancRest.mbPerSecond} MB/s, peak RSS ${orthancRest.peakRssMb} MB`);

  const qido: { corelab: QueryFigures[]; orthanc: QueryFigures[] } = { corelab: [], orthanc: [] };
  const wado: { corelab: number[]; orthanc: number[] } = { corelab: [], orthanc: [] };
  const wadoCpu: { corelab: number[]; orthanc: number[] } = { corelab: [], orthanc: [] };
  let wadoSeries = 0;
  for (let run = 0; run < RUNS; run++) {
    qido.corelab.push(await measureQido(corelabBase, corelabAuth));
    qido.orthanc.push(await measureQido(`${orthancRestServer.url}/dicom-web`, {}));
    const w = await measureWado(corelabBase, corelabAuth, wadoOptions(corelab.pid));
    wadoSeries = w.series;
    wado.corelab.push(w.instancesPerSecond);
    wadoCpu.corelab.push(w.serverCpuMicrosPerInstance!);
    const o = await measureWado(`${orthancRestServer.url}/dicom-web`, {}, wadoOptions(orthancRestServer.pid));
    wado.orthanc.push(o.instancesPerSecond);
    wadoCpu.orthanc.push(o.serverCpuMicrosPerInstance!);
  }
  await corelab.stop();
  const system = versions(orthancRestServer, pg?.version ?? null);
  await orthancRestServer.stop();

  const orthancStowServer = await startOrthanc(path.join(work, 'orthanc-stow'));
  const orthancStow = await ingestOrthancStow(orthancStowServer, inputs);
  console.log(`  Orthanc STOW-RS: ${orthancStow.instances} instances, ${orthancStow.instancesPerSecond}/s, ${orthancStow.mbPerSecond} MB/s, peak RSS ${orthancStow.peakRssMb} MB`);
  await orthancStowServer.stop();

  const med = (list: QueryFigures[], pick: (q: QueryFigures) => number): Spread => spread(list.map(pick));
  const qidoFigures = {
    corelab: { byPatientIdP50: med(qido.corelab, (q) => q.byPatientId.p50), byPatientIdP95: med(qido.corelab, (q) => q.byPatientId.p95), byDateRangeP50: med(qido.corelab, (q) => q.byDateRange.p50), byDateRangeP95: med(qido.corelab, (q) => q.byDateRange.p95) },
    orthanc: { byPatientIdP50: med(qido.orthanc, (q) => q.byPatientId.p50), byPatientIdP95: med(qido.orthanc, (q) => q.byPatientId.p95), byDateRangeP50: med(qido.orthanc, (q) => q.byDateRange.p50), byDateRangeP95: med(qido.orthanc, (q) => q.byDateRange.p95) },
  };
  const bestOrthancIngest = Math.max(orthancRest.instancesPerSecond, orthancStow.instancesPerSecond);
  const ratios = {
    ingestVsOrthancRest: round(corelabIngest.instancesPerSecond / orthancRest.instancesPerSecond, 2),
    ingestVsOrthancStow: round(corelabIngest.instancesPerSecond / orthancStow.instancesPerSecond, 2),
    qidoP95ByPatientId: round(qidoFigures.corelab.byPatientIdP95.median / qidoFigures.orthanc.byPatientIdP95.median, 2),
    qidoP95ByDateRange: round(qidoFigures.corelab.byDateRangeP95.median / qidoFigures.orthanc.byDateRangeP95.median, 2),
    wado: round(spread(wado.corelab).median / spread(wado.orthanc).median, 2),
  };
  const targets = [
    { what: 'ingest ≥ 3× Orthanc (best of REST and STOW-RS), Corelab de-identifying', value: round(corelabIngest.instancesPerSecond / bestOrthancIngest, 2), target: '≥ 3', met: corelabIngest.instancesPerSecond >= 3 * bestOrthancIngest },
    { what: 'Corelab server peak RSS < 500 MB', value: corelabIngest.peakRssMb, target: '< 500', met: corelabIngest.peakRssMb < 500 },
    { what: 'QIDO-RS p95 by PatientID ≤ 0.5× Orthanc', value: ratios.qidoP95ByPatientId, target: '≤ 0.5', met: ratios.qidoP95ByPatientId <= 0.5 },
    { what: 'QIDO-RS p95 by 30-day StudyDate range ≤ 0.5× Orthanc', value: ratios.qidoP95ByDateRange, target: '≤ 0.5', met: ratios.qidoP95ByDateRange <= 0.5 },
    { what: 'WADO-RS whole-series instances/s ≥ 2× Orthanc', value: ratios.wado, target: '≥ 2', met: ratios.wado >= 2 },
  ];
  const ms = (s: Spread) => `${s.median.toFixed(1)} ms (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
  console.log(`\nQIDO-RS (${qido.corelab[0]!.queries} timed queries per run after warm-up, one keep-alive connection, median over ${RUNS} runs (min–max)):`);
  console.log(`  by PatientID     Corelab p50 ${ms(qidoFigures.corelab.byPatientIdP50)} p95 ${ms(qidoFigures.corelab.byPatientIdP95)} | Orthanc p50 ${ms(qidoFigures.orthanc.byPatientIdP50)} p95 ${ms(qidoFigures.orthanc.byPatientIdP95)}`);
  console.log(`  by StudyDate 30d Corelab p50 ${ms(qidoFigures.corelab.byDateRangeP50)} p95 ${ms(qidoFigures.corelab.byDateRangeP95)} | Orthanc p50 ${ms(qidoFigures.orthanc.byDateRangeP50)} p95 ${ms(qidoFigures.orthanc.byDateRangeP95)}`);
  const inst = (s: Spread) => `${s.median.toFixed(0)}/s (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
  console.log(`WADO-RS whole series (${wadoSeries} series × 25 instances, one keep-alive connection): Corelab ${inst(spread(wado.corelab))}, server CPU ${spread(wadoCpu.corelab).median} µs/instance | Orthanc ${inst(spread(wado.orthanc))}, server CPU ${spread(wadoCpu.orthanc).median} µs/instance`);
  console.log(`\nIngest (one run per system: ${inputs.length} instances each): Corelab ${corelabIngest.instancesPerSecond}/s with de-identification | Orthanc REST ${orthancRest.instancesPerSecond}/s | Orthanc STOW-RS ${orthancStow.instancesPerSecond}/s (Orthanc stores the original files, no de-identification)`);
  console.log('Targets:');
  for (const t of targets) console.log(`  ${t.met ? 'met    ' : 'NOT MET'} ${t.what}: ${t.value} (target ${t.target})`);

  const result = {
    benchmark: 'ingest',
    date: new Date().toISOString(),
    workload: { instances: inputs.length, bytes: totalBytes, phantom: { subjects: SUBJECTS, seed: SEED }, concurrency: CONCURRENCY, instancesPerRequest: BATCH },
    notes: [
      'Corelab: de-identification on, in the client (deid engine in 2 worker threads, as the CLI does), plus the server residual-identifier checks; bytes counted are the de-identified outputs.',
      'Orthanc is fed the original phantom files (no de-identification): StorageCompression false, SQLite index, HTTP, no auth, DicomWeb enabled, temporary storage.',
      `Ingest runs once per system (about ${inputs.length} instances each); QIDO-RS and WADO-RS: ${RUNS} runs, median (min–max).`,
    ],
    database,
    corelab: { ingest: corelabIngest, qido: qido.corelab, wadoInstancesPerSecond: wado.corelab, wadoServerCpuMicrosPerInstance: wadoCpu.corelab },
    orthanc: { rest: orthancRest, stow: orthancStow, qido: qido.orthanc, wadoInstancesPerSecond: wado.orthanc, wadoServerCpuMicrosPerInstance: wadoCpu.orthanc },
    qido: qidoFigures,
    ratios,
    targets,
    versions: system,
  };
  fs.mkdirSync('bench-results', { recursive: true });
  fs.writeFileSync('bench-results/ingest.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log('\nwritten to bench-results/ingest.json');
}

try {
  await main();
} finally {
  agent.destroy();
  fs.rmSync(work, { recursive: true, force: true });
}
