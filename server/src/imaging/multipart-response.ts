// multipart/related response bodies, streamed part by part (WADO-RS retrievals).
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';

export interface OutgoingPart {
  contentType: string;
  location?: string;
  body: () => Promise<Buffer | AsyncIterable<Buffer>>;
}

export function newBoundary(): string {
  return `corelab-${randomBytes(12).toString('hex')}`;
}

export function multipartStream(boundary: string, parts: Iterable<OutgoingPart>): Readable {
  async function* generate() {
    for (const part of parts) {
      yield Buffer.from(`\r\n--${boundary}\r\nContent-Type: ${part.contentType}\r\n${part.location ? `Content-Location: ${part.location}\r\n` : ''}\r\n`, 'latin1');
      const body = await part.body();
      if (Buffer.isBuffer(body)) yield body;
      else for await (const chunk of body) yield chunk as Buffer;
    }
    yield Buffer.from(`\r\n--${boundary}--\r\n`, 'latin1');
  }
  return Readable.from(generate(), { objectMode: false });
}
