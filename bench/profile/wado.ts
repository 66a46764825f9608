// WADO-RS iteration harness: the same pre-de-identified files (prepare-deid.ts) stored in Corelab
// (the real server, `corelab demo`, through STOW-RS) and in Orthanc (BENCHMARKS.md settings, REST
// POST /instances), then whole-series WADO-RS of the 25-instance series on both with the same client
// as bench:ingest (bench/ingest/wado.ts), alternating, median of RUNS runs, the ratio printed; then
// single-instance retrievals (the fixed cost of a request). Server CPU per instance from /proc.
// Set CORELAB_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR" to profile Corelab's server, and
// CORELAB_PROFILE_ORTHANC=0 to measure Corelab alone (Orthanc's ingest of a large set takes minutes),
// CORELAB_PROFILE_IDLE_SECONDS=N to let the server idle N seconds after its ingest.
// Usage: CORELAB_PG_DURABLE=1 node scripts/with-postgres.js node --import tsx bench/profile/wado.ts DEID_DIR [RUNS]
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startOrthanc } from '../../peers/support/orthanc.ts';
import { startCorelabServer } from '../ingest/corelab-server.ts';
import { keepAlive, multipart, request } from '../ingest/http.ts';
import { measureSingleInstances, measureWado, type WadoFigure, type WadoOptions } from '../support/wado.ts';
import pg from 'pg';
import { postgresUrl } from '../support/bench-database.ts';
import { spread } from '../support/stats.ts';

const dir = process.argv[2]!;
const RUNS = Number(process.argv[3] ?? 3);
const names = fs.readdirSync(dir).filter((f) => f.endsWith('.dcm')).sort();
const files = names.map((f) => fs.readFileSync(path.join(dir, f)));
const codes = JSON.parse(fs.readFileSync(path.join(dir, 'codes.json'), 'utf8')) as string[];
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-prof-wado-'));
const agent = keepAlive(4);
/** With --cpu-prof, the phases' bounds on the monotonic clock the profile's timestamps use (µs), to cut the profile. */
const profiling = process.env.CORELAB_SERVER_NODE_ARGS?.includes('--cpu-prof') ?? false;
const mark = (phase: string) => profiling && console.log(`profile mark: ${phase} at ${process.hrtime.bigint() / 1000n} µs`);

/** The PostgreSQL server's postmaster pid (its backends are its children), from postmaster.pid in its data folder. */
async function postmasterPid(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const dir = (await client.query<{ d: string }>('select current_setting(\'data_directory\') as d')).rows[0]!.d;
    return Number(fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } finally {
    await client.end();
  }
}

async function pool<T>(items: T[], concurrency: number, send: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) await send(items[next++]!);
  }));
}

const withOrthanc = process.env.CORELAB_PROFILE_ORTHANC !== '0';
const corelab = await startCorelabServer(path.join(work, 'corelab'), postgresUrl);
const orthanc = withOrthanc ? await startOrthanc(path.join(work, 'orthanc')) : undefined;
try {
  await corelab.registerSubjects(codes);
  const batches = Array.from({ length: Math.ceil(files.length / 20) }, (_, i) => files.slice(i * 20, i * 20 + 20));
  await pool(batches, 4, async (batch) => {
    const boundary = `prof-${randomBytes(8).toString('hex')}`;
    const r = await request(agent, `${corelab.url}/dicomweb/projects/${corelab.projectId}/studies`, {
      method: 'POST',
      headers: { authorization: `Bearer ${corelab.token}`, 'content-type': `multipart/related; type="application/dicom"; boundary=${boundary}` },
      body: multipart(batch, boundary),
    });
    if (r.status !== 200) throw new Error(`Corelab STOW-RS ${r.status}: ${r.body.toString().slice(0, 400)}`);
  });
  if (orthanc) await pool(files, 4, async (file) => {
    const r = await request(agent, `${orthanc.url}/instances`, { method: 'POST', headers: { 'content-type': 'application/dicom' }, body: file });
    if (r.status !== 200) throw new Error(`Orthanc POST /instances ${r.status}`);
  });
  console.log(`${files.length} pre-de-identified files stored in Corelab (${postgresUrl ? 'PostgreSQL' : 'embedded database'})${orthanc ? ` and in Orthanc ${orthanc.system.Version}` : ''}`);

  // With CORELAB_PROFILE_IDLE_SECONDS, Corelab's server idles that long after its ingest, as it does
  // in bench:ingest while Orthanc ingests (V8 shrinks an idle heap: see the README's WADO-RS notes).
  const idle = Number(process.env.CORELAB_PROFILE_IDLE_SECONDS ?? 0);
  if (idle > 0) await new Promise((resolve) => setTimeout(resolve, idle * 1000));
  const databasePid = postgresUrl ? await postmasterPid(postgresUrl) : undefined;
  const corelabBase = `${corelab.url}/dicomweb/projects/${corelab.projectId}`;
  const corelabAuth = { authorization: `Bearer ${corelab.token}` };
  const orthancBase = orthanc && `${orthanc.url}/dicom-web`;
  const options: WadoOptions = { seriesSize: 25, maxSeries: 20, passes: 6 };
  const runs: { corelab: WadoFigure[]; orthanc: WadoFigure[] } = { corelab: [], orthanc: [] };
  mark('whole-series start');
  for (let run = 0; run < RUNS; run++) {
    runs.corelab.push(await measureWado(corelabBase, corelabAuth, { ...options, pid: corelab.pid, ...(databasePid && { databasePid }) }));
    if (orthanc) runs.orthanc.push(await measureWado(orthancBase!, {}, { ...options, pid: orthanc.pid }));
    const c = runs.corelab.at(-1)!;
    const o = runs.orthanc.at(-1);
    console.log(`run ${run + 1}: ${c.requests} requests of ${options.seriesSize} instances (${c.series} series × ${options.passes}) | Corelab ${c.instancesPerSecond}/s, server CPU ${c.serverCpuMicrosPerInstance} µs/instance${c.databaseCpuMicrosPerInstance === undefined ? '' : ` + PostgreSQL ${c.databaseCpuMicrosPerInstance} µs`}${o ? ` | Orthanc ${o.instancesPerSecond}/s, server CPU ${o.serverCpuMicrosPerInstance} µs/instance` : ''}`);
    const faults = (f: WadoFigure | undefined) => f?.serverDetail && `user ${f.serverDetail.userMicros} µs, system ${f.serverDetail.systemMicros} µs, ${f.serverDetail.minorFaults} minor / ${f.serverDetail.majorFaults} major page faults per instance`;
    console.log(`       Corelab server: ${faults(c)}${o ? ` | Orthanc: ${faults(o)}` : ''}`);
  }
  mark('whole-series end');
  const c = spread(runs.corelab.map((f) => f.instancesPerSecond));
  const cpu = (list: WadoFigure[]) => spread(list.map((f) => f.serverCpuMicrosPerInstance!)).median;
  const dbCpu = databasePid ? ` + PostgreSQL ${spread(runs.corelab.map((f) => f.databaseCpuMicrosPerInstance!)).median} µs` : '';
  const o = orthanc && spread(runs.orthanc.map((f) => f.instancesPerSecond));
  console.log(`WADO-RS whole series, median of ${RUNS}: Corelab ${c.median}/s (${c.min}–${c.max}), ${cpu(runs.corelab)} µs CPU/instance${dbCpu}${o ? ` | Orthanc ${o.median}/s (${o.min}–${o.max}), ${cpu(runs.orthanc)} µs CPU/instance | ratio ${(c.median / o.median).toFixed(2)} (target ≥ 2)` : ''}`);

  const single = { ...options, passes: 4 };
  mark('single-instance start');
  const cs = await measureSingleInstances(corelabBase, corelabAuth, { ...single, pid: corelab.pid, ...(databasePid && { databasePid }) });
  mark('single-instance end');
  const os_ = orthanc && (await measureSingleInstances(orthancBase!, {}, { ...single, pid: orthanc.pid }));
  console.log(`WADO-RS single instance (${cs.requests} requests): Corelab median ${cs.medianMs} ms, server CPU ${cs.serverCpuMicrosPerRequest} µs/request${cs.databaseCpuMicrosPerRequest === undefined ? '' : ` + PostgreSQL ${cs.databaseCpuMicrosPerRequest} µs`}${os_ ? ` | Orthanc median ${os_.medianMs} ms, server CPU ${os_.serverCpuMicrosPerRequest} µs/request` : ''}`);
} finally {
  agent.destroy();
  await corelab.stop();
  await orthanc?.stop();
  fs.rmSync(work, { recursive: true, force: true });
}
