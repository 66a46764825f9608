// Content-addressed storage of DICOM files: a blob's name is the SHA-256 of its bytes, so the same
// content is stored once and a stored blob never changes. The filesystem implementation writes
// atomically (temporary file in the destination folder, fsync, rename, fsync of the folder) into
// 256 folders named by the digest's first two hex digits (`ab/<sha256>`): few enough that they are
// created once, not one new folder (with its own fsyncs) per blob as the earlier `ab/cd/<sha256>`
// layout needed; a store in that layout is moved to this one when opened.
//
// An S3-compatible implementation fits the same interface: `put` uploads to a temporary key (or a
// multipart upload) while hashing, then copies to `blobs/ab/<sha256>` with If-None-Match: * and
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
  /**
   * Reads a blob whose size the caller knows (from the index) into `target` at `offset`, so a
   * response can frame it without a copy; refused if the stored blob is shorter.
   */
  readInto(sha256: string, size: number, target: Buffer, offset: number): Promise<void>;
  /** The same, synchronously: offered by a store of local files, where a cached read is cheaper so (see multipartBody). */
  readIntoNow?(sha256: string, size: number, target: Buffer, offset: number): void;
  has(sha256: string): Promise<boolean>;
  stat(sha256: string): Promise<BlobStat | undefined>;
  /** Every blob with its age, for the orphan sweep. */
  list(): AsyncIterable<{ sha256: string; modifiedAt: Date }>;
  delete(sha256: string): Promise<void>;
}

const SHA256 = /^[0-9a-f]{64}$/;
const shortBlob = (sha256: string, done: number, size: number) => new Error(`blob ${sha256} holds ${done} bytes where the index says ${size}`);

const FOLDER = /^[0-9a-f]{2}$/;

export class FileBlobStore implements BlobStore {
  private readonly knownDirs = new Set<string>();
  /** Temporary names: unique to this store object (random prefix) and to each write (counter). */
  private readonly temporaryPrefix = `.tmp-${randomBytes(6).toString('hex')}-`;
  private temporaryCount = 0;
  /**
   * Descriptors of the 256 blob folders, opened once and held for the life of the store (the
   * server's): a folder is fsynced after nearly every batch, and an open and a close around each
   * fsync were two more trips through the thread pool.
   */
  private readonly folderDescriptors = new Map<string, Promise<number>>();

  /** Opening a store in the earlier layout moves its blobs into this one first (see upgradeLayout). */
  constructor(readonly root: string) {
    upgradeLayout(root);
  }

  pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error('not a SHA-256 digest');
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  async putBytes(bytes: Uint8Array, deferred?: PendingDirectorySyncs): Promise<StoredBlob> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const target = this.pathOf(sha256);
    const dir = path.dirname(target);
    const pending = deferred ?? new PendingDirectorySyncs();
    // A synchronous lookup of one cached folder entry costs a few µs, an asynchronous one a round trip
    // through the thread pool (and an exception when absent, the usual case).
    if (fs.existsSync(target)) {
      await touch(target);
      // Another writer may have renamed it there without having fsynced the folder yet.
      pending.dirs.add(dir);
      if (!deferred) await this.syncDirectories(pending);
      return { sha256, size: bytes.length, created: false };
    }
    await this.ensureDir(dir, pending);
    const temporary = path.join(dir, `${this.temporaryPrefix}${(this.temporaryCount++).toString(36)}`);
    try {
      await writeDurably(temporary, bytes);
      await rename(temporary, target);
    } catch (error) {
      await fsp.rm(temporary, { force: true });
      throw error;
    }
    pending.dirs.add(dir);
    if (!deferred) await this.syncDirectories(pending);
    return { sha256, size: bytes.length, created: true };
  }

  async syncDirectories(pending: PendingDirectorySyncs): Promise<void> {
    const dirs = [...pending.dirs];
    pending.dirs.clear();
    await Promise.all(dirs.map((dir) => (path.dirname(dir) === this.root && FOLDER.test(path.basename(dir)) ? this.syncFolder(dir) : syncDirectory(dir))));
  }

  private async syncFolder(dir: string): Promise<void> {
    let fd = this.folderDescriptors.get(dir);
    if (!fd) {
      fd = openDirectory(dir);
      this.folderDescriptors.set(dir, fd);
      // A failed open is not kept: the next sync tries again.
      fd.catch(() => this.folderDescriptors.delete(dir));
    }
    const descriptor = await fd;
    await new Promise<void>((resolve, reject) => fs.fsync(descriptor, (error) => (error ? reject(error) : resolve())));
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

  /**
   * A page-cached 130 KB file costs about 25 µs of CPU this way, against 40–130 µs through the
   * thread pool (readInto: three hand-overs between threads, each a wake-up), but the calling
   * thread waits for the disk when the file is not cached: see multipartBody for how it is used.
   */
  readIntoNow(sha256: string, size: number, target: Buffer, offset: number): void {
    const fd = fs.openSync(this.pathOf(sha256), 'r');
    try {
      for (let done = 0; done < size; ) {
        const bytesRead = fs.readSync(fd, target, offset + done, size - done, done);
        if (bytesRead === 0) throw shortBlob(sha256, done, size);
        done += bytesRead;
      }
    } finally {
      fs.closeSync(fd);
    }
  }

  /** Open, read (once, for a file of ordinary size), close, through the callback API: a thread-pool round trip fewer than readFile (no fstat) and no FileHandle. */
  readInto(sha256: string, size: number, target: Buffer, offset: number): Promise<void> {
    const file = this.pathOf(sha256);
    return new Promise((resolve, reject) => {
      fs.open(file, 'r', (openError, fd) => {
        if (openError) return reject(openError);
        // The close is not waited for: the bytes are in, and closing a file opened for reading cannot lose anything.
        const finish = (error: Error | null) => {
          fs.close(fd, () => undefined);
          if (error) reject(error);
          else resolve();
        };
        const readFrom = (done: number): void =>
          fs.read(fd, target, offset + done, size - done, done, (readError, bytesRead) => {
            if (readError) return finish(readError);
            if (bytesRead === 0) return finish(shortBlob(sha256, done, size));
            if (done + bytesRead < size) return readFrom(done + bytesRead);
            finish(null);
          });
        readFrom(0);
      });
    });
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
      if (!FOLDER.test(a)) continue;
      for (const name of await readdirOrEmpty(path.join(this.root, a))) {
        const s = await fsp.stat(path.join(this.root, a, name)).catch(() => undefined);
        if (!s) continue;
        // A temporary file left by a crash is an orphan too; its "name" is not a digest.
        yield { sha256: SHA256.test(name) ? name : `${a}/${name}`, modifiedAt: s.mtime };
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

/**
 * Writes a new file and makes its content durable before resolving: open (failing if it exists),
 * write, fsync, close, through the callback API (one promise for the whole sequence instead of one
 * per step and a FileHandle).
 */
function writeDurably(file: string, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => fs.writeFile(file, bytes, { flag: 'wx', mode: 0o640, flush: true }, (error) => (error ? reject(error) : resolve())));
}

function rename(from: string, to: string): Promise<void> {
  return new Promise((resolve, reject) => fs.rename(from, to, (error) => (error ? reject(error) : resolve())));
}

function openDirectory(dir: string): Promise<number> {
  return new Promise((resolve, reject) => fs.open(dir, 'r', (error, fd) => (error ? reject(error) : resolve(fd))));
}

function syncDirectory(dir: string): Promise<void> {
  return openDirectory(dir).then(
    (fd) => new Promise((resolve, reject) => fs.fsync(fd, (syncError) => fs.close(fd, (closeError) => (syncError ?? closeError ? reject(syncError ?? closeError) : resolve())))),
  );
}

/**
 * Moves the blobs of a store in the earlier `ab/cd/<sha256>` layout to `ab/<sha256>`, each move an
 * atomic rename made durable (folder fsync) before the emptied `cd` folder goes, so an interruption
 * leaves every blob in one layout or the other and the next opening finishes the job. Temporary files
 * of interrupted writes found there are dropped. Synchronous: it runs once, when the server starts.
 */
export function upgradeLayout(root: string): number {
  let moved = 0;
  for (const a of readdirSyncOrEmpty(root)) {
    if (!FOLDER.test(a)) continue;
    const top = path.join(root, a);
    for (const entry of fs.readdirSync(top, { withFileTypes: true })) {
      if (!entry.isDirectory() || !FOLDER.test(entry.name)) continue;
      const legacy = path.join(top, entry.name);
      for (const name of fs.readdirSync(legacy)) {
        if (SHA256.test(name)) {
          fs.renameSync(path.join(legacy, name), path.join(top, name));
          moved++;
        } else fs.rmSync(path.join(legacy, name), { force: true });
      }
      fsyncSyncDirectory(top);
      fs.rmdirSync(legacy);
    }
  }
  return moved;
}

function fsyncSyncDirectory(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function readdirSyncOrEmpty(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
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
