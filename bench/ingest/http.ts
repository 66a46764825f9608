// HTTP on loopback keep-alive connections, the DICOMweb multipart body, and a server's peak RSS read
// from /proc while it works.
import fs from 'node:fs';
import http from 'node:http';

export const keepAlive = (sockets: number) => new http.Agent({ keepAlive: true, maxSockets: sockets });

export interface Answer {
  status: number;
  body: Buffer;
  contentType: string;
}

export function request(agent: http.Agent, url: string, options: { method?: string; headers?: Record<string, string>; body?: Buffer | Buffer[] } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { agent, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), contentType: String(res.headers['content-type'] ?? '') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    const body = options.body;
    if (Array.isArray(body)) {
      req.setHeader('content-length', body.reduce((n, b) => n + b.length, 0));
      for (const b of body) req.write(b);
      req.end();
    } else req.end(body);
  });
}

export function multipart(parts: Uint8Array[], boundary: string): Buffer[] {
  const out: Buffer[] = [];
  for (const p of parts) out.push(Buffer.from(`--${boundary}\r\nContent-Type: application/dicom\r\n\r\n`), Buffer.from(p.buffer, p.byteOffset, p.byteLength), Buffer.from('\r\n'));
  out.push(Buffer.from(`--${boundary}--\r\n`));
  return out;
}

/** Counts the parts of a multipart/related answer without copying them. */
export function countParts(body: Buffer, contentType: string): number {
  const boundary = /boundary="?([^";]+)"?/.exec(contentType)?.[1];
  if (!boundary) return 0;
  const delimiter = Buffer.from(`--${boundary}\r\n`);
  let n = 0;
  for (let at = body.indexOf(delimiter); at !== -1; at = body.indexOf(delimiter, at + delimiter.length)) n++;
  return n;
}

/** Samples VmRSS and VmHWM of a process every 100 ms; peak() is the highest seen, in MB. */
export function rssSampler(pid: number) {
  let peakKb = 0;
  const sample = () => {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      for (const field of ['VmRSS', 'VmHWM']) {
        const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
        if (kb > peakKb) peakKb = kb;
      }
    } catch {
      // the process has gone
    }
  };
  sample();
  const timer = setInterval(sample, 100);
  return {
    peakMb: () => Math.round(peakKb / 1024),
    stop: () => {
      sample();
      clearInterval(timer);
      return Math.round(peakKb / 1024);
    },
  };
}
