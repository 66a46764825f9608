// The WADO-RS client both benchmarks use on Corelab and Orthanc alike: whole-series retrievals on
// one keep-alive connection, `accept: multipart/related; type="application/dicom"; transfer-syntax=*`,
// the answer received whole and its parts counted; and single-instance retrievals (the fixed cost of
// one request). The server's CPU time comes from /proc, robust to a loaded machine.
import fs from 'node:fs';
import { countParts, keepAlive, request } from '../ingest/http.ts';
import { postgresCpu, processCpu } from '../ingest/process-cpu.ts';

type Ds = Record<string, { Value?: unknown[] }>;
const first = (d: Ds, tag: string) => d[tag]?.Value?.[0];
const ACCEPT = 'multipart/related; type="application/dicom"; transfer-syntax=*';

/** CPU seconds (user + system) a process has used so far. */
export function cpuSeconds(pid: number): number {
  const t = processCpu(pid);
  return t.user + t.system;
}

/** CPU seconds a PostgreSQL server has used so far: postmaster, live backends and workers, and the ones already reaped. */
export function treeCpuSeconds(pid: number): number {
  const t = postgresCpu(pid);
  return t.user + t.system;
}

/** A process's CPU seconds (user, system) and page faults (minor, major) so far: a fault that the host must serve (a VM's memory handed back) shows as system time. */
function usage(pid: number): { user: number; system: number; minor: number; major: number } {
  const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = text.slice(text.lastIndexOf(') ') + 2).split(' ');
  return { user: Number(f[11]) / 100, system: Number(f[12]) / 100, minor: Number(f[7]), major: Number(f[9]) };
}

export interface WadoFigure {
  series: number;
  requests: number;
  instances: number;
  instancesPerSecond: number;
  /** Server CPU per instance retrieved, when its pid was given. */
  serverCpuMicrosPerInstance?: number;
  /** The database server's CPU per instance, when its postmaster's pid was given. */
  databaseCpuMicrosPerInstance?: number;
  /** The server's user and system CPU and page faults per instance, when its pid was given. */
  serverDetail?: { userMicros: number; systemMicros: number; minorFaults: number; majorFaults: number };
}

export interface WadoOptions {
  /** Only series with exactly this many instances. */
  seriesSize: number;
  /** At most this many series. */
  maxSeries: number;
  /** Each chosen series is retrieved this many times per measurement (a small data set still gives a long enough run). */
  passes?: number;
  /** The server's pid, to report its CPU per instance. */
  pid?: number;
  /** The database server's postmaster pid, to report its CPU (and its backends') per instance. */
  databasePid?: number;
}

async function seriesOf(agent: ReturnType<typeof keepAlive>, base: string, headers: Record<string, string>, options: WadoOptions): Promise<Ds[]> {
  const r = await request(agent, `${base}/series?limit=1000&includefield=00201209&includefield=0020000D`, { headers: { ...headers, accept: 'application/dicom+json' } });
  if (r.status !== 200) throw new Error(`QIDO-RS series: ${r.status} ${r.body.toString().slice(0, 300)}`);
  const chosen = (JSON.parse(r.body.toString()) as Ds[]).filter((s) => Number(first(s, '00201209')) === options.seriesSize).slice(0, options.maxSeries);
  if (chosen.length === 0) throw new Error(`no series of ${options.seriesSize} instances at ${base}`);
  return chosen;
}

/** Whole-series retrievals, one keep-alive connection, after one warm-up request. */
export async function measureWado(base: string, headers: Record<string, string>, options: WadoOptions): Promise<WadoFigure> {
  const agent = keepAlive(1);
  try {
    const chosen = await seriesOf(agent, base, headers, options);
    const fetchSeries = async (s: Ds) => {
      const r = await request(agent, `${base}/studies/${first(s, '0020000D')}/series/${first(s, '0020000E')}`, { headers: { ...headers, accept: ACCEPT } });
      if (r.status !== 200) throw new Error(`WADO-RS: ${r.status} ${r.body.toString().slice(0, 300)}`);
      const parts = countParts(r.body, r.contentType);
      if (parts !== options.seriesSize) throw new Error(`WADO-RS: ${parts} parts for a series of ${options.seriesSize}`);
      return parts;
    };
    await fetchSeries(chosen[0]!);
    let instances = 0;
    let requests = 0;
    const cpu = options.pid === undefined ? 0 : cpuSeconds(options.pid);
    const detail = options.pid === undefined ? undefined : usage(options.pid);
    const dbCpu = options.databasePid === undefined ? 0 : treeCpuSeconds(options.databasePid);
    const started = performance.now();
    for (let pass = 0; pass < (options.passes ?? 1); pass++) {
      for (const s of chosen) {
        instances += await fetchSeries(s);
        requests++;
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const figure: WadoFigure = { series: chosen.length, requests, instances, instancesPerSecond: Math.round((10 * instances) / seconds) / 10 };
    if (options.pid !== undefined) figure.serverCpuMicrosPerInstance = Math.round((1e6 * (cpuSeconds(options.pid) - cpu)) / instances);
    if (options.pid !== undefined && detail) {
      const now = usage(options.pid);
      const per = (n: number) => Math.round((10 * n) / instances) / 10;
      figure.serverDetail = { userMicros: per(1e6 * (now.user - detail.user)), systemMicros: per(1e6 * (now.system - detail.system)), minorFaults: per(now.minor - detail.minor), majorFaults: per(now.major - detail.major) };
    }
    if (options.databasePid !== undefined) figure.databaseCpuMicrosPerInstance = Math.round((1e6 * (treeCpuSeconds(options.databasePid) - dbCpu)) / instances);
    return figure;
  } finally {
    agent.destroy();
  }
}

/** Single-instance retrievals of the first chosen series' instances: median wall time and server CPU per request. */
export async function measureSingleInstances(base: string, headers: Record<string, string>, options: WadoOptions): Promise<{ requests: number; medianMs: number; serverCpuMicrosPerRequest?: number; databaseCpuMicrosPerRequest?: number }> {
  const agent = keepAlive(1);
  try {
    const s = (await seriesOf(agent, base, headers, options))[0]!;
    const seriesUrl = `${base}/studies/${first(s, '0020000D')}/series/${first(s, '0020000E')}`;
    const listed = await request(agent, `${seriesUrl}/instances`, { headers: { ...headers, accept: 'application/dicom+json' } });
    const uids = (JSON.parse(listed.body.toString()) as Ds[]).map((i) => String(first(i, '00080018')));
    const times: number[] = [];
    const cpu = options.pid === undefined ? 0 : cpuSeconds(options.pid);
    const dbCpu = options.databasePid === undefined ? 0 : treeCpuSeconds(options.databasePid);
    for (let pass = 0; pass < (options.passes ?? 1); pass++) {
      for (const uid of uids) {
        const t = performance.now();
        const r = await request(agent, `${seriesUrl}/instances/${uid}`, { headers: { ...headers, accept: ACCEPT } });
        if (r.status !== 200 || countParts(r.body, r.contentType) !== 1) throw new Error(`WADO-RS instance: ${r.status}`);
        times.push(performance.now() - t);
      }
    }
    times.sort((a, b) => a - b);
    const out: { requests: number; medianMs: number; serverCpuMicrosPerRequest?: number; databaseCpuMicrosPerRequest?: number } = { requests: times.length, medianMs: Math.round(100 * times[times.length >> 1]!) / 100 };
    if (options.pid !== undefined) out.serverCpuMicrosPerRequest = Math.round((1e6 * (cpuSeconds(options.pid) - cpu)) / times.length);
    if (options.databasePid !== undefined) out.databaseCpuMicrosPerRequest = Math.round((1e6 * (treeCpuSeconds(options.databasePid) - dbCpu)) / times.length);
    return out;
  } finally {
    agent.destroy();
  }
}
