// The content-addressed store: deduplicated, atomic, streamed; the orphan sweep.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { FileBlobStore, PendingDirectorySyncs } from '../src/imaging/blob-store.ts';
import { sweepOrphanBlobs } from '../src/imaging/orphan-sweep.ts';
import { openTestDatabase } from './support/test-database.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-blobs-'));
after(() => fs.rmSync(root, { recursive: true, force: true }));

test('the same content is stored once, under its SHA-256, in ab/ folders, with no temporary file left', async () => {
  const store = new FileBlobStore(path.join(root, 'a'));
  const bytes = Buffer.from('some DICOM bytes');
  const sha = createHash('sha256').update(bytes).digest('hex');
  const first = await store.putBytes(bytes);
  const second = await store.putBytes(Buffer.from(bytes));
  assert.deepEqual(first, { sha256: sha, size: bytes.length, created: true });
  assert.equal(second.created, false);
  assert.ok(fs.existsSync(path.join(root, 'a', sha.slice(0, 2), sha)));
  assert.deepEqual(fs.readdirSync(path.join(root, 'a', sha.slice(0, 2))), [sha]);
  assert.equal((await store.stat(sha))?.size, bytes.length);
  assert.ok((await store.read(sha)).equals(bytes));
  const chunks: Buffer[] = [];
  for await (const c of store.get(sha, { start: 5, end: 8 })) chunks.push(c as Buffer);
  assert.equal(Buffer.concat(chunks).toString(), 'DICO');
});

test('a stream is hashed while written, without being held in memory', async () => {
  const store = new FileBlobStore(path.join(root, 'b'));
  async function* source() {
    for (let i = 0; i < 64; i++) yield Buffer.alloc(64 * 1024, i);
  }
  const stored = await store.putStream(source());
  const expected = createHash('sha256');
  for await (const c of source()) expected.update(c);
  assert.equal(stored.sha256, expected.digest('hex'));
  assert.equal(stored.size, 64 * 64 * 1024);
  assert.equal((await store.putStream(source())).created, false);
  assert.deepEqual(fs.readdirSync(path.join(root, 'b', 'tmp')), []);
});

test('the sweep removes old blobs no index row refers to, and stale temporary files, and keeps the rest', async () => {
  const database = await openTestDatabase();
  try {
    const store = new FileBlobStore(path.join(root, 'c'));
    const orphan = await store.putBytes(Buffer.from('orphan'));
    const fresh = await store.putBytes(Buffer.from('fresh'));
    const dir = path.dirname(store.pathOf(orphan.sha256));
    fs.writeFileSync(path.join(dir, '.tmp-deadbeef'), 'half');
    const old = new Date(Date.now() - 3 * 3600_000);
    fs.utimesSync(store.pathOf(orphan.sha256), old, old);
    fs.utimesSync(path.join(dir, '.tmp-deadbeef'), old, old);
    const result = await sweepOrphanBlobs(database.db, store, 60);
    assert.equal(result.removed, 2);
    assert.equal(await store.has(orphan.sha256), false);
    assert.equal(await store.has(fresh.sha256), true);
    assert.equal(fs.existsSync(path.join(dir, '.tmp-deadbeef')), false);
  } finally {
    await database.close();
  }
});

test('a store in the earlier ab/cd/ layout is moved to ab/ when opened, its stale temporary files dropped', () => {
  const dir = path.join(root, 'd');
  const blobs = ['first', 'second'].map((text) => ({ bytes: Buffer.from(text), sha: createHash('sha256').update(text).digest('hex') }));
  for (const b of blobs) {
    fs.mkdirSync(path.join(dir, b.sha.slice(0, 2), b.sha.slice(2, 4)), { recursive: true });
    fs.writeFileSync(path.join(dir, b.sha.slice(0, 2), b.sha.slice(2, 4), b.sha), b.bytes);
  }
  fs.writeFileSync(path.join(dir, blobs[0]!.sha.slice(0, 2), blobs[0]!.sha.slice(2, 4), '.tmp-0123456789abcdef'), 'half');
  const store = new FileBlobStore(dir);
  for (const b of blobs) {
    assert.ok(fs.readFileSync(store.pathOf(b.sha)).equals(b.bytes));
    assert.deepEqual(fs.readdirSync(path.join(dir, b.sha.slice(0, 2))), [b.sha], 'no legacy folder or temporary file is left');
  }
  // Opening it again finds nothing more to move.
  assert.ok(new FileBlobStore(dir).pathOf(blobs[1]!.sha).endsWith(`${blobs[1]!.sha.slice(0, 2)}${path.sep}${blobs[1]!.sha}`));
});

test('blobs written with deferred folder syncs are complete under their names, once each, and the folders are recorded for one sync', async () => {
  const store = new FileBlobStore(path.join(root, 'e'));
  const pending = new PendingDirectorySyncs();
  const contents = Array.from({ length: 40 }, (_, i) => Buffer.alloc(1000 + i, i));
  const stored = await Promise.all([...contents, contents[0]!].map((c) => store.putBytes(c, pending)));
  // The same content sent twice at once may be written twice: the second rename puts the same bytes under the same name.
  assert.equal(stored[40]!.sha256, stored[0]!.sha256);
  // Each blob's folder, and the parents of folders created on the way (the store itself is new here).
  for (const s of stored) assert.ok(pending.dirs.has(path.dirname(store.pathOf(s.sha256))));
  assert.ok(pending.dirs.has(store.root) && pending.dirs.has(path.dirname(store.root)));
  await store.syncDirectories(pending);
  assert.equal(pending.dirs.size, 0);
  for (const [i, s] of stored.slice(0, 40).entries()) assert.ok(fs.readFileSync(store.pathOf(s.sha256)).equals(contents[i]!));
  const names = fs.readdirSync(store.root, { recursive: true }) as string[];
  assert.equal(names.filter((n) => n.includes('.tmp-')).length, 0, 'no temporary file is left');
  assert.equal(names.filter((n) => /^[0-9a-f]{2}.[0-9a-f]{64}$/.test(n)).length, 40, 'each content once');
});

test('readInto (thread pool) and readIntoNow (synchronous) put a blob behind the caller\'s offset, and refuse a blob shorter than its index row', async () => {
  const store = new FileBlobStore(path.join(root, 'read-into'));
  for (const size of [1000, 1024 * 1024 + 1, 3 * 1024 * 1024]) {
    const bytes = Buffer.alloc(size, size % 251);
    bytes.writeUInt32BE(size, 0);
    const { sha256 } = await store.putBytes(bytes);
    const read = async (now: boolean, target: Buffer, length: number) => (now ? store.readIntoNow(sha256, length, target, 10) : store.readInto(sha256, length, target, 10));
    for (const now of [false, true]) {
      const target = Buffer.alloc(size + 20, 0xee);
      await read(now, target, size);
      assert.ok(target.subarray(10, 10 + size).equals(bytes), `${size} bytes${now ? ', synchronously' : ''}`);
      assert.equal(target[9], 0xee);
      assert.equal(target[10 + size], 0xee, 'nothing written past the blob');
      await assert.rejects(read(now, Buffer.alloc(size + 20), size + 5), new RegExp(`blob ${sha256} holds ${size} bytes where the index says ${size + 5}`));
    }
  }
  await assert.rejects(store.readInto('0'.repeat(64), 10, Buffer.alloc(10), 0), /ENOENT/);
  assert.throws(() => store.readIntoNow('0'.repeat(64), 10, Buffer.alloc(10), 0), /ENOENT/);
});
