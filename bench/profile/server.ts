// Profiling harness: the real server (`corelab demo`, as bench:ingest starts it) fed with
// pre-de-identified files (prepare-deid.ts), so the server's STOW-RS cost is measured without the
// client's de-identification (after a warm-up of CORELAB_PROFILE_WARMUP instances, default 400,
// measured apart); then whole-series WADO-RS. Set CORELAB_SERVER_NODE_ARGS="--cpu-prof
// --cpu-prof-dir=DIR" to profile the server. Run through scripts/with-postgres.js (CORELAB_PG_DURABLE=1):
// PostgreSQL shares the cores, so its CPU per instance is printed too (CORELAB_PROFILE_CPU_SPLIT=1
// splits both into user and system time).
// Usage: node --import tsx bench/profile/server.ts DEID_DIR
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCorelabServer } from '../ingest/corelab-server.ts';
import { countParts, keepAlive, multipart, request } from '../ingest/http.ts';
import { childrenOf, cpuDelta, postgresCpu, postmasterPid, processCpu, type CpuTime } from '../ingest/process-cpu.ts';
import { postgresUrl } from '../support/bench-database.ts';

const dir = process.argv[2]!;
const split = process.env.CORELAB_PROFILE_CPU_SPLIT === '1';
const postmaster = postgresUrl ? await postmasterPid(postgresUrl) : undefined;

/** CPU of the server and of PostgreSQL from now until the returned function is called, in µs per unit. */
function cpuMeter(serverPid: number): (units: number) => string {
  const server = processCpu(serverPid);
  const database = postmaster === undefined ? undefined : postgresCpu(postmaster);
  const perUnit = (t: CpuTime, units: number) => `${((1e6 * (t.user + t.system)) / units).toFixed(0)} µs per instance${split ? ` (user ${((1e6 * t.user) / units).toFixed(0)}, system ${((1e6 * t.system) / units).toFixed(0)})` : ''}`;
  return (units) => `server CPU ${perUnit(cpuDelta(processCpu(serverPid), server), units)}${database && postmaster !== undefined ? `; PostgreSQL CPU ${perUnit(cpuDelta(postgresCpu(postmaster), database), units)}` : ''}`;
}
const names = fs.readdirSync(dir).filter((f) => f.endsWith('.dcm')).sort();
const files = names.map((f) => fs.readFileSync(path.join(dir, f)));
const codes = JSON.parse(fs.readFileSync(path.join(dir, 'codes.json'), 'utf8')) as string[];
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-prof-server-'));
const agent = keepAlive(4);
const server = await startCorelabServer(path.join(work, 'data'), postgresUrl);
try {
  await server.registerSubjects(codes);
  const url = `${server.url}/dicomweb/projects/${server.projectId}/studies`;
  const batches = Array.from({ length: Math.ceil(files.length / 20) }, (_, i) => files.slice(i * 20, i * 20 + 20));
  /** Sends batches[from, to) over 4 keep-alive connections, 20 instances a request. */
  const send = async (from: number, to: number) => {
    let next = from;
    await Promise.all(Array.from({ length: 4 }, async () => {
      while (next < to) {
        const batch = batches[next++]!;
        const boundary = `prof-${randomBytes(8).toString('hex')}`;
        const r = await request(agent, url, { method: 'POST', headers: { authorization: `Bearer ${server.token}`, 'content-type': `multipart/related; type="application/dicom"; boundary=${boundary}` }, body: multipart(batch, boundary) });
        if (r.status !== 200) throw new Error(`STOW-RS ${r.status}: ${r.body.toString().slice(0, 400)}`);
      }
    }));
  };
  // The first requests pay for compiling the hot code (V8's optimising compiler runs on the server's
  // CPU): measured apart, so the figures below are the steady state a long ingest sees.
  const warmBatches = Math.min(batches.length - 1, Math.ceil(Number(process.env.CORELAB_PROFILE_WARMUP ?? 400) / 20));
  const warmInstances = batches.slice(0, warmBatches).reduce((n, b) => n + b.length, 0);
  let cpu = cpuMeter(server.pid);
  let started = performance.now();
  await send(0, warmBatches);
  if (warmBatches > 0) console.log(`STOW-RS warm-up: ${warmInstances} instances in ${((performance.now() - started) / 1000).toFixed(2)} s; ${cpu(warmInstances)}`);
  const measured = files.length - warmInstances;
  cpu = cpuMeter(server.pid);
  const monotonicStart = process.hrtime.bigint();
  started = performance.now();
  await send(warmBatches, batches.length);
  const seconds = (performance.now() - started) / 1000;
  // For `perf record -k CLOCK_MONOTONIC` then `perf report --time START,END`: the STOW-RS window.
  if (process.env.CORELAB_PROFILE_WINDOW === '1') console.log(`STOW-RS window (CLOCK_MONOTONIC, s): ${Number(monotonicStart) / 1e9},${Number(process.hrtime.bigint()) / 1e9} server pid ${server.pid} postgres pids ${postmaster === undefined ? '-' : [postmaster, ...childrenOf(postmaster)].join(',')}`);
  console.log(`STOW-RS (pre-de-identified, 4 × 20, after warm-up): ${measured} instances in ${seconds.toFixed(2)} s = ${(measured / seconds).toFixed(0)}/s; ${cpu(measured)}`);

  const base = `${server.url}/dicomweb/projects/${server.projectId}`;
  const auth = { authorization: `Bearer ${server.token}` };
  const one = keepAlive(1);
  const series = JSON.parse((await request(one, `${base}/series?limit=1000&includefield=00201209&includefield=0020000D`, { headers: { ...auth, accept: 'application/dicom+json' } })).body.toString()) as Array<Record<string, { Value?: unknown[] }>>;
  const chosen = series.filter((s) => Number(s['00201209']?.Value?.[0]) >= 20).slice(0, 20);
  const fetchSeries = async (s: Record<string, { Value?: unknown[] }>) => {
    const r = await request(one, `${base}/studies/${s['0020000D']!.Value![0]}/series/${s['0020000E']!.Value![0]}`, { headers: { ...auth, accept: 'multipart/related; type="application/dicom"; transfer-syntax=*' } });
    if (r.status !== 200) throw new Error(`WADO-RS ${r.status}`);
    return countParts(r.body, r.contentType);
  };
  await fetchSeries(chosen[0]!);
  for (let run = 0; run < 3; run++) {
    let n = 0;
    cpu = cpuMeter(server.pid);
    const t = performance.now();
    for (const s of chosen) n += await fetchSeries(s);
    const sec = (performance.now() - t) / 1000;
    console.log(`WADO-RS whole series: ${chosen.length} series, ${n} instances, ${(n / sec).toFixed(0)}/s; ${cpu(n)}`);
  }
  // The fixed cost of one retrieval (scope check, index read, audit event, commit): single instances.
  const instances = JSON.parse((await request(one, `${base}/studies/${chosen[0]!['0020000D']!.Value![0]}/series/${chosen[0]!['0020000E']!.Value![0]}/instances?limit=50`, { headers: { ...auth, accept: 'application/dicom+json' } })).body.toString()) as Array<Record<string, { Value?: unknown[] }>>;
  const times: number[] = [];
  for (const i of instances) {
    const t = performance.now();
    const r = await request(one, `${base}/studies/${i['0020000D']!.Value![0]}/series/${i['0020000E']!.Value![0]}/instances/${i['00080018']!.Value![0]}`, { headers: { ...auth, accept: 'multipart/related; type="application/dicom"; transfer-syntax=*' } });
    if (r.status !== 200) throw new Error(`WADO-RS instance ${r.status}`);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`WADO-RS single instance: median ${times[times.length >> 1]!.toFixed(2)} ms per request (${times.length} requests)`);
  one.destroy();
} finally {
  agent.destroy();
  await server.stop();
  fs.rmSync(work, { recursive: true, force: true });
}
