// STOW-RS as a client speaks it (PS3.18 10.5): the multipart/related request body and the reading
// of the Store Instances response. Browser-safe: the web page uses it too.

export interface StowOutcome {
  stored: Set<string>;
  /** SOP Instance UID → the server's reason (ErrorComment: "code: sentence"). */
  failed: Map<string, string>;
  /** Failures the server could not tie to an instance. */
  unattributed: string[];
}

export function newBoundary(): string {
  const random = new Uint8Array(16);
  crypto.getRandomValues(random);
  return `corelab-${Array.from(random, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export const stowContentType = (boundary: string) => `multipart/related; type="application/dicom"; boundary=${boundary}`;

/** One part per instance, each `Content-Type: application/dicom`. */
export function stowBody(instances: readonly Uint8Array[], boundary: string): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const head = encoder.encode(`--${boundary}\r\nContent-Type: application/dicom\r\n\r\n`);
  const between = encoder.encode('\r\n');
  const tail = encoder.encode(`--${boundary}--\r\n`);
  const size = instances.reduce((sum, part) => sum + head.byteLength + part.byteLength + between.byteLength, tail.byteLength);
  const body = new Uint8Array(size);
  let offset = 0;
  for (const part of instances) {
    for (const chunk of [head, part, between]) {
      body.set(chunk, offset);
      offset += chunk.byteLength;
    }
  }
  body.set(tail, offset);
  return body;
}

type Item = Record<string, { Value?: unknown[] } | undefined>;
const first = (item: Item, tag: string): string | undefined => {
  const value = item[tag]?.Value?.[0];
  return value === undefined ? undefined : String(value);
};

/** Reads the response data set: ReferencedSOPSequence and FailedSOPSequence. */
export function readStowResponse(dataset: unknown): StowOutcome {
  const root = (dataset ?? {}) as Item;
  const items = (tag: string) => ((root[tag]?.Value ?? []) as Item[]);
  const outcome: StowOutcome = { stored: new Set(), failed: new Map(), unattributed: [] };
  for (const item of items('00081199')) {
    const sop = first(item, '00081155');
    if (sop) outcome.stored.add(sop);
  }
  for (const item of items('00081198')) {
    const sop = first(item, '00081155');
    const reason = first(item, '00000902') ?? `failure reason 0x${Number(first(item, '00081197') ?? 0).toString(16)}`;
    if (sop) outcome.failed.set(sop, reason);
    else outcome.unattributed.push(reason);
  }
  return outcome;
}
