// A real audit export to verify: a test platform (server/test/support) with the demo, a second
// project the demo auditor does not audit, awkward characters on the trail, two signed checkpoints,
// then the platform admin's and the auditor's exports written to a temporary folder.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ActionContext } from '../../../server/src/access/actor.ts';
import { createTestPlatform, signIn, type TestPlatform } from '../../../server/test/support/test-platform.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CLI = path.join(REPO_ROOT, 'verify/dist/cli.js');

/** Text that exercises every escaping rule of the canonical form (PostgreSQL text holds no NUL). */
export const AWKWARD_TEXT = 'é "quoted" \\ back\tslash\n\r\u0001\u001f\u007f \u2028\u2029 😀 ﬁ';

export interface AuditExportFixture {
  platform: TestPlatform;
  dir: string;
  adminExport: string;
  auditorExport: string;
  publicKeyFile: string;
  otherKeyFile: string;
  demoProjectId: string;
  otherProjectId: string;
  close(): Promise<void>;
}

async function exportAs(platform: TestPlatform, username: string, file: string): Promise<void> {
  const session = await signIn(platform.app, username);
  const response = await platform.app.inject({ url: '/api/audit/export.jsonl', headers: session.headers });
  if (response.statusCode !== 200) throw new Error(`export as ${username}: ${response.statusCode} ${response.body}`);
  fs.writeFileSync(file, response.rawPayload);
}

export async function createAuditExportFixture(): Promise<AuditExportFixture> {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build -w verify" first`);
  const platform = await createTestPlatform();
  const ctx: ActionContext = { actor: null, requestId: 'verify-fixture', actingRole: 'system' };
  const demoProjectId = platform.demo!.projectId;
  const other = await platform.services.projects.create(ctx, { code: 'OTHER-CT', title: 'Another project', description: 'Not audited by the demo auditor.' });
  await platform.services.audit.signCheckpoint(ctx, 'fixture: first checkpoint');
  await platform.services.db.transaction().execute((trx) =>
    platform.services.audit.record(trx, ctx, {
      action: 'fixture.awkward-text',
      targetType: 'project',
      targetId: demoProjectId,
      projectId: demoProjectId,
      reason: AWKWARD_TEXT,
      before: { text: AWKWARD_TEXT },
      after: { text: AWKWARD_TEXT.toUpperCase() },
      details: { note: AWKWARD_TEXT, nested: { list: [1, 2.5, -3, true, null, AWKWARD_TEXT] } },
    }),
  );
  await platform.services.audit.signCheckpoint(ctx, 'fixture: second checkpoint');

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-verify-'));
  const publicKeyFile = path.join(dir, 'platform-key.pem');
  fs.writeFileSync(publicKeyFile, platform.services.audit.publicKey.publicKeyPem);
  const otherKeyFile = path.join(dir, 'other-key.pem');
  const { generateKeyPairSync } = await import('node:crypto');
  fs.writeFileSync(otherKeyFile, generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }));

  const adminExport = path.join(dir, 'admin.jsonl');
  const auditorExport = path.join(dir, 'auditor.jsonl');
  await exportAs(platform, 'admin', adminExport);
  await exportAs(platform, 'auditor', auditorExport);
  return {
    platform,
    dir,
    adminExport,
    auditorExport,
    publicKeyFile,
    otherKeyFile,
    demoProjectId,
    otherProjectId: other.id,
    async close() {
      await platform.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built verifier as a separate process, as a statistician would. */
export function runCli(args: string[]): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
