// `corelab upload` as a centre runs it: a real process against a real server on loopback with the
// demo seeded, with an API token of the demo data manager. The phantom's fake identities must never
// reach the server; an interrupted upload resumes without duplicates.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadConfig } from '../../server/src/config.ts';
import { seedDemo } from '../../server/src/demo/demo-seed.ts';
import { startServer, type RunningServer } from '../../server/src/server.ts';
import { dcmjs } from '../src/phantom/dcmjs.ts';

const CLI = fileURLToPath(new URL('../../bin/corelab.js', import.meta.url));
const PASSPHRASE = 'centre passphrase for the test';
const run = promisify(execFile);

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

describe('corelab upload', { timeout: 600_000 }, () => {
  let work: string;
  let dataDir: string;
  let source: string;
  let keyStore: string;
  let tokenFile: string;
  let server: RunningServer;
  let projectId: string;
  let token: string;
  const identities = new Set<string>();
  let dicomFiles = 0;
  let burnedIn = 0;

  const upload = (args: string[], env: Record<string, string> = {}, onSpawn?: (child: ReturnType<typeof spawn>) => void) =>
    new Promise<Result>((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, 'upload', source, '--project', 'DEMO-CMR', '--centre', 'CHU Nord (démo)', '--server', server.url, '--token-file', tokenFile, '--key-store', keyStore, ...args], {
        env: { PATH: process.env.PATH, CORELAB_KEYSTORE_PASSPHRASE: PASSPHRASE, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout!.on('data', (d) => (stdout += d));
      child.stderr!.on('data', (d) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code, signal) => resolve({ code: code ?? (signal ? -1 : 0), stdout, stderr }));
      onSpawn?.(child);
    });

  const qidoInstances = async () => {
    const response = await fetch(`${server.url}/dicomweb/projects/${projectId}/instances?includefield=00100020`, { headers: { authorization: `Bearer ${token}`, accept: 'application/dicom+json' } });
    assert.equal(response.status, 200);
    return (await response.json()) as Array<Record<string, { Value?: unknown[] }>>;
  };

  before(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-upload-'));
    dataDir = path.join(work, 'server');
    keyStore = path.join(work, 'keys');
    tokenFile = path.join(work, 'token');
    const phantom = path.join(work, 'phantom');
    source = path.join(work, 'hospital-export');
    await run(process.execPath, [CLI, 'phantom', '--subjects', '2', '--seed', 'upload-test', '--out', phantom], { maxBuffer: 1 << 24 });
    // A small export: the first six images of every series of each subject's first exam.
    for (const subject of fs.readdirSync(phantom).filter((d) => d.startsWith('subject-'))) {
      const exam = path.join(phantom, subject, fs.readdirSync(path.join(phantom, subject)).sort()[0]!);
      for (const series of fs.readdirSync(exam)) {
        fs.mkdirSync(path.join(source, subject, series), { recursive: true });
        for (const file of fs.readdirSync(path.join(exam, series)).sort().slice(0, 6)) {
          const bytes = fs.readFileSync(path.join(exam, series, file));
          fs.writeFileSync(path.join(source, subject, series, file), bytes);
          const dataset = dcmjs.data.DicomMetaDictionary.naturalizeDataset(dcmjs.data.DicomMessage.readFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, { untilTag: '7FE00010' }).dict) as Record<string, unknown>;
          identities.add(String(dataset.PatientID));
          const name = dataset.PatientName as Array<{ Alphabetic: string }> | string;
          identities.add(typeof name === 'string' ? name : name[0]!.Alphabetic);
          dicomFiles++;
          if (dataset.BurnedInAnnotation === 'YES') burnedIn++;
        }
      }
    }
    fs.writeFileSync(path.join(source, 'README.txt'), 'export notes, not DICOM');
    assert.equal(identities.size, 4, 'two patients, each with an ID and a name');

    const config = loadConfig({ CORELAB_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', CORELAB_WEB_DIR: '/nonexistent-web', LOG_LEVEL: 'warn' });
    server = await startServer(config, async (runtime) => {
      projectId = (await seedDemo(runtime.services, 'upload-test-password')).projectId;
      const user = await runtime.services.db.selectFrom('app_user').select(['id', 'organisation_id']).where('username', '=', 'datamanager').executeTakeFirstOrThrow();
      const actor = { userId: user.id, username: 'datamanager', organisationId: user.organisation_id, isPlatformAdmin: false, via: 'session' as const, scopes: 'all' as const, tokenProjectId: null };
      token = (await runtime.services.tokens.issue({ actor, requestId: null }, { name: 'upload test', scopes: ['projects:read', 'imaging:read', 'imaging:write'], expiresInDays: 1 })).token;
    });
    fs.writeFileSync(tokenFile, `${token}\n`, { mode: 0o600 });
  });

  after(async () => {
    await server?.stop();
    fs.rmSync(work, { recursive: true, force: true });
  });

  test('--help explains the command', async () => {
    const { stdout } = await run(process.execPath, [CLI, 'upload', '--help']);
    assert.match(stdout, /Usage: corelab upload \[options\] <dir>/);
    assert.match(stdout, /--register-subjects/);
    assert.match(stdout, /CORELAB_KEYSTORE_PASSPHRASE/);
  });

  test('bad input is refused with a clear sentence and a non-zero exit', async () => {
    const cases: Array<[string[], Record<string, string>, RegExp]> = [
      [['--project', 'NO-SUCH'], {}, /unknown project "NO-SUCH"/],
      [['--centre', 'Hôpital Inconnu'], {}, /unknown centre "Hôpital Inconnu"/],
      [['--server', 'http://127.0.0.1:9'], {}, /cannot be reached/],
      [['--token-file', path.join(work, 'missing-token')], {}, /--token-file: cannot read/],
      [['--register-subjects'], {}, /needs --consent-status/],
    ];
    for (const [args, env, message] of cases) {
      const r = await upload(args, env);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, message);
    }
    fs.writeFileSync(path.join(work, 'bad-token'), 'clk_not-a-real-token');
    const refused = await upload(['--token-file', path.join(work, 'bad-token')]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /refused the API token/);
  });

  test('a new patient is refused without --register-subjects, and nothing is sent', async () => {
    const r = await upload([]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /created the key store/);
    assert.match(r.stdout, /0 instance\(s\) stored/);
    assert.match(r.stdout, /has no subject code in the key store; re-run with --register-subjects/);
    assert.equal(r.stdout.match(/^refused:/gm)?.length, dicomFiles - burnedIn > 0 ? dicomFiles : 0);
    assert.equal((await qidoInstances()).length, 0);
    for (const identity of identities) assert.ok(!r.stdout.includes(identity) && !r.stderr.includes(identity), 'no identity printed');
  });

  test('a wrong passphrase or a corrupted key store stops before anything is read or sent', async () => {
    const wrong = await upload([], { CORELAB_KEYSTORE_PASSPHRASE: 'not the passphrase at all' });
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /wrong passphrase for the key store/);
    const [store] = fs.readdirSync(keyStore).filter((f) => f.endsWith('.json.enc'));
    const file = path.join(keyStore, store!);
    const original = fs.readFileSync(file, 'utf8');
    const envelope = JSON.parse(original) as { ciphertext: string };
    const flipped = Buffer.from(envelope.ciphertext, 'base64');
    flipped[0]! ^= 1;
    fs.writeFileSync(file, JSON.stringify({ ...envelope, ciphertext: flipped.toString('base64') }));
    assert.match((await upload([])).stderr, /wrong passphrase for the key store .* \(or the store was altered\)/);
    fs.writeFileSync(file, '{"format": "something else"');
    const corrupted = await upload([]);
    assert.equal(corrupted.code, 1);
    assert.match(corrupted.stderr, /is corrupted or not a Corelab key store/);
    fs.writeFileSync(file, original);
    assert.equal((await qidoInstances()).length, 0);
  });

  test('killed in the middle, the upload resumes, skips what is stored and leaves no duplicate', async () => {
    const journal = () => {
      const file = fs.existsSync(keyStore) ? fs.readdirSync(keyStore).find((f) => f.endsWith('.journal.jsonl')) : undefined;
      return file ? fs.readFileSync(path.join(keyStore, file), 'utf8').split('\n').filter(Boolean).length : 0;
    };
    const args = ['--register-subjects', '--consent-status', 'consented', '--batch-size', '2'];
    const interrupted = await upload(args, {}, (child) => {
      const watch = setInterval(() => {
        if (journal() >= 4) {
          clearInterval(watch);
          child.kill('SIGKILL');
        }
      }, 20);
      child.on('close', () => clearInterval(watch));
    });
    assert.equal(interrupted.code, -1, 'the first run was killed');
    const partial = journal();
    assert.ok(partial >= 4 && partial < dicomFiles - burnedIn, `interrupted after ${partial} files`);

    const resumed = await upload(args);
    assert.equal(resumed.code, 0, resumed.stdout + resumed.stderr);
    const already = Number(/(\d+) already stored earlier/.exec(resumed.stdout)?.[1]);
    assert.ok(already >= partial, resumed.stdout);
    assert.match(resumed.stdout, new RegExp(`${burnedIn} quarantined, 0 refused, 1 file\\(s\\) not DICOM skipped; 2 subject\\(s\\) in the key store`));

    const instances = await qidoInstances();
    assert.equal(instances.length, dicomFiles - burnedIn);
    const sops = instances.map((i) => String(i['00080018']?.Value?.[0]));
    assert.equal(new Set(sops).size, sops.length, 'no duplicate instance');
    const codes = new Set(instances.map((i) => String(i['00100020']?.Value?.[0])));
    assert.deepEqual([...codes].sort(), ['CHUN-0001', 'CHUN-0002']);

    const again = await upload(args);
    assert.equal(again.code, 0);
    assert.match(again.stdout, new RegExp(`0 instance\\(s\\) stored, ${dicomFiles - burnedIn} already stored earlier`));
  });

  test('the pseudonym map never reaches the server: no original identity anywhere in its data', async () => {
    const db = server.runtime.services.db;
    const studies = await db.selectFrom('study').select(['patient_id', 'attributes']).where('project_id', '=', projectId).execute();
    assert.equal(studies.length, 2);
    const series = await db.selectFrom('series').select('attributes').where('project_id', '=', projectId).execute();
    for (const study of studies) assert.match(study.patient_id, /^CHUN-000[12]$/);
    for (const { attributes } of [...studies, ...series]) for (const identity of identities) assert.ok(!attributes.includes(identity));
    // Every file the server wrote: the blobs, the database, the logs.
    const files = fs.readdirSync(dataDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    assert.ok(files.some((e) => e.parentPath.includes('blobs')));
    for (const entry of files) {
      const bytes = fs.readFileSync(path.join(entry.parentPath, entry.name));
      for (const identity of identities) {
        for (const form of [identity, ...identity.split('^')].filter((f) => f.length >= 4)) {
          assert.equal(bytes.indexOf(Buffer.from(form, 'latin1')), -1, `${form} found in ${entry.name}`);
        }
      }
    }
  });
});
