// The STOW-RS multipart/related reader: the same parts whatever the chunks the body arrives in,
// including delimiters split across chunks and part bodies holding near-delimiters.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { readParts } from '../src/imaging/multipart.ts';

const limits = { maxParts: 100, maxPartBytes: 1 << 20, maxTotalBytes: 1 << 24 };
const boundary = 'b-0123456789';

function body(parts: Buffer[]): Buffer {
  const pieces: Buffer[] = [Buffer.from('preamble to ignore\r\n')];
  for (const p of parts) pieces.push(Buffer.from(`--${boundary}\r\nContent-Type: application/dicom\r\n\r\n`), p, Buffer.from('\r\n'));
  pieces.push(Buffer.from(`--${boundary}--\r\nepilogue`));
  return Buffer.concat(pieces);
}

async function parse(whole: Buffer, cuts: number[]): Promise<Buffer[]> {
  async function* chunks() {
    let from = 0;
    for (const to of [...cuts, whole.length]) {
      if (to > from) yield Buffer.from(whole.subarray(from, to));
      from = Math.max(from, to);
    }
  }
  const out: Buffer[] = [];
  for await (const part of readParts(chunks(), boundary, limits)) {
    assert.equal(part.headers['content-type'], 'application/dicom');
    out.push(Buffer.from(part.body));
  }
  return out;
}

// Part bodies that end with, or hold, the first bytes of a delimiter, and a large one.
const parts = [
  Buffer.from(`starts like a delimiter\r\n--${boundary.slice(0, 5)}`),
  Buffer.concat([randomBytes(70_000), Buffer.from(`\r\n--${boundary.slice(0, -1)}x`), randomBytes(3000)]),
  Buffer.from('\r\n-'),
  randomBytes(200_000),
  Buffer.alloc(0),
];
const whole = body(parts);

test('the parts are the same whatever the chunk size the body arrives in', async () => {
  for (const size of [1, 2, 3, 7, 13, 16, 17, 64, 1000, 4096, 65_536, whole.length]) {
    const cuts = Array.from({ length: Math.ceil(whole.length / size) }, (_, i) => (i + 1) * size);
    assert.deepEqual(await parse(whole, cuts), parts, `chunks of ${size} bytes`);
  }
});

test('a delimiter split anywhere between two chunks is found', async () => {
  let at = whole.indexOf(`\r\n--${boundary}`, 100);
  while (at !== -1) {
    for (let k = -2; k <= boundary.length + 8; k++) assert.deepEqual(await parse(whole, [at + k]), parts, `cut at ${k} bytes into the delimiter at ${at}`);
    // And with the chunk before it large, the one after it small, as sockets deliver.
    for (let k = 0; k <= boundary.length + 6; k++) assert.deepEqual(await parse(whole, [at - 40_000, at + k, at + k + 3]), parts);
    at = whole.indexOf(`\r\n--${boundary}`, at + 1);
  }
});
