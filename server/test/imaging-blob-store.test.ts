// The content-addressed store: deduplicated, atomic, streamed; the orphan sweep.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { FileBlobStore } from '../src/imaging/blob-store.ts';
import { sweepOrphanBlobs } from '../src/imaging/orphan-sweep.ts';
import { openTestDatabase } from './support/test-database.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-blobs-'));
after(() => fs.rmSync(root, { recursive: true, force: true }));

test('the same content is stored once, under its SHA-256, in ab/cd/ folders, with no temporary file left', async () => {
  const store = new FileBlobStore(path.join(root, 'a'));
  const bytes = Buffer.from('some DICOM bytes');
  const sha = createHash('sha256').update(bytes).digest('hex');
  const first = await store.putBytes(bytes);
  const second = await store.putBytes(Buffer.from(bytes));
  assert.deepEqual(first, { sha256: sha, size: bytes.length, created: true });
  assert.equal(second.created, false);
  assert.ok(fs.existsSync(path.join(root, 'a', sha.slice(0, 2), sha.slice(2, 4), sha)));
  assert.deepEqual(fs.readdirSync(path.join(root, 'a', sha.slice(0, 2), sha.slice(2, 4))), [sha]);
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
