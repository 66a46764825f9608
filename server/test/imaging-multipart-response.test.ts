// Retrieval bodies: parts that can be read synchronously are read so while the reads are quick; two
// slow ones in a row (files from the disk) switch the rest of the body to reads ahead on the thread pool.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { multipartBody, PartBufferPool, type SizedPart } from '../src/imaging/multipart-response.ts';
import { parseMultipart } from './imaging-fixtures.ts';

// A threshold far above a cached read's time even on a loaded machine, and a slow read far above it.
const SLOW_READ_MS = 25;

async function bodyOf(parts: SizedPart[]): Promise<Buffer> {
  const { stream, contentLength } = multipartBody('b0undary', parts, { slowReadMs: SLOW_READ_MS });
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  assert.equal(body.length, contentLength);
  return body;
}

function parts(count: number, slowAt: number[], log: string[]): { parts: SizedPart[]; contents: Buffer[] } {
  const contents = Array.from({ length: count }, (_v, i) => Buffer.alloc(1000 + i, i + 1));
  return {
    contents,
    parts: contents.map((content, i) => ({
      contentType: 'application/dicom',
      size: content.length,
      readInto: async (target: Buffer, offset: number) => {
        log.push(`async ${i}`);
        content.copy(target, offset);
      },
      readIntoNow: (target: Buffer, offset: number) => {
        log.push(`now ${i}`);
        // A read that waits for the disk.
        if (slowAt.includes(i)) for (const until = performance.now() + 2 * SLOW_READ_MS; performance.now() < until; );
        content.copy(target, offset);
      },
    })),
  };
}

test('quick synchronous reads: every part read synchronously, in order, none ahead, the body byte for byte', async () => {
  const log: string[] = [];
  const { parts: list, contents } = parts(12, [], log);
  const body = await bodyOf(list);
  assert.deepEqual(log, contents.map((_c, i) => `now ${i}`));
  const got = parseMultipart(body, 'multipart/related; boundary=b0undary');
  assert.equal(got.length, 12);
  got.forEach((p, i) => assert.ok(p.body.equals(contents[i]!), `part ${i}`));
});

test('one slow synchronous read alone changes nothing; after two in a row the remaining parts are read through readInto, the body still whole and in order', async () => {
  const alone: string[] = [];
  await bodyOf(parts(12, [1, 5], alone).parts);
  assert.ok(alone.every((entry) => entry.startsWith('now')), 'isolated slow reads (a busy machine) keep the synchronous reads');
  const log: string[] = [];
  const { parts: list, contents } = parts(12, [2, 3], log);
  const body = await bodyOf(list);
  assert.deepEqual(log.slice(0, 4), ['now 0', 'now 1', 'now 2', 'now 3']);
  assert.deepEqual([...log.slice(4)].sort((a, b) => Number(a.split(' ')[1]) - Number(b.split(' ')[1])), contents.slice(4).map((_c, i) => `async ${i + 4}`));
  const got = parseMultipart(body, 'multipart/related; boundary=b0undary');
  assert.equal(got.length, 12);
  got.forEach((p, i) => assert.ok(p.body.equals(contents[i]!), `part ${i}`));
});

test('a synchronous read that fails ends the body with the error, nothing after it', async () => {
  const list: SizedPart[] = [0, 1].map((i) => ({
    contentType: 'application/dicom',
    size: 10,
    readInto: async () => assert.fail('not read ahead'),
    readIntoNow: (target: Buffer, offset: number) => {
      if (i === 1) throw new Error('blob gone');
      target.fill(7, offset, offset + 10);
    },
  }));
  await assert.rejects(bodyOf(list), /blob gone/);
});

test('with a pool, parts are cut from slabs that come back once the body is released, and the next body reuses them with its own bytes', async () => {
  const pool = new PartBufferPool(8 * 1024, 2, 4);
  const read = async (contents: Buffer[]) => {
    const { stream, release } = multipartBody('b0undary', contents.map((content) => ({ contentType: 'application/dicom', size: content.length, readInto: async () => assert.fail('read synchronously'), readIntoNow: (target: Buffer, offset: number) => void content.copy(target, offset) })), { pool, slowReadMs: SLOW_READ_MS });
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer)); // copied: the slabs are reused below
    return { parts: parseMultipart(Buffer.concat(chunks), 'multipart/related; boundary=b0undary'), release };
  };
  // 3 parts of 3,000 bytes and one of 20,000 (larger than a slab: a buffer of its own): two slabs.
  const first = [Buffer.alloc(3000, 1), Buffer.alloc(3000, 2), Buffer.alloc(3000, 3), Buffer.alloc(20000, 4)];
  const a = await read(first);
  a.parts.forEach((p, i) => assert.ok(p.body.equals(first[i]!), `part ${i}`));
  assert.equal(pool.free, 0, 'the slabs stay with the body until it is released');
  a.release();
  a.release();
  assert.equal(pool.free, 2, 'released once');
  // 8 parts of 3,000 bytes: two slabs from the pool, then (at most 2 slabs a body) buffers of their own.
  const second = Array.from({ length: 8 }, (_v, i) => Buffer.alloc(3000, 10 + i));
  const b = await read(second);
  assert.equal(pool.free, 0);
  b.parts.forEach((p, i) => assert.ok(p.body.equals(second[i]!), `part ${i} of the second body`));
  b.release();
  assert.equal(pool.free, 2);
});

test('a body that failed part-way never gives its slabs back (reads ahead may still be writing into them)', async () => {
  const pool = new PartBufferPool(8 * 1024, 2, 4);
  const { stream, release } = multipartBody('b0undary', [0, 1].map((i) => ({ contentType: 'application/dicom', size: 10, readInto: async () => assert.fail('read synchronously'), readIntoNow: (target: Buffer, offset: number) => { if (i === 1) throw new Error('blob gone'); target.fill(7, offset, offset + 10); } })), { pool, slowReadMs: SLOW_READ_MS });
  await assert.rejects(async () => { for await (const _chunk of stream); }, /blob gone/);
  release();
  assert.equal(pool.free, 0);
});
