// What auditing adds to one state-changing request. Two copies of the application share one
// database and one session store; they differ only in the audit step: the second one's services
// are given an AuditService whose record() does nothing. Requests go over real loopback sockets
// (one keep-alive connection per copy), alternating between the copies so that noise falls on both.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildApp, type App, type AppConfig } from '../../server/src/app.ts';
import { AuditService } from '../../server/src/audit/audit-service.ts';
import type { ChainedRecord } from '../../server/src/audit/chain.ts';
import { seedDemo } from '../../server/src/demo/demo-seed.ts';
import { OrganisationService } from '../../server/src/organisations/organisation-service.ts';
import type { Services } from '../../server/src/platform/services.ts';
import { percentile } from '../support/stats.ts';
import { discardingLogStream, type BenchPlatform } from './platform.ts';

const PASSWORD = 'bench-password-not-secret';

/** Benchmark only: the audit step removed, everything else untouched. */
class UnrecordedAuditService extends AuditService {
  override async record(): Promise<ChainedRecord> {
    return UNRECORDED;
  }
}
const UNRECORDED: ChainedRecord = {
  seq: '0', occurredAtMs: 0, actorUserId: null, actorRole: null, organisationId: null, projectId: null, action: 'none', targetType: 'none',
  targetId: null, reason: null, beforeDigest: null, afterDigest: null, details: '{}', requestId: null, prevHash: '', hash: '',
};

export interface OverheadRun {
  requests: number;
  audited: { p50: number; p95: number };
  unaudited: { p50: number; p95: number };
  /** audited p95 minus unaudited p95, in ms. */
  p95Difference: number;
}

interface Target {
  app: App;
  port: number;
  agent: http.Agent;
  organisationId: string;
}

export interface OverheadBench {
  run(requests: number): Promise<OverheadRun>;
  warmUp(requests: number): Promise<void>;
  close(): Promise<void>;
}

export async function prepareOverheadBench(platform: BenchPlatform): Promise<OverheadBench> {
  const { services, config, database } = platform;
  await seedDemo(services, PASSWORD);
  const unrecorded = new UnrecordedAuditService(database.db, { keyId: 'unused', publicKeyPem: '', sign: () => '' });
  const unaudited: Services = { ...services, audit: unrecorded, organisations: new OrganisationService(database.db, unrecorded) };
  const [first, second] = (await services.organisations.list()).filter((o) => o.kind === 'centre');
  if (!first || !second) throw new Error('the demo has fewer than two centres');
  const audited = await listen(services, first.id);
  const plain = await listen(unaudited, second.id);
  const session = await signIn(audited);
  let counter = 0;

  const patch = (target: Target): Promise<number> => {
    const body = JSON.stringify({ name: `Centre de banc d'essai ${counter++}` });
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1', port: target.port, method: 'PATCH', path: `/api/organisations/${target.organisationId}`, agent: target.agent,
          headers: { ...session, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (response) => {
          response.resume();
          response.on('end', () => {
            if (response.statusCode !== 200) reject(new Error(`PATCH answered ${response.statusCode}`));
            else resolve(performance.now() - started);
          });
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  };

  // Alternate which copy goes first, so neither always follows the other.
  const pairs = async (n: number, into?: { audited: number[]; unaudited: number[] }) => {
    for (let i = 0; i < n; i++) {
      if (i % 2 === 0) {
        const a = await patch(audited);
        const b = await patch(plain);
        into?.audited.push(a);
        into?.unaudited.push(b);
      } else {
        const b = await patch(plain);
        const a = await patch(audited);
        into?.audited.push(a);
        into?.unaudited.push(b);
      }
    }
  };

  return {
    warmUp: (n) => pairs(n),
    async run(n) {
      const samples = { audited: [] as number[], unaudited: [] as number[] };
      await pairs(n, samples);
      const summary = (s: number[]) => ({ p50: percentile(s, 50), p95: percentile(s, 95) });
      const a = summary(samples.audited);
      const u = summary(samples.unaudited);
      return { requests: n, audited: a, unaudited: u, p95Difference: a.p95 - u.p95 };
    },
    async close() {
      for (const t of [audited, plain]) {
        t.agent.destroy();
        await t.app.close();
      }
    },
  };

  async function listen(withServices: Services, organisationId: string): Promise<Target> {
    const app = await buildApp({ config: config as AppConfig, services: withServices, logStream: discardingLogStream() });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const port = (app.server.address() as AddressInfo).port;
    return { app, port, agent: new http.Agent({ keepAlive: true, maxSockets: 1 }), organisationId };
  }
}

async function signIn(target: Target): Promise<Record<string, string>> {
  const response = await target.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: PASSWORD } });
  if (response.statusCode !== 200) throw new Error(`sign-in of admin failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'corelab_session');
  if (!cookie) throw new Error('no session cookie');
  return { cookie: `corelab_session=${cookie.value}`, 'x-csrf-token': (response.json() as { csrfToken: string }).csrfToken };
}
