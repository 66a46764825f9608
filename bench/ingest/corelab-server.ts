// The real Corelab server as a child process (`corelab demo`), so that its RSS can be sampled and
// its CPU is its own: signed in as CHU Nord's data manager, with an API token for DICOMweb.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export interface CorelabServer {
  url: string;
  pid: number;
  projectId: string;
  token: string;
  registerSubjects(codes: string[]): Promise<void>;
  stop(): Promise<void>;
}

export async function startCorelabServer(dataDir: string, databaseUrl: string | undefined): Promise<CorelabServer> {
  fs.mkdirSync(dataDir, { recursive: true });
  const child: ChildProcess = spawn(process.execPath, [...(process.env.CORELAB_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []), path.join(root, 'bin/corelab.js'), 'demo'], {
    env: { PATH: process.env.PATH, CORELAB_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', ...(databaseUrl && { DATABASE_URL: databaseUrl }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Corelab did not start: ${out}`)), 120_000);
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /running at (http:\/\/[^\s]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!.replace(/\/$/, '').replace('localhost', '127.0.0.1'));
      }
    });
    child.stderr!.on('data', (d) => (out += d));
    child.once('exit', (code) => reject(new Error(`Corelab exited with ${code}: ${out}`)));
  });
  child.stdout!.resume();
  child.stderr!.resume();
  const { password } = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-credentials.json'), 'utf8')) as { password: string };
  const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'datamanager', password }) });
  if (login.status !== 200) throw new Error(`sign-in failed: ${login.status}`);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const session = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
  const projectId = ((await (await fetch(`${url}/api/projects`, { headers: session })).json()) as Array<{ id: string }>)[0]!.id;
  const project = (await (await fetch(`${url}/api/projects/${projectId}`, { headers: session })).json()) as { parties: Array<{ organisationId: string; organisationName: string }> };
  const centreId = project.parties.find((p) => p.organisationName.startsWith('CHU Nord'))!.organisationId;
  const issued = await fetch(`${url}/api/auth/tokens`, { method: 'POST', headers: session, body: JSON.stringify({ name: 'bench', scopes: ['imaging:read', 'imaging:write'], projectId, expiresInDays: 1 }) });
  const { token } = (await issued.json()) as { token: string };
  return {
    url,
    pid: child.pid!,
    projectId,
    token,
    async registerSubjects(codes) {
      for (const code of codes) {
        const r = await fetch(`${url}/api/projects/${projectId}/subjects`, { method: 'POST', headers: session, body: JSON.stringify({ code, centreId, consentStatus: 'consented' }) });
        if (r.status !== 201) throw new Error(`subject ${code}: ${r.status} ${await r.text()}`);
      }
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
      process.off('exit', killOnExit);
    },
  };
}
