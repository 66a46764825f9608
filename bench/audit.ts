// The audit trail's costs, on the embedded database and on PostgreSQL: events appended per second,
// what auditing adds to a state-changing request, and verification speed over a long trail.
// Prints one line per measurement and writes every run to bench-results/audit.json.
//
//   npm run bench:audit                       (starts a throw-away PostgreSQL with fsync on)
//   node --import tsx bench/audit.ts [--only append,overhead,verify] [--backends embedded,postgres]
//        [--verify-events N] [--runs N]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { DatabaseKind } from '../server/src/db/database.ts';
import { measureAppend, type AppendRun } from './audit/append.ts';
import { openBenchPlatform, type BenchPlatform } from './audit/platform.ts';
import { prepareOverheadBench, type OverheadRun } from './audit/request-overhead.ts';
import { prepareVerifyBench, type VerifyRun } from './audit/verify.ts';
import { postgresServerInfo, postgresUrl } from './support/bench-database.ts';
import { describeEnvironment } from './support/environment.ts';
import { formatSpread, spread, type Spread } from './support/stats.ts';

const { values: args } = parseArgs({
  options: {
    only: { type: 'string', default: 'append,overhead,verify' },
    backends: { type: 'string', default: 'embedded,postgres' },
    'verify-events': { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '3' },
  },
});
const only = new Set(args.only.split(','));
const runs = Math.max(3, Number(args.runs));
const verifyEvents = Number(args['verify-events']);

const APPEND_SECONDS = 3;
const OVERHEAD_WARM_UP = 200;
const OVERHEAD_REQUESTS = 600;
const OVERHEAD_TARGET_MS = 1;
const VERIFY_TARGET = 300_000;

interface Measurement {
  benchmark: 'append' | 'request-overhead' | 'verify';
  backend: DatabaseKind;
  workload: Record<string, unknown>;
  unit: string;
  figure: Spread;
  target: { text: string; met: boolean } | null;
  runs: Array<AppendRun | OverheadRun | VerifyRun>;
  line: string;
}

const measurements: Measurement[] = [];
const notes: string[] = [];

function report(m: Omit<Measurement, 'line'>, text: string): void {
  const target = m.target ? `target ${m.target.text}: ${m.target.met ? 'met' : 'MISSED'}` : 'no target';
  const line = `${m.benchmark.padEnd(16)} ${m.backend.padEnd(8)}  ${text}  [${target}]`;
  console.log(line);
  measurements.push({ ...m, line });
}

const progress = (text: string) => process.stderr.write(`  … ${text}\n`);

async function withPlatform<T>(kind: DatabaseKind, work: (platform: BenchPlatform) => Promise<T>): Promise<T> {
  const platform = await openBenchPlatform(kind);
  try {
    return await work(platform);
  } finally {
    await platform.close();
  }
}

async function benchAppend(kind: DatabaseKind): Promise<void> {
  const writerCounts = kind === 'postgres' ? [1, 4] : [1];
  await withPlatform(kind, async (platform) => {
    await measureAppend(platform, 1, 1);
    for (const writers of writerCounts) {
      const results: AppendRun[] = [];
      for (let i = 0; i < runs; i++) results.push(await measureAppend(platform, writers, APPEND_SECONDS));
      const figure = spread(results.map((r) => r.eventsPerSecond));
      report(
        {
          benchmark: 'append', backend: kind, unit: 'events/s', figure, target: null, runs: results,
          workload: { writers, secondsPerRun: APPEND_SECONDS, path: 'services.audit.record, one transaction per event', event: 'organisation.updated with before/after digests' },
        },
        `${writers} writer${writers > 1 ? 's' : ' '}  ${formatSpread(figure)} events/s  (${runs} runs × ${APPEND_SECONDS} s, each event its own transaction)`,
      );
    }
  });
}

async function benchOverhead(kind: DatabaseKind): Promise<void> {
  await withPlatform(kind, async (platform) => {
    const bench = await prepareOverheadBench(platform);
    try {
      await bench.warmUp(OVERHEAD_WARM_UP);
      const results: OverheadRun[] = [];
      for (let i = 0; i < runs; i++) results.push(await bench.run(OVERHEAD_REQUESTS));
      const figure = spread(results.map((r) => r.p95Difference));
      const med = (pick: (r: OverheadRun) => number) => spread(results.map(pick)).median.toFixed(2);
      report(
        {
          benchmark: 'request-overhead', backend: kind, unit: 'ms (p95 with audit − p95 without)', figure, runs: results,
          target: { text: `< ${OVERHEAD_TARGET_MS} ms p95`, met: figure.median < OVERHEAD_TARGET_MS },
          workload: {
            request: 'PATCH /api/organisations/:id (rename) by a signed-in platform admin, loopback HTTP, keep-alive',
            requestsPerVariantPerRun: OVERHEAD_REQUESTS, warmUpPerVariant: OVERHEAD_WARM_UP, order: 'alternating, first variant swapped every pair',
            without: 'same app and database; AuditService.record replaced by a no-op (benchmark-only subclass)',
          },
        },
        `PATCH /api/organisations/:id ×${OVERHEAD_REQUESTS} each: audited p50 ${med((r) => r.audited.p50)} p95 ${med((r) => r.audited.p95)} ms, ` +
          `without audit p50 ${med((r) => r.unaudited.p50)} p95 ${med((r) => r.unaudited.p95)} ms; audit adds p95 ${formatSpread(figure, 2)} ms`,
      );
    } finally {
      await bench.close();
    }
  });
}

async function benchVerify(kind: DatabaseKind): Promise<void> {
  await withPlatform(kind, async (platform) => {
    progress(`${kind}: filling ${verifyEvents.toLocaleString('en-GB')} chained events`);
    let shown = 0;
    const bench = await prepareVerifyBench(platform, verifyEvents, (done) => {
      if (done - shown >= 250_000) progress(`${kind}: ${(shown = done).toLocaleString('en-GB')} events inserted`);
    });
    progress(`${kind}: filled in ${bench.fill.seconds.toFixed(1)} s (${Math.round(bench.fill.events / bench.fill.seconds).toLocaleString('en-GB')} events/s)`);
    const results: VerifyRun[] = [];
    for (let i = 0; i < runs; i++) results.push(await bench.run());
    const figure = spread(results.map((r) => r.eventsPerSecond));
    const seconds = spread(results.map((r) => r.seconds));
    report(
      {
        benchmark: 'verify', backend: kind, unit: 'events/s', figure, runs: results,
        target: { text: `≥ ${VERIFY_TARGET.toLocaleString('en-GB')} events/s`, met: figure.median >= VERIFY_TARGET },
        workload: { events: verifyEvents, call: 'services.audit.verify() (repeatable-read snapshot, default batch size)', fillSeconds: bench.fill.seconds },
      },
      `${verifyEvents.toLocaleString('en-GB')} events: ${formatSpread(figure)} events/s  (${formatSpread(seconds, 2)} s per walk)`,
    );
  });
}

const backends = args.backends.split(',').filter((b): b is DatabaseKind => b === 'embedded' || b === 'postgres');
if (backends.includes('postgres') && !postgresUrl) {
  backends.splice(backends.indexOf('postgres'), 1);
  notes.push('PostgreSQL not measured: CORELAB_TEST_DATABASE_URL is not set (npm run bench:audit starts a throw-away server)');
}
const pgInfo = backends.includes('postgres') ? await postgresServerInfo() : null;
const environment = describeEnvironment(pgInfo ? `${pgInfo.version} (fsync ${pgInfo.fsync}, synchronous_commit ${pgInfo.synchronousCommit})` : null);
if (pgInfo && pgInfo.fsync !== 'on') notes.push('PostgreSQL runs with fsync off: append and request figures are optimistic (set CORELAB_PG_DURABLE=1)');

console.log(`Audit-trail benchmark — node ${environment.node}, PGlite ${environment.pglite} (embedded, on disk in ${os.tmpdir()}), PostgreSQL ${environment.postgres ?? 'not measured'}`);
console.log(`machine: ${environment.cores} cores, ${environment.cpuModel}, ${environment.memoryGiB} GiB; load average at start ${environment.loadAverageAtStart.join(' ')}; ${runs} runs per measurement, figures are median (min–max)`);
if (environment.loadAverageAtStart[0]! > environment.cores) {
  notes.push(`the machine is busy (load average ${environment.loadAverageAtStart[0]} on ${environment.cores} cores): latencies and rates are pessimistic`);
}
for (const note of notes) console.log(`note: ${note}`);

const started = performance.now();
for (const kind of backends) {
  if (only.has('append')) await benchAppend(kind);
  if (only.has('overhead')) await benchOverhead(kind);
  if (only.has('verify')) await benchVerify(kind);
}
const totalSeconds = (performance.now() - started) / 1000;

const missed = measurements.filter((m) => m.target && !m.target.met);
console.log(`${measurements.length} measurements in ${totalSeconds.toFixed(0)} s; load average at end ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; ` +
  (missed.length ? `targets missed: ${missed.map((m) => `${m.benchmark}/${m.backend}`).join(', ')}` : 'every target met'));

const out = path.resolve('bench-results', 'audit.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${JSON.stringify({
  benchmark: 'audit',
  finishedAt: new Date().toISOString(),
  environment: { ...environment, loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100) },
  notes,
  totalSeconds,
  measurements,
}, null, 2)}\n`);
console.log(`results: ${path.relative(process.cwd(), out)}`);
