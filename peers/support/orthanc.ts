// Orthanc (Debian's `orthanc` with `orthanc-dicomweb`) started as our own process: a temporary
// configuration, storage and SQLite index in a temporary folder, HTTP only, no authentication,
// remote access refused (Orthanc 1.10 has no bind-address option), the DICOMweb plugin enabled.
// Settings are those of BENCHMARKS.md (the peer at its best): StorageCompression false.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const ORTHANC_BINARY = '/usr/sbin/Orthanc';
export const DICOMWEB_PLUGIN = '/usr/share/orthanc/plugins/libOrthancDicomWeb.so';

export interface DicomWebServer {
  Url: string;
  HttpHeaders?: Record<string, string>;
}

export interface RunningOrthanc {
  url: string;
  pid: number;
  child: ChildProcess;
  /** Orthanc's own answer to /system (Version, DatabaseBackendPlugin...) and its plug-ins. */
  system: Record<string, unknown>;
  plugins: Record<string, string>;
  /** The end of Orthanc's log, for an assertion message. */
  logTail(): string;
  stop(): Promise<void>;
}

export const orthancInstalled = (): boolean => fs.existsSync(ORTHANC_BINARY) && fs.existsSync(DICOMWEB_PLUGIN);

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

export async function startOrthanc(dir: string, servers: Record<string, DicomWebServer> = {}): Promise<RunningOrthanc> {
  fs.mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const config = {
    Name: 'orthanc-peer',
    StorageDirectory: path.join(dir, 'storage'),
    IndexDirectory: path.join(dir, 'index'),
    StorageCompression: false,
    HttpServerEnabled: true,
    HttpPort: port,
    RemoteAccessAllowed: false,
    AuthenticationEnabled: false,
    SslEnabled: false,
    KeepAlive: true,
    DicomServerEnabled: false,
    HttpCompressionEnabled: false,
    Plugins: [DICOMWEB_PLUGIN],
    DicomWeb: { Enable: true, Root: '/dicom-web/', EnableWado: true, Servers: servers },
  };
  const configFile = path.join(dir, 'orthanc.json');
  fs.writeFileSync(configFile, JSON.stringify(config, null, 2));
  const log = fs.openSync(path.join(dir, 'orthanc.log'), 'w');
  const child = spawn(ORTHANC_BINARY, [...(process.env.CORELAB_ORTHANC_VERBOSE ? ['--verbose'] : []), configFile], { stdio: ['ignore', log, log] });
  fs.closeSync(log);
  const url = `http://127.0.0.1:${port}`;
  // If the test or benchmark process dies first, Orthanc must not outlive it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  exited.then(() => process.off('exit', killOnExit), () => undefined);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Orthanc exited with ${child.exitCode}: ${fs.readFileSync(path.join(dir, 'orthanc.log'), 'utf8').slice(-2000)}`);
    try {
      const r = await fetch(`${url}/system`);
      if (r.ok) {
        const system = (await r.json()) as Record<string, unknown>;
        const plugins: Record<string, string> = {};
        const names = ((await (await fetch(`${url}/plugins`)).json()) as string[]).filter((n) => !n.endsWith('.js'));
        for (const name of names) {
          plugins[name] = String(((await (await fetch(`${url}/plugins/${name}`)).json()) as { Version?: string }).Version);
        }
        const logTail = () => fs.readFileSync(path.join(dir, 'orthanc.log'), 'utf8').split('\n').slice(-15).join('\n');
        return { url, pid: child.pid!, child, system, plugins, logTail, stop };
      }
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error('Orthanc did not answer within 30 s');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
