// The files under a folder, in a stable order, with what the resume journal identifies them by.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export interface SourceFile {
  path: string;
  size: number;
  mtimeMs: number;
  sha256: string;
  bytes: Uint8Array;
}

export async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => path.resolve(e.parentPath, e.name))
    .sort();
}

export async function readSource(file: string): Promise<SourceFile> {
  const [stat, bytes] = await Promise.all([fs.stat(file), fs.readFile(file)]);
  return { path: file, size: stat.size, mtimeMs: Math.trunc(stat.mtimeMs), sha256: createHash('sha256').update(bytes).digest('hex'), bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}
