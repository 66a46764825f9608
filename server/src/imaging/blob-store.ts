// Content-addressed storage of DICOM files: a blob's name is the SHA-256 of its bytes, so the same
// content is stored once and a stored blob never changes. The filesystem implementation writes
// atomically (temporary file in the destination folder, fsync, rename, fsync of the folder).
//
// An S3-compatible implementation fits the same interface: `put` uploads to a temporary key (or a
// multipart upload) while hashing, then copies to `blobs/ab/cd/<sha256>` with If-None-Match: * and
// deletes the temporary key (a PUT is atomic on S3, so no fsync); `get` is a ranged GetObject
// stream; `has`/`stat` are HeadObject; `list` is ListObjectsV2 under `blobs/` with LastModified as
// the age the orphan sweep needs.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

export interface StoredBlob {
  sha256: string;
  size: number;
  /** False when a blob with this content was already there (deduplicated). */
  created: boolean;
}

export interface BlobStat {
  size: number;
  modifiedAt: Date;
}

/**
 * Folders whose new entries (renamed blobs, created sub-folders) still need an fsync: a caller that
 * stores many blobs before one index commit passes one to putBytes and calls syncDirectories once
 * before committing, so the folder fsyncs run together instead of one after another per blob.
 */
export class PendingDirectorySyncs {
  readonly dirs = new Set<string>();
}

export interface BlobStore {
  /**
   * Stores bytes already in memory: hashed first, written only if new. The content is durable and
   * visible under its final name only once complete (fsync, then rename). Without `deferred`, the
   * folder entry is fsynced before this resolves; with it, the folder is recorded there and
   * becomes durable at syncDirectories (which must run before any index row names the blob).
   */
  putBytes(bytes: Uint8Array, deferred?: PendingDirectorySyncs): Promise<StoredBlob>;
  /** Makes the folder entries recorded in `pending` durable (all of them, concurrently). */
  syncDirectories(pending: PendingDirectorySyncs): Promise<void>;
  /** Stores a stream without holding it in memory: hashed while written to a temporary file. */
  putStream(source: AsyncIterable<Uint8Array>): Promise<StoredBlob>;
  /** A stream of the blob, or of the byte range [start, end] (inclusive, as in fs.createReadStream). */
  get(sha256: string, range?: { start: number; end: number }): Readable;
  read(sha256: string): Promise<Buffer>;
  has(sha256: string): Promise<boolean>;
  stat(sha256: string): Promise<BlobStat | undefined>;
  /** Every blob with its age, for the orphan sweep. */
  list(): AsyncIterable<{ sha256: string; modifiedAt: Date }>;
  delete(sha256: string): Promise<void>;
}

const SHA256 = /^[0-9a-f]{64}$/;

export class FileBlobStore implements BlobStore {
  private readonly knownDirs = new Set<string>();

  constructor(readonly root: string) {}

  pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error('not a SHA-256 digest');
    return path.join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async putBytes(bytes: Uint8Array, deferred?: PendingDirectorySyncs): Promise<StoredBlob> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const target = this.pathOf(sha256);
    const dir = path.dirname(target);
    const pending = deferred ?? new PendingDirectorySyncs();
    if (await touch(target)) {
      // Another writer may have renamed it there without having fsynced the folder yet.
      pending.dirs.add(dir);
      if (!deferred) await this.syncDirectories(pending);
      return { sha256, size: bytes.length, created: false };
    }
    await this.ensureDir(dir, pending);
    const temporary = path.join(dir, `.tmp-${randomBytes(8).toString('hex')}`);
    const handle = await fsp.open(temporary, 'wx', 0o640);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fsp.rename(temporary, target);
    pending.dirs.add(dir);
    if (!deferred) await this.syncDirectories(pending);
    return { sha256, size: bytes.length, created: true };
  }

  async syncDirectories(pending: PendingDirectorySyncs): Promise<void> {
    const dirs = [...pending.dirs];
    pending.dirs.clear();
    await Promise.all(dirs.map(syncDirectory));
  }

  async putStream(source: AsyncIterable<Uint8Array>): Promise<StoredBlob> {
    const staging = path.join(this.root, 'tmp');
    const pending = new PendingDirectorySyncs();
    await this.ensureDir(staging, pending);
    const temporary = path.join(staging, `.tmp-${randomBytes(8).toString('hex')}`);
    const hash = createHash('sha256');
    let size = 0;
    const handle = await fsp.open(temporary, 'wx', 0o640);
    try {
      for await (const chunk of source) {
        hash.update(chunk);
        size += chunk.length;
        await handle.write(chunk);
      }
      await handle.sync();
    } catch (error) {
      await handle.close();
      await fsp.rm(temporary, { force: true });
      throw error;
    }
    await handle.close();
    const sha256 = hash.digest('hex');
    const target = this.pathOf(sha256);
    if (await touch(target)) {
      await fsp.rm(temporary, { force: true });
      return { sha256, size, created: false };
    }
    await this.ensureDir(path.dirname(target), pending);
    await fsp.rename(temporary, target);
    pending.dirs.add(path.dirname(target));
    await this.syncDirectories(pending);
    return { sha256, size, created: true };
  }

  get(sha256: string, range?: { start: number; end: number }): Readable {
    return fs.createReadStream(this.pathOf(sha256), { ...range, highWaterMark: 256 * 1024 });
  }

  read(sha256: string): Promise<Buffer> {
    return fsp.readFile(this.pathOf(sha256));
  }

  async has(sha256: string): Promise<boolean> {
    return exists(this.pathOf(sha256));
  }

  async stat(sha256: string): Promise<BlobStat | undefined> {
    try {
      const s = await fsp.stat(this.pathOf(sha256));
      return { size: s.size, modifiedAt: s.mtime };
    } catch {
      return undefined;
    }
  }

  async *list(): AsyncIterable<{ sha256: string; modifiedAt: Date }> {
    for (const a of await readdirOrEmpty(this.root)) {
      if (!/^[0-9a-f]{2}$/.test(a)) continue;
      for (const b of await readdirOrEmpty(path.join(this.root, a))) {
        const dir = path.join(this.root, a, b);
        for (const name of await readdirOrEmpty(dir)) {
          const s = await fsp.stat(path.join(dir, name)).catch(() => undefined);
          if (!s) continue;
          // A temporary file left by a crash is an orphan too; its "name" is not a digest.
          yield { sha256: SHA256.test(name) ? name : `${a}/${b}/${name}`, modifiedAt: s.mtime };
        }
      }
    }
    for (const name of await readdirOrEmpty(path.join(this.root, 'tmp'))) {
      const s = await fsp.stat(path.join(this.root, 'tmp', name)).catch(() => undefined);
      if (s) yield { sha256: `tmp/${name}`, modifiedAt: s.mtime };
    }
  }

  async delete(sha256: string): Promise<void> {
    const file = SHA256.test(sha256) ? this.pathOf(sha256) : path.join(this.root, sha256);
    if (!file.startsWith(this.root + path.sep)) throw new Error('blob path outside the store');
    await fsp.rm(file, { force: true });
  }

  /** Creates the folder if needed; each folder created is a new entry in its parent, to be fsynced too. */
  private async ensureDir(dir: string, pending: PendingDirectorySyncs): Promise<void> {
    if (this.knownDirs.has(dir)) return;
    const created = await fsp.mkdir(dir, { recursive: true, mode: 0o750 });
    if (created) for (let d = dir; d.length >= created.length && d !== path.dirname(d); d = path.dirname(d)) pending.dirs.add(path.dirname(d));
    this.knownDirs.add(dir);
  }
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await fsp.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Marks an existing blob as fresh, so the orphan sweep spares it until its new index row commits. */
async function touch(file: string): Promise<boolean> {
  try {
    const now = new Date();
    await fsp.utimes(file, now, now);
    return true;
  } catch {
    return false;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fsp.access(file);
    return true;
  } catch {
    return false;
  }
}

async function readdirOrEmpty(dir: string): Promise<string[]> {
  try {
    return await fsp.readdir(dir);
  } catch {
    return [];
  }
}
