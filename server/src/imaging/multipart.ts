// A streaming reader of multipart/related bodies (RFC 2387) for STOW-RS: parts are yielded one at a
// time as they complete, so the request is never held whole; each part, the part count and the
// total size are bounded.
import { DomainError } from '../platform/domain-error.ts';

export interface MultipartLimits {
  maxParts: number;
  maxPartBytes: number;
  maxTotalBytes: number;
}

export interface Part {
  headers: Record<string, string>;
  body: Buffer;
}

const MAX_HEADER_BYTES = 16 * 1024;

export function boundaryOf(contentType: string | undefined): { boundary: string; type: string | undefined } {
  const value = contentType ?? '';
  if (!/^multipart\/related\b/i.test(value)) throw new DomainError('invalid', 'dicomweb.unsupported-media-type', 'STOW-RS takes multipart/related; type="application/dicom" bodies');
  // RFC 2046 caps a boundary at 70 characters, but Orthanc's DICOMweb client (1.7) sends 73: accept
  // up to 200 rather than cut it short and find no part.
  const boundary = /boundary=(?:"([^"]{1,200})"|([^;,\s]{1,200}))/i.exec(value);
  if (!boundary) throw new DomainError('invalid', 'dicomweb.missing-boundary', 'the multipart/related content type names no boundary');
  const type = /type="?([^";]+)"?/i.exec(value)?.[1]?.toLowerCase();
  return { boundary: (boundary[1] ?? boundary[2])!, type };
}

/** Whether a delimiter starts within `tail` and ends in the first bytes of `next` (which holds at least a delimiter's length). */
function delimiterStartsIn(tail: Buffer, next: Buffer, delimiter: Buffer): boolean {
  const joined = Buffer.concat([tail, next.subarray(0, delimiter.length)]);
  const at = joined.indexOf(delimiter);
  return at !== -1 && at < tail.length;
}

/** Yields each part; a part above maxPartBytes is yielded with an empty body and `tooLarge` set. */
export async function* readParts(source: AsyncIterable<Buffer>, boundary: string, limits: MultipartLimits): AsyncGenerator<Part & { tooLarge?: boolean }> {
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  // The body starts with "--boundary" without the CRLF: pretend it was there.
  let pending: Buffer = Buffer.from('\r\n');
  let state: 'preamble' | 'headers' | 'body' | 'done' = 'preamble';
  let headers: Record<string, string> = {};
  let chunks: Buffer[] = [];
  let partBytes = 0;
  let tooLarge = false;
  let total = 0;
  let parts = 0;

  const finishPart = (): Part & { tooLarge?: boolean } => {
    const part = { headers, body: tooLarge ? Buffer.alloc(0) : chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, partBytes), ...(tooLarge && { tooLarge }) };
    chunks = [];
    partBytes = 0;
    tooLarge = false;
    headers = {};
    return part;
  };
  const keep = (bytes: Buffer) => {
    if (bytes.length === 0) return;
    partBytes += bytes.length;
    if (partBytes > limits.maxPartBytes) {
      tooLarge = true;
      chunks = [];
    } else if (!tooLarge) chunks.push(bytes);
  };

  for await (const chunk of source) {
    total += chunk.length;
    if (total > limits.maxTotalBytes) throw new DomainError('invalid', 'dicomweb.request-too-large', `a STOW-RS request may carry at most ${limits.maxTotalBytes} bytes`);
    if (pending.length === 0) pending = chunk;
    else if (state === 'body' && pending.length <= delimiter.length + 1 && chunk.length >= delimiter.length + 2 && !delimiterStartsIn(pending, chunk, delimiter)) {
      // The usual case inside a large part: the few bytes held back from the previous chunk hold no
      // start of a delimiter, so they are body, and the new chunk is searched as it is, not copied.
      keep(pending);
      pending = chunk;
    } else pending = Buffer.concat([pending, chunk]);
    for (;;) {
      if (state === 'preamble' || state === 'body') {
        const at = pending.indexOf(delimiter);
        if (at === -1) {
          const safe = Math.max(0, pending.length - delimiter.length - 1);
          if (state === 'body') keep(pending.subarray(0, safe));
          pending = pending.subarray(safe);
          break;
        }
        if (pending.length < at + delimiter.length + 2) break;
        if (state === 'body') {
          keep(pending.subarray(0, at));
          yield finishPart();
        }
        const after = pending.subarray(at + delimiter.length, at + delimiter.length + 2).toString('latin1');
        pending = pending.subarray(at + delimiter.length + 2);
        if (after === '--') {
          state = 'done';
          break;
        }
        if (++parts > limits.maxParts) throw new DomainError('invalid', 'dicomweb.too-many-parts', `a STOW-RS request may carry at most ${limits.maxParts} parts`);
        state = 'headers';
        // Transport padding after the boundary, then CRLF.
        if (after !== '\r\n') {
          const eol = pending.indexOf('\r\n');
          if (eol === -1 || eol > 64) throw new DomainError('invalid', 'dicomweb.malformed-multipart', 'a multipart boundary line is malformed');
          pending = pending.subarray(eol + 2);
        }
        continue;
      }
      if (state === 'headers') {
        const end = pending.indexOf('\r\n\r\n');
        const emptyHeaders = pending.subarray(0, 2).toString('latin1') === '\r\n';
        if (end === -1 && !emptyHeaders) {
          if (pending.length > MAX_HEADER_BYTES) throw new DomainError('invalid', 'dicomweb.malformed-multipart', 'the headers of a part are too long');
          break;
        }
        const block = emptyHeaders ? '' : pending.subarray(0, end).toString('latin1');
        pending = pending.subarray(emptyHeaders ? 2 : end + 4);
        for (const line of block.split('\r\n')) {
          const colon = line.indexOf(':');
          if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
        }
        state = 'body';
        continue;
      }
      break;
    }
    if (state === 'done') break;
  }
  if (state !== 'done') throw new DomainError('invalid', 'dicomweb.truncated-multipart', 'the multipart body ends before its closing boundary');
}
