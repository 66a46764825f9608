// Verification speed over a long trail: the database is filled once with a valid chain, then the
// platform's own `services.audit.verify()` walks it end to end, as `corelab audit verify` does.
import { sql } from 'kysely';
import type { BenchPlatform } from './platform.ts';
import { fillChain, type FillResult } from './fill-chain.ts';

export interface VerifyRun {
  events: number;
  seconds: number;
  eventsPerSecond: number;
}

export interface VerifyBench {
  fill: FillResult;
  run(): Promise<VerifyRun>;
}

export async function prepareVerifyBench(platform: BenchPlatform, events: number, onProgress?: (done: number) => void): Promise<VerifyBench> {
  const { db } = platform.database;
  const fill = await fillChain(db, events, 20_000, onProgress);
  // A trail this size would long have been vacuumed and analysed by autovacuum; do it now so that
  // the first run neither sets hint bits nor plans without statistics.
  await sql`vacuum analyze audit_event`.execute(db);
  return {
    fill,
    async run() {
      const started = performance.now();
      const report = await platform.services.audit.verify();
      const seconds = (performance.now() - started) / 1000;
      if (!report.ok || report.checkedEvents !== events) {
        throw new Error(`verification of the synthetic trail failed: ${JSON.stringify(report.firstBreak)} after ${report.checkedEvents} events`);
      }
      return { events, seconds, eventsPerSecond: events / seconds };
    },
  };
}
