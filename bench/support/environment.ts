// What a benchmark ran on: versions of everything measured and the machine, so that a figure can be
// read next to its context (the machines are shared: the load average is recorded too).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface Environment {
  node: string;
  pglite: string;
  postgres: string | null;
  corelabCommit: string | null;
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  loadAverageAtStart: number[];
}

export function packageVersion(name: string): string {
  const require = createRequire(import.meta.url);
  let dir = path.dirname(require.resolve(name));
  while (!fs.existsSync(path.join(dir, 'package.json')) || JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).name !== name) {
    const parent = path.dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['describe', '--always', '--dirty', '--abbrev=7'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return null;
  }
}

export function describeEnvironment(postgres: string | null): Environment {
  return {
    node: process.version,
    pglite: packageVersion('@electric-sql/pglite'),
    postgres,
    corelabCommit: gitCommit(),
    cores: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}
