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

/** Part bodies requested ahead of the one being sent, so the reads overlap the socket writes. */
const READ_AHEAD = 4;

export function multipartStream(boundary: string, parts: Iterable<OutgoingPart>): Readable {
  async function* generate() {
    const list = [...parts];
    const bodies: Array<Promise<Buffer | AsyncIterable<Buffer>>> = [];
    const request = (i: number) => {
      if (i < list.length && bodies[i] === undefined) {
        const body = list[i]!.body();
        body.catch(() => undefined); // awaited in turn below; never an unhandled rejection meanwhile
        bodies[i] = body;
      }
    };
    for (let i = 0; i < list.length; i++) {
      for (let j = i; j <= i + READ_AHEAD; j++) request(j);
      const part = list[i]!;
      const header = Buffer.from(`\r\n--${boundary}\r\nContent-Type: ${part.contentType}\r\n${part.location ? `Content-Location: ${part.location}\r\n` : ''}\r\n`, 'latin1');
      const body = await bodies[i]!;
      bodies[i] = undefined as unknown as Promise<Buffer>; // release it once sent
      if (Buffer.isBuffer(body)) {
        yield header;
        yield body;
      } else {
        yield header;
        for await (const chunk of body) yield chunk as Buffer;
      }
    }
    yield Buffer.from(`\r\n--${boundary}--\r\n`, 'latin1');
  }
  return Readable.from(generate(), { objectMode: false });
}
