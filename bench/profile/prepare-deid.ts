// Profiling support: de-identifies the first N files of the cached phantom once into a folder, so
// server-side costs can be measured without the client's de-identification.
// Usage: node --import tsx bench/profile/prepare-deid.ts OUT_DIR [N]
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { deidentify } from '../../deid/src/index.ts';

const out = process.argv[2]!;
const n = Number(process.argv[3] ?? 2000);
const cache = process.env.CORELAB_BENCH_CACHE ?? '/work/bench-cache';
const dir = path.join(cache, 'phantom-s60-seed7');
const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.dcm')).sort().slice(0, n);
const key = randomBytes(32);
fs.mkdirSync(out, { recursive: true });
const codes = new Set<string>();
let i = 0;
const started = performance.now();
for (const f of files) {
  const code = `B${f.split(path.sep)[0]!.replace('subject-', '')}`;
  const r = deidentify(fs.readFileSync(path.join(dir, f)), { subjectCode: code, key });
  if (r.status !== 'deidentified') continue;
  codes.add(code);
  fs.writeFileSync(path.join(out, `${String(i++).padStart(6, '0')}.dcm`), r.output);
}
const ms = performance.now() - started;
fs.writeFileSync(path.join(out, 'codes.json'), JSON.stringify([...codes]));
console.log(`${i} de-identified files in ${out}; ${(ms / files.length).toFixed(2)} ms per file (read + deid + write)`);
