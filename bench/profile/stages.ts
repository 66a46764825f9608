// Profiling harness: per-stage cost of the STOW-RS path on pre-de-identified files (see
// prepare-deid.ts), in-process, without HTTP or database: multipart parsing, header reading,
// residual-identifier check, SHA-256, blob write (+fsync), and the client's de-identification.
// Usage: node --import tsx bench/profile/stages.ts DEID_DIR [ORIGINALS_N]
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deidentify } from '../../deid/src/index.ts';
import { FileBlobStore } from '../../server/src/imaging/blob-store.ts';
import { readDicom, str } from '../../server/src/imaging/dicom-reader.ts';
import { readParts } from '../../server/src/imaging/multipart.ts';
import { median } from '../support/stats.ts';
import { residualIdentifiers } from '../../server/src/imaging/residual-identifiers.ts';

const dir = process.argv[2]!;
const names = fs.readdirSync(dir).filter((f) => f.endsWith('.dcm')).sort().slice(0, 1000);
const files = names.map((f) => fs.readFileSync(path.join(dir, f)));
const avgKb = files.reduce((n, f) => n + f.length, 0) / files.length / 1024;
console.log(`${files.length} files, ${avgKb.toFixed(0)} KB on average`);

function time(label: string, rounds: number, fn: () => void) {
  fn(); // warm-up
  const t: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const s = performance.now();
    fn();
    t.push(performance.now() - s);
  }
  t.sort((a, b) => a - b);
  const med = t[Math.floor(t.length / 2)]!;
  console.log(`  ${label.padEnd(34)} ${((med * 1000) / files.length).toFixed(1).padStart(8)} µs per instance`);
}
async function timeAsync(label: string, rounds: number, fn: () => Promise<void>) {
  await fn();
  const t: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const s = performance.now();
    await fn();
    t.push(performance.now() - s);
  }
  t.sort((a, b) => a - b);
  const med = t[Math.floor(t.length / 2)]!;
  console.log(`  ${label.padEnd(34)} ${((med * 1000) / files.length).toFixed(1).padStart(8)} µs per instance`);
}

const parsed = files.map((f) => readDicom(f));
time('readDicom (header reader)', 5, () => {
  for (const f of files) readDicom(f);
});
time('residual-identifier check', 5, () => {
  for (const p of parsed) residualIdentifiers(p.dataset, { subjectCode: str(p.dataset['00100020'])! });
});
time('SHA-256', 5, () => {
  for (const f of files) createHash('sha256').update(f).digest('hex');
});
time('JSON.stringify(metadata)', 5, () => {
  for (const p of parsed) JSON.stringify(p.dataset);
});

// Multipart: 20 parts per request, delivered in 64 KB chunks as a socket would.
const boundary = `b-${randomBytes(8).toString('hex')}`;
const bodies: Buffer[][] = [];
for (let i = 0; i < files.length; i += 20) {
  const pieces: Buffer[] = [];
  for (const f of files.slice(i, i + 20)) pieces.push(Buffer.from(`--${boundary}\r\nContent-Type: application/dicom\r\n\r\n`), f, Buffer.from('\r\n'));
  pieces.push(Buffer.from(`--${boundary}--\r\n`));
  const whole = Buffer.concat(pieces);
  const chunks: Buffer[] = [];
  for (let o = 0; o < whole.length; o += 65536) chunks.push(Buffer.from(whole.subarray(o, o + 65536)));
  bodies.push(chunks);
}
const limits = { maxParts: 10000, maxPartBytes: 512 * 1024 * 1024, maxTotalBytes: 16 * 1024 * 1024 * 1024 };
await timeAsync('multipart readParts (64 KB chunks)', 5, async () => {
  for (const chunks of bodies) {
    async function* src() {
      yield* chunks;
    }
    for await (const _p of readParts(src(), boundary, limits)) void _p;
  }
});

const root = fs.mkdtempSync(path.join(process.env.CORELAB_PROFILE_DIR ?? os.tmpdir(), 'corelab-prof-blobs-'));
try {
  let store = new FileBlobStore(root);
  const seq = files.slice(0, 200);
  let s = performance.now();
  for (const f of seq) await store.putBytes(f);
  console.log(`  ${'blob putBytes, sequential (new)'.padEnd(34)} ${(((performance.now() - s) * 1000) / seq.length).toFixed(1).padStart(8)} µs per instance`);
  fs.rmSync(root, { recursive: true, force: true });
  store = new FileBlobStore(root);
  s = performance.now();
  for (let i = 0; i < seq.length; i += 20) await Promise.all(seq.slice(i, i + 20).map((f) => store.putBytes(f)));
  console.log(`  ${'blob putBytes, 20 concurrent (new)'.padEnd(34)} ${(((performance.now() - s) * 1000) / seq.length).toFixed(1).padStart(8)} µs per instance`);
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}

if (process.argv[3]) {
  const cache = process.env.CORELAB_BENCH_CACHE ?? '/work/bench-cache';
  const pdir = path.join(cache, 'phantom-s60-seed7');
  const originals = (fs.readdirSync(pdir, { recursive: true }) as string[]).filter((f) => f.endsWith('.dcm')).sort().slice(0, Number(process.argv[3]));
  const inputs = originals.map((f) => ({ bytes: fs.readFileSync(path.join(pdir, f)), code: `B${f.split(path.sep)[0]!.replace('subject-', '')}` }));
  const key = randomBytes(32);
  const round = () => inputs.filter((i) => deidentify(i.bytes, { subjectCode: i.code, key }).status !== 'deidentified').length;
  const quarantined = round(); // warm-up: compiled code and the engine's caches, as in a long upload
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let r = 0; r < 7; r++) {
    const c = process.cpuUsage();
    const s2 = performance.now();
    round();
    wall.push(((performance.now() - s2) * 1000) / inputs.length);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / inputs.length);
  }
  // CPU time, not wall time: the machine is shared; the median of 7 rounds after a warm-up one.
  console.log(`  ${'client deidentify'.padEnd(34)} ${median(cpu).toFixed(1).padStart(8)} µs CPU per instance (wall ${median(wall).toFixed(1)} µs; median of 7 rounds over ${inputs.length} originals, ${quarantined} quarantined)`);
}
