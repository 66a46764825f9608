// `corelab upload DIR --project P --centre C`: de-identifies every DICOM file under DIR on this
// machine with the same engine as the browser page, and sends the result by STOW-RS in batches.
// The de-identification key and the PatientID → subject code map stay in the local encrypted key
// store; a journal beside it makes a re-run after an interruption skip what is already stored.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { DeidError, deidentify } from '../../../deid/src/index.ts';
import { readSecret } from '../prompt.ts';
import { codePrefixOf, keyBytes, newCentreKeys, nextSubjectCode, withSubject, type CentreKeys } from './centre-keys.ts';
import { UploadJournal, type JournalEntry } from './journal.ts';
import { defaultKeyStoreDir, keyStorePath, readKeyStore, writeKeyStore } from './key-store.ts';
import { readSourceHeader } from './source-header.ts';
import { CorelabServer, UploadError, type ProjectDetail, type ProjectParty } from './server-api.ts';
import { listFiles, readSource } from './walk.ts';

const CONSENT_STATUSES = ['consented', 'no-objection', 'pending', 'objected', 'withdrawn'];

interface UploadOptions {
  project: string;
  centre: string;
  server: string;
  tokenFile?: string;
  keyStore: string;
  registerSubjects?: boolean;
  consentStatus?: string;
  subjectPrefix?: string;
  batchSize: number;
}

interface Pending {
  entry: JournalEntry;
  output: Uint8Array;
}

interface Tally {
  stored: number;
  alreadyDone: number;
  notDicom: number;
  quarantined: string[];
  refused: Array<{ file: string; reason: string }>;
}

function batchSize(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new InvalidArgumentError('expected an integer between 1 and 1000');
  return n;
}

export function registerUploadCommand(program: Command): void {
  program
    .command('upload')
    .description('De-identify the DICOM files under DIR on this machine and send them to a project by STOW-RS (resumable)')
    .argument('<dir>', 'folder holding the DICOM files (searched recursively)')
    .requiredOption('--project <project>', 'project code or id')
    .requiredOption('--centre <centre>', 'your centre in the project: organisation name or id')
    .option('--server <url>', 'Corelab server address (env CORELAB_SERVER)', process.env.CORELAB_SERVER ?? 'http://127.0.0.1:8080')
    .option('--token-file <file>', 'file holding the API token (otherwise env CORELAB_TOKEN); never put the token on the command line')
    .option('--key-store <dir>', 'folder of the local encrypted key stores and resume journals', defaultKeyStoreDir())
    .option('--register-subjects', 'give new patients the next free subject code and register them on the server (otherwise their files are refused)')
    .addOption(new Option('--consent-status <status>', 'information/consent status of subjects registered by --register-subjects').choices(CONSENT_STATUSES))
    .option('--subject-prefix <prefix>', 'prefix of new subject codes (default: from the centre name, e.g. "CHUN-")')
    .option('--batch-size <n>', 'instances per STOW-RS request', batchSize, 20)
    .addHelpText(
      'after',
      '\nThe key store passphrase comes from env CORELAB_KEYSTORE_PASSPHRASE or a prompt. The key store and the\n' +
        'map from hospital PatientID to subject code never leave this machine: keep the key store safe and backed up.',
    )
    .action(async (dir: string, options: UploadOptions) => {
      process.exitCode = await upload(dir, options);
    });
}

async function upload(dir: string, options: UploadOptions): Promise<number> {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UploadError(`${dir} is not a folder`);
  if (options.registerSubjects && !options.consentStatus) throw new UploadError('--register-subjects needs --consent-status: the information/consent status of the new subjects');
  const server = new CorelabServer(serverUrl(options.server), readToken(options.tokenFile));
  const project = await server.project(options.project);
  if (!project.myRoles.includes('centre_data_manager')) throw new UploadError(`no permission: you are not a centre data manager in project ${project.code}`);
  const centre = centreOf(project, options.centre);

  const storeFile = keyStorePath(options.keyStore, project.code, centre.organisationId);
  const created = !fs.existsSync(storeFile);
  const passphrase = await passphraseFor(storeFile, created);
  let keys = created ? newCentreKeys(project.id, centre.organisationId, new Uint8Array(randomBytes(32))) : await readKeyStore(storeFile, passphrase, project.id, centre.organisationId);
  if (created) {
    await writeKeyStore(storeFile, keys, passphrase);
    console.error(`corelab: created the key store ${storeFile}; keep it and its passphrase safe: without them, later uploads cannot be linked to the same subjects`);
  }
  const key = keyBytes(keys);
  const journal = await UploadJournal.open(storeFile.replace(/\.json\.enc$/, '.journal.jsonl'));
  const codesTaken = new Set((await server.subjects(project.id)).map((s) => s.code));
  const prefix = options.subjectPrefix ?? codePrefixOf(centre.organisationName);

  const files = await listFiles(dir);
  const tally: Tally = { stored: 0, alreadyDone: 0, notDicom: 0, quarantined: [], refused: [] };
  const bar = new cliProgress.SingleBar({ stream: process.stderr, format: 'upload [{bar}] {value}/{total} files | {stored} stored | {eta_formatted} left', hideCursor: false }, cliProgress.Presets.shades_classic);
  bar.start(files.length, 0, { stored: 0 });
  let batch: Pending[] = [];
  let sending: Promise<void> = Promise.resolve();
  const send = async (items: Pending[]) => {
    const outcome = await server.store(project.id, items.map((i) => i.output));
    const done = items.filter((i) => outcome.stored.has(i.entry.sopInstanceUID)).map((i) => i.entry);
    await journal.record(done);
    tally.stored += done.length;
    for (const item of items) {
      if (outcome.stored.has(item.entry.sopInstanceUID)) continue;
      tally.refused.push({ file: item.entry.path, reason: outcome.failed.get(item.entry.sopInstanceUID) ?? outcome.unattributed[0] ?? 'no answer from the server for this instance' });
    }
    bar.update({ stored: tally.stored });
  };

  try {
    for (const file of files) {
      const source = await readSource(file);
      bar.increment();
      if (journal.has(source)) {
        tally.alreadyDone++;
        continue;
      }
      let header;
      try {
        header = readSourceHeader(source.bytes, key);
      } catch (error) {
        if (error instanceof DeidError && error.code === 'not-dicom') tally.notDicom++;
        else tally.refused.push({ file, reason: (error as Error).message });
        continue;
      }
      let code = keys.subjects[header.patientId];
      if (!code) {
        if (!options.registerSubjects) {
          tally.refused.push({ file, reason: 'this patient has no subject code in the key store; re-run with --register-subjects --consent-status <status> to register one' });
          continue;
        }
        code = nextSubjectCode(prefix, new Set([...codesTaken, ...Object.values(keys.subjects)]));
        await server.registerSubject(project.id, { code, centreId: centre.organisationId, consentStatus: options.consentStatus! });
        codesTaken.add(code);
        keys = withSubject(keys, header.patientId, code);
        // Saved before any of its images leave: the link to the new subject is never lost.
        await writeKeyStore(storeFile, keys, passphrase);
      }
      let result;
      try {
        result = deidentify(source.bytes, { subjectCode: code, key });
      } catch (error) {
        tally.refused.push({ file, reason: error instanceof DeidError ? `${error.code}: ${error.message}` : (error as Error).message });
        continue;
      }
      if (result.status === 'quarantined') {
        tally.quarantined.push(`${file}: ${result.reason}`);
        continue;
      }
      batch.push({ entry: { path: source.path, size: source.size, mtimeMs: source.mtimeMs, sha256: source.sha256, sopInstanceUID: header.storedSopInstanceUID }, output: result.output });
      if (batch.length >= options.batchSize) {
        const items = batch;
        batch = [];
        // De-identification of the next batch overlaps with the sending of this one.
        await sending;
        sending = send(items);
      }
    }
    await sending;
    if (batch.length > 0) await send(batch);
  } finally {
    bar.stop();
  }
  report(tally, keys);
  return tally.refused.length > 0 ? 1 : 0;
}

function report(tally: Tally, keys: CentreKeys): void {
  console.log(`upload: ${tally.stored} instance(s) stored, ${tally.alreadyDone} already stored earlier, ${tally.quarantined.length} quarantined, ${tally.refused.length} refused, ${tally.notDicom} file(s) not DICOM skipped; ${Object.keys(keys.subjects).length} subject(s) in the key store`);
  for (const line of tally.quarantined) console.log(`quarantined (burned-in text risk, not sent; review by hand): ${line}`);
  for (const { file, reason } of tally.refused) console.log(`refused: ${file}: ${reason}`);
}

function serverUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
    return url.toString();
  } catch {
    throw new UploadError(`--server: "${value}" is not an http(s) address`);
  }
}

function readToken(tokenFile: string | undefined): string {
  const token = tokenFile ? readTokenFile(tokenFile) : process.env.CORELAB_TOKEN?.trim();
  if (!token) throw new UploadError('no API token: set CORELAB_TOKEN or give --token-file (issue one in the web app under API tokens, scopes projects:read, imaging:read, imaging:write)');
  return token;
}

function readTokenFile(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch (error) {
    throw new UploadError(`--token-file: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

function centreOf(project: ProjectDetail, wanted: string): ProjectParty {
  const centres = project.parties.filter((p) => p.part === 'centre');
  const centre = centres.find((p) => p.organisationId === wanted || p.organisationName.toLowerCase() === wanted.toLowerCase());
  if (!centre) throw new UploadError(`unknown centre "${wanted}" in project ${project.code}; its centres are: ${centres.map((c) => c.organisationName).join(', ') || 'none'}`);
  return centre;
}

async function passphraseFor(storeFile: string, creating: boolean): Promise<string> {
  const fromEnv = process.env.CORELAB_KEYSTORE_PASSPHRASE;
  if (fromEnv !== undefined) {
    if (creating && fromEnv.length < 12) throw new UploadError('CORELAB_KEYSTORE_PASSPHRASE: a new key store needs a passphrase of at least 12 characters');
    return fromEnv;
  }
  if (!process.stdin.isTTY) throw new UploadError('no key store passphrase: set CORELAB_KEYSTORE_PASSPHRASE or run in a terminal');
  const name = path.basename(storeFile);
  const passphrase = await readSecret(creating ? `New passphrase for the key store ${name}: ` : `Passphrase of the key store ${name}: `, false);
  if (creating) {
    if (passphrase.length < 12) throw new UploadError('the passphrase needs at least 12 characters');
    if ((await readSecret('The same passphrase again: ', false)) !== passphrase) throw new UploadError('the two passphrases differ');
  }
  return passphrase;
}
