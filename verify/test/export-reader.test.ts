// Reading files: lines that straddle read chunks (multi-byte characters included) come out whole,
// and the look at the tail finds every checkpoint even when they fill several windows.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { checkpointSeqsFromTail, readLines } from '../src/export-reader.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-verify-reader-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, lines: string[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

test('lines longer than a read chunk, with multi-byte characters at the seams, come out whole and numbered', async () => {
  const long = 'é😀'.repeat(100_000); // 600 kB a line: every line crosses a 1 MiB chunk boundary sooner or later
  const lines = Array.from({ length: 8 }, (_, i) => `${i}:${long}`);
  const read: Array<{ number: number; text: string }> = [];
  for await (const batch of readLines(write('long.jsonl', lines))) read.push(...batch);
  assert.deepEqual(read.map((l) => l.number), [1, 2, 3, 4, 5, 6, 7, 8]);
  assert.deepEqual(read.map((l) => l.text), lines);
});

test('the tail yields every checkpoint after the last event, over several windows', () => {
  const checkpoints = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ type: 'checkpoint', seq: String(i + 1), padding: 'x'.repeat(100) }));
  const file = write('tail.jsonl', [
    JSON.stringify({ type: 'header' }),
    JSON.stringify({ type: 'event', seq: '1' }),
    JSON.stringify({ type: 'checkpoint', seq: '999999' }), // before an event: not part of the tail
    JSON.stringify({ type: 'event', seq: '2' }),
    ...checkpoints,
    'not json at all',
    JSON.stringify({ type: 'end' }),
  ]);
  assert.ok(fs.statSync(file).size > 2 * 1024 * 1024);
  const seqs = checkpointSeqsFromTail(file);
  assert.equal(seqs.size, 20_000);
  assert.ok(seqs.has('1') && seqs.has('20000') && !seqs.has('999999'));
});
