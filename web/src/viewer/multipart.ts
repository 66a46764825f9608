// Reads a multipart/related body (WADO-RS) into the bytes of its parts: the boundary comes from the
// Content-Type, each part's headers end at the first blank line.
const CRLF_CRLF = [13, 10, 13, 10];

function indexOf(haystack: Uint8Array, needle: Uint8Array | number[], from: number): number {
  outer: for (let i = from; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

export function boundaryOf(contentType: string): string {
  const match = /boundary="?([^";]+)"?/i.exec(contentType);
  if (!match) throw new Error(`not a multipart answer: ${contentType}`);
  return match[1]!;
}

export function multipartParts(body: Uint8Array, boundary: string): Uint8Array[] {
  const delimiter = new TextEncoder().encode(`--${boundary}`);
  const parts: Uint8Array[] = [];
  let at = indexOf(body, delimiter, 0);
  while (at !== -1) {
    const afterDelimiter = at + delimiter.length;
    // "--" after the delimiter closes the body.
    if (body[afterDelimiter] === 45 && body[afterDelimiter + 1] === 45) break;
    const headersEnd = indexOf(body, CRLF_CRLF, afterDelimiter);
    if (headersEnd === -1) break;
    const next = indexOf(body, delimiter, headersEnd + 4);
    if (next === -1) break;
    // The part ends before the CRLF that precedes the next delimiter.
    parts.push(body.subarray(headersEnd + 4, next - 2));
    at = next;
  }
  return parts;
}
