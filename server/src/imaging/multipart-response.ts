// multipart/related response bodies (WADO-RS retrievals), streamed part by part. A part whose size
// is known is read straight into one buffer behind its part header (and, for the last part, in
// front of the closing delimiter): one chunk per part, no copy. Bodies are read ahead of the
// socket, a few parts and a bounded number of bytes at a time, so the reads overlap the writes. The
// stream pushes each part as soon as it is read, with no async generator in between (that cost
// about a third of the server's CPU per part).
//
// A part that can also be read synchronously (readIntoNow: a local file) is read so, when its turn
// comes and not ahead: a page-cached file costs a quarter to a fifth of the CPU of the thread pool's
// hand-overs. While the reads are quick the event loop is held for one cached read at a time; two
// reads in a row slower than SLOW_READ_MS (the files come from the disk: one alone may be a thread
// preempted on a busy machine) switch the rest of the body to the asynchronous reads ahead, so a
// cold series holds the loop for two disk reads at most.
//
// With a PartBufferPool, the parts' buffers are cut from 1 MB slabs that go back to the pool once
// the response has finished (every byte handed to the kernel): no new external memory per part.
// Fresh buffers for every part made V8 run a full mark-compact every few requests once an idle
// period had shrunk the heap (see the README).
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';

interface PartHeader {
  contentType: string;
  location?: string;
}

/** A body of known size, read into the buffer given at the offset given. */
export interface SizedPart extends PartHeader {
  size: number;
  readInto: (target: Buffer, offset: number) => Promise<void>;
  /** The same read, synchronously, when the source offers it. */
  readIntoNow?: (target: Buffer, offset: number) => void;
}

/** A body produced whole or as a stream (rewritten, or too large to hold). */
export interface ProducedPart extends PartHeader {
  body: () => Promise<Buffer | AsyncIterable<Buffer>>;
}

export type OutgoingPart = SizedPart | ProducedPart;

export function newBoundary(): string {
  return `corelab-${randomBytes(12).toString('hex')}`;
}

/** Parts requested ahead of the one being sent, and the bytes they may hold together. */
const READ_AHEAD_PARTS = 8;
const READ_AHEAD_BYTES = 32 * 1024 * 1024;
/** A synchronous read slower than this (ms) was probably not served from the page cache (see the header). */
const SLOW_READ_MS = 0.5;
const SLOW_READS_TO_SWITCH = 2;
/** Bytes the stream holds before it waits for its reader (a few ordinary files). */
const HIGH_WATER_MARK = 1024 * 1024;

const isSized = (part: OutgoingPart): part is SizedPart => 'readInto' in part;

export interface MultipartBody {
  stream: Readable;
  /** The exact length when every part's size is known beforehand. */
  contentLength: number | undefined;
  /** Gives the body's slabs back to the pool, if the body was sent whole: call it only once the response has finished (never after an aborted one). */
  release: () => void;
}

/** Slabs reused from one retrieval body to the next. */
export class PartBufferPool {
  readonly #free: Buffer[] = [];
  constructor(
    readonly slabBytes = 1024 * 1024,
    /** Slabs one body may take: parts beyond them get buffers of their own. */
    readonly slabsPerBody = 16,
    /** Slabs kept between bodies. */
    readonly keep = 32,
  ) {}

  take(): Buffer {
    return this.#free.pop() ?? Buffer.allocUnsafeSlow(this.slabBytes);
  }

  give(slabs: readonly Buffer[]): void {
    for (const slab of slabs) if (this.#free.length < this.keep) this.#free.push(slab);
  }

  get free(): number {
    return this.#free.length;
  }
}

export function multipartBody(boundary: string, parts: readonly OutgoingPart[], options: { slowReadMs?: number; pool?: PartBufferPool } = {}): MultipartBody {
  const slowReadMs = options.slowReadMs ?? SLOW_READ_MS;
  const pool = options.pool;
  const slabs: Buffer[] = [];
  let slab: Buffer | undefined;
  let used = 0;
  /** A buffer cut from the body's current slab (a new one taken when it is full), or one of its own. */
  const allocate = (bytes: number): Buffer => {
    if (!pool || bytes > pool.slabBytes) return Buffer.allocUnsafe(bytes);
    if (!slab || used + bytes > slab.length) {
      if (slabs.length >= pool.slabsPerBody) return Buffer.allocUnsafe(bytes);
      slab = pool.take();
      slabs.push(slab);
      used = 0;
    }
    used += bytes;
    return slab.subarray(used - bytes, used);
  };
  const headers = parts.map((p) => Buffer.from(`\r\n--${boundary}\r\nContent-Type: ${p.contentType}\r\n${p.location ? `Content-Location: ${p.location}\r\n` : ''}\r\n`, 'latin1'));
  const closing = Buffer.from(`\r\n--${boundary}--\r\n`, 'latin1');
  const contentLength = parts.every(isSized) ? headers.reduce((n, h, i) => n + h.length + (parts[i] as SizedPart).size, closing.length) : undefined;

  const framedBuffer = (i: number, part: SizedPart): { buffer: Buffer; at: number } => {
    const header = headers[i]!;
    const last = i === parts.length - 1;
    const buffer = allocate(header.length + part.size + (last ? closing.length : 0));
    header.copy(buffer, 0);
    if (last) closing.copy(buffer, header.length + part.size);
    return { buffer, at: header.length };
  };
  /** A part as the chunks to send: its header, its body, and after the last one the closing delimiter. */
  const framed = async (i: number): Promise<Buffer[] | AsyncIterable<Buffer>> => {
    const part = parts[i]!;
    const header = headers[i]!;
    const last = i === parts.length - 1;
    if (isSized(part)) {
      const { buffer, at } = framedBuffer(i, part);
      await part.readInto(buffer, at);
      return [buffer];
    }
    const body = await part.body();
    if (Buffer.isBuffer(body)) return last ? [header, body, closing] : [header, body];
    return (async function* () {
      yield header;
      for await (const chunk of body) yield chunk as Buffer;
      if (last) yield closing;
    })();
  };

  /** Synchronous reads while they are quick (see the header). */
  let readingNow = true;
  let slowReads = 0;
  const readsNow = (i: number) => readingNow && isSized(parts[i]!) && (parts[i] as SizedPart).readIntoNow !== undefined;
  const framedNow = (i: number): Buffer[] => {
    const part = parts[i] as SizedPart;
    const { buffer, at } = framedBuffer(i, part);
    const started = performance.now();
    part.readIntoNow!(buffer, at);
    slowReads = performance.now() - started > slowReadMs ? slowReads + 1 : 0;
    if (slowReads === SLOW_READS_TO_SWITCH) readingNow = false;
    return [buffer];
  };

  const pending: Array<Promise<Buffer[] | AsyncIterable<Buffer>> | undefined> = [];
  let requested = 0;
  let bytesAhead = 0;
  let next = 0;
  const sizeOf = (i: number) => (isSized(parts[i]!) ? (parts[i] as SizedPart).size : 0);
  const requestAhead = () => {
    if (requested < next) requested = next;
    while (requested < parts.length && requested <= next + READ_AHEAD_PARTS && (requested === next || bytesAhead + sizeOf(requested) <= READ_AHEAD_BYTES)) {
      if (readsNow(requested)) break; // read when its turn comes
      const body = framed(requested);
      body.catch(() => undefined); // awaited in turn below; never an unhandled rejection meanwhile
      pending[requested] = body;
      bytesAhead += sizeOf(requested);
      requested++;
    }
  };

  // The reader asks for more (_read) after a push was refused, or the stream is destroyed (client gone).
  let resume: (() => void) | undefined;
  const demand = () => new Promise<void>((resolve) => (resume = resolve));
  const wake = () => {
    const r = resume;
    resume = undefined;
    r?.();
  };
  /** Pushes a chunk; false once the stream is destroyed (the caller stops, closing any file it streams). */
  const send = async (chunk: Buffer): Promise<boolean> => {
    if (!stream.push(chunk)) await demand();
    return !stream.destroyed;
  };
  const pump = async () => {
    try {
      while (next < parts.length) {
        requestAhead();
        const ahead = pending[next];
        let chunks: Buffer[] | AsyncIterable<Buffer>;
        if (ahead) {
          chunks = await ahead;
          pending[next] = undefined; // released once sent
          bytesAhead -= sizeOf(next);
        } else chunks = framedNow(next);
        next++;
        if (stream.destroyed) return;
        if (Array.isArray(chunks)) {
          for (const chunk of chunks) if (!(await send(chunk))) return;
        } else {
          for await (const chunk of chunks) if (!(await send(chunk))) return;
        }
      }
      if (parts.length === 0) stream.push(closing);
      stream.push(null);
      complete = true;
    } catch (error) {
      stream.destroy(error as Error);
    }
  };

  let started = false;
  let complete = false;
  const stream = new Readable({
    highWaterMark: HIGH_WATER_MARK,
    read() {
      if (started) return wake();
      started = true;
      void pump();
    },
    destroy(error, callback) {
      wake();
      callback(error);
    },
  });
  let released = false;
  const release = () => {
    // Only a body sent whole: a failed one may still have reads ahead writing into its slabs.
    if (released || !complete || !pool) return;
    released = true;
    pool.give(slabs);
  };
  return { stream, contentLength, release };
}
