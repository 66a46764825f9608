// Debian's python3-pydicom test files (written by nobody here: many transfer syntaxes, big endian,
// compressed, odd encodings, broken files on purpose): each, de-identified by the deid engine, is
// either stored (then retrieved by WADO-RS and read back by pydicom, seeing what it saw in the
// de-identified input) or refused with a specific reason (the DeidError code, the quarantine, or the
// STOW-RS FailureReason and the dotted code of its ErrorComment); each original sent as it is is
// refused with a specific reason. Never a crash, never an HTTP 500, never a hang (each request is
// bounded). The table file → outcome is printed and kept in test-artifacts/pydicom-corpus.txt.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { deidentify, DeidError } from '../deid/src/index.ts';
import { startCorelab, type ListeningCorelab } from './support/corelab.ts';

const PYDICOM_DATA = '/usr/lib/python3/dist-packages/pydicom/data';
/** Debian's own python3, the one with python3-pydicom (the python3 first on PATH may not have it). */
const PYTHON = '/usr/bin/python3';
const READ_SCRIPT = path.join(import.meta.dirname, 'support', 'pydicom_read.py');
const ARTIFACT = path.resolve(import.meta.dirname, '../test-artifacts/pydicom-corpus.txt');
const REQUEST_TIMEOUT_MS = 30_000;
const SUBJECT = 'N001';

const corpus = fs.existsSync(PYDICOM_DATA)
  ? (fs.readdirSync(PYDICOM_DATA, { recursive: true }) as string[]).filter((f) => f.endsWith('.dcm')).sort()
  : [];
const skip = corpus.length === 0 ? 'python3-pydicom is not installed (apt-get install python3-pydicom)' : false;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-peer-pydicom-'));
let corelab: ListeningCorelab;

// Several test files are the same instance in other encodings (MR_small in big endian, implicit VR,
// RLE, JPEG...), so they share a SOP Instance UID. Each file is de-identified with its own key (as if
// from its own centre) so that its UIDs are its own and its outcome does not depend on the order.
const keyFor = (name: string) => createHash('sha256').update(`corelab peer tests: pydicom corpus: ${name}`).digest();

type Ds = Record<string, { vr: string; Value?: unknown[] }>;
const firstItem = (body: Ds, tag: string) => body[tag]?.Value?.[0] as Ds | undefined;
/** `refused by STOW-RS C000 dicom.not-dicom` from the first Failed SOP Sequence item, if any. */
const failureOf = (body: Ds) => {
  const f = firstItem(body, '00081198');
  if (!f) return undefined;
  const reason = Number(f['00081197']?.Value?.[0]).toString(16).toUpperCase().padStart(4, '0');
  const code = /^[a-z0-9-]+(\.[a-z0-9-]+)+/.exec(String(f['00000902']?.Value?.[0] ?? ''))?.[0] ?? `(no code: ${String(f['00000902']?.Value?.[0])})`;
  return `refused by STOW-RS ${reason} ${code}`;
};
const retrieveUrlOf = (body: Ds) => firstItem(body, '00081199')?.['00081190']?.Value?.[0] as string | undefined;
const SPECIFIC = /^(refused by deid: [a-z-]+|quarantined by deid: .+|refused by STOW-RS [0-9A-F]{4} [a-z0-9-]+(\.[a-z0-9-]+)+)$/;

interface PydicomView {
  file: string;
  ok: boolean;
  error?: string;
  sop?: string;
  ts?: string;
  elements?: number;
  pixels?: number | null;
}
function readWithPydicom(files: string[]): Map<string, PydicomView> {
  if (files.length === 0) return new Map();
  const out = execFileSync(PYTHON, [READ_SCRIPT, ...files], { encoding: 'utf8', timeout: 120_000, maxBuffer: 16 << 20 });
  return new Map(out.trim().split('\n').map((line) => JSON.parse(line) as PydicomView).map((v) => [v.file, v]));
}

before(async () => {
  if (skip) return;
  corelab = await startCorelab(path.join(dir, 'corelab'));
  await corelab.registerSubjects([SUBJECT]);
});
after(async () => {
  await corelab?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('each de-identified pydicom test file is stored, retrieved and read back by pydicom, or refused with a specific reason', { skip, timeout: 180_000 }, async () => {
  const outcomes = new Map<string, string>();
  const problems: string[] = [];
  const pairs: Array<{ name: string; input: string; retrieved: string }> = [];
  for (const [i, name] of corpus.entries()) {
    let output: Uint8Array | undefined;
    try {
      const result = deidentify(fs.readFileSync(path.join(PYDICOM_DATA, name)), { subjectCode: SUBJECT, key: keyFor(name) });
      if (result.status === 'deidentified') output = result.output;
      else outcomes.set(name, `quarantined by deid: ${result.reason}`);
    } catch (e) {
      if (e instanceof DeidError) outcomes.set(name, `refused by deid: ${e.code}`);
      else {
        outcomes.set(name, `CRASH in deid: ${String(e)}`);
        problems.push(`${name}: the deid engine threw ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      }
    }
    if (!output) continue;
    try {
      const r = await corelab.stow([Buffer.from(output)], REQUEST_TIMEOUT_MS);
      const where = retrieveUrlOf(r.body);
      if (r.status >= 500) {
        outcomes.set(name, `HTTP ${r.status}`);
        problems.push(`${name}: STOW-RS answered ${r.status} ${JSON.stringify(r.body)}`);
      } else if (where) {
        const parts = await corelab.retrieve(where.split('/studies/')[1]!, REQUEST_TIMEOUT_MS);
        assert.equal(parts.length, 1, `${name}: WADO-RS returned ${parts.length} parts`);
        const input = path.join(dir, `${i}-deidentified.dcm`);
        const retrieved = path.join(dir, `${i}-retrieved.dcm`);
        fs.writeFileSync(input, output);
        fs.writeFileSync(retrieved, parts[0]!);
        pairs.push({ name, input, retrieved });
        outcomes.set(name, 'stored, retrieved by WADO-RS');
      } else {
        outcomes.set(name, failureOf(r.body) ?? `HTTP ${r.status} without a reason`);
      }
    } catch (e) {
      outcomes.set(name, `request failed: ${String(e)}`);
      problems.push(`${name}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }
  // pydicom reads each retrieved instance and sees what it saw in the de-identified input.
  const views = readWithPydicom(pairs.flatMap((p) => [p.input, p.retrieved]));
  for (const { name, input, retrieved } of pairs) {
    const sent = views.get(input);
    const back = views.get(retrieved);
    if (!back?.ok) {
      outcomes.set(name, `stored, but pydicom cannot read it back: ${back?.error}`);
      problems.push(`${name}: pydicom cannot read the retrieved instance: ${back?.error}`);
    } else if (sent?.ok && (sent.sop !== back.sop || sent.elements !== back.elements || sent.pixels !== back.pixels)) {
      outcomes.set(name, 'stored, but pydicom reads something else back');
      problems.push(`${name}: sent ${JSON.stringify(sent)}, retrieved ${JSON.stringify(back)}`);
    } else {
      outcomes.set(name, `stored, retrieved by WADO-RS, read by pydicom (${back.ts}${back.pixels == null ? ', no pixel data' : ''})`);
    }
  }
  for (const [name, outcome] of outcomes) {
    if (!outcome.startsWith('stored, retrieved by WADO-RS, read by pydicom') && !SPECIFIC.test(outcome) && !problems.some((p) => p.startsWith(`${name}:`))) {
      problems.push(`${name}: no specific reason: ${outcome}`);
    }
  }
  const table = corpus.map((name) => `${name.padEnd(58)} ${outcomes.get(name) ?? 'no outcome'}`);
  const tally = new Map<string, number>();
  for (const o of outcomes.values()) {
    const kind = o.startsWith('stored, retrieved by WADO-RS, read by pydicom') ? 'stored and read back by pydicom' : o;
    tally.set(kind, (tally.get(kind) ?? 0) + 1);
  }
  const summary = [...tally].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${String(n).padStart(4)}  ${k}`);
  const report = `De-identified pydicom test files (${corpus.length}) → Corelab STOW-RS\n${table.join('\n')}\n\nSummary\n${summary.join('\n')}\n`;
  fs.mkdirSync(path.dirname(ARTIFACT), { recursive: true });
  fs.writeFileSync(ARTIFACT, report);
  console.log(report);
  assert.deepEqual(problems, []);
  assert.ok(pairs.length > 0, 'no pydicom test file was stored');
});

test('each original pydicom test file sent as it is is refused with a specific reason', { skip, timeout: 120_000 }, async () => {
  const problems: string[] = [];
  const tally = new Map<string, number>();
  for (const name of corpus) {
    try {
      const r = await corelab.stow([fs.readFileSync(path.join(PYDICOM_DATA, name))], REQUEST_TIMEOUT_MS);
      const reason = failureOf(r.body);
      if (r.status >= 500) problems.push(`${name}: STOW-RS answered ${r.status} ${JSON.stringify(r.body)}`);
      else if (retrieveUrlOf(r.body)) problems.push(`${name} was stored although not de-identified`);
      else if (!reason || !SPECIFIC.test(reason)) problems.push(`${name}: no specific reason: ${r.status} ${JSON.stringify(r.body)}`);
      else tally.set(reason, (tally.get(reason) ?? 0) + 1);
    } catch (e) {
      problems.push(`${name}: ${String(e)}`);
    }
  }
  console.log(`Original pydicom test files (${corpus.length}) → Corelab STOW-RS\n${[...tally].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${String(n).padStart(4)}  ${k}`).join('\n')}`);
  assert.deepEqual(problems, []);
});
