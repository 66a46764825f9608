// Reading an export file: lines of strict UTF-8 no longer than 1 MiB, streamed so that memory does
// not grow with the file, and a first look at its tail to learn which events the checkpoints name.
import fs from 'node:fs';
import { FormatError } from './export-format.ts';

export const MAX_LINE_BYTES = 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;
const NEWLINE = 0x0a;
/** The checkpoints sit at the end of the file; this is far more of them than decades of signing make. */
const MAX_TAIL_BYTES = 64 * 1024 * 1024;

export interface Line {
  number: number;
  text: string;
}

const tooLong = (line: number) => new FormatError(line, `longer than ${MAX_LINE_BYTES} bytes: not a line of a Corelab export`);

/** Yields the lines of the file a chunk at a time; `onBytes` hears how far reading has gone. */
export async function* readLines(file: string, onBytes?: (bytesRead: number) => void): AsyncGenerator<Line[]> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (bytes: Uint8Array, number: number) => {
    try {
      return decoder.decode(bytes);
    } catch {
      throw new FormatError(number, 'not valid UTF-8 text');
    }
  };
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let number = 0;
  let bytesRead = 0;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>) {
    bytesRead += chunk.length;
    const lines: Line[] = [];
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      number++;
      const piece = chunk.subarray(start, end);
      if (pendingBytes + piece.length > MAX_LINE_BYTES) throw tooLong(number);
      lines.push({ number, text: decode(pendingBytes === 0 ? piece : Buffer.concat([...pending, piece]), number) });
      pending = [];
      pendingBytes = 0;
      start = end + 1;
    }
    if (start < chunk.length) {
      pendingBytes += chunk.length - start;
      if (pendingBytes > MAX_LINE_BYTES) throw tooLong(number + 1);
      pending.push(chunk.subarray(start));
    }
    onBytes?.(bytesRead);
    if (lines.length > 0) yield lines;
  }
  if (pendingBytes > 0) throw new FormatError(number + 1, 'the file ends in the middle of this line (no final line feed): it was cut off');
}

function typeAndSeq(text: string): { type: unknown; seq: unknown } | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as { type: unknown; seq: unknown }) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The seq of every checkpoint line after the last event, read from the end of the file. Only a
 * hint for the streaming pass, which keeps the hashes of these events and checks every line itself.
 */
export function checkpointSeqsFromTail(file: string): Set<string> {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    for (let window = CHUNK_BYTES; ; window *= 2) {
      const start = Math.max(0, size - window);
      const buffer = Buffer.alloc(size - start);
      for (let filled = 0; filled < buffer.length; ) {
        const read = fs.readSync(fd, buffer, filled, buffer.length - filled, start + filled);
        if (read === 0) break;
        filled += read;
      }
      const lines = buffer.toString('utf8').split('\n');
      if (start > 0) lines.shift(); // begins mid-line
      const seqs = new Set<string>();
      let reachedEvents = false;
      for (let i = lines.length - 1; i >= 0 && !reachedEvents; i--) {
        const value = typeAndSeq(lines[i]!);
        if (value?.type === 'event' || value?.type === 'header') reachedEvents = true;
        else if (value?.type === 'checkpoint' && typeof value.seq === 'string') seqs.add(value.seq);
      }
      if (reachedEvents || start === 0 || window >= MAX_TAIL_BYTES) return seqs;
    }
  } finally {
    fs.closeSync(fd);
  }
}
