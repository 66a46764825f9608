#!/usr/bin/env node
// Starts a throw-away PostgreSQL server on loopback for the length of one command, then stops it
// and removes its files. Sets CORELAB_TEST_DATABASE_URL (a superuser connection) for the command.
// Usage: node scripts/with-postgres.js COMMAND [ARGS...]
import { spawnSync, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

function pgBin(name) {
  for (const dir of ['/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin']) {
    if (fs.existsSync(path.join(dir, name))) return path.join(dir, name);
  }
  throw new Error(`PostgreSQL's ${name} was not found: install the postgresql package (apt-get install -y postgresql)`);
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error('usage: node scripts/with-postgres.js COMMAND [ARGS...]');
  process.exit(2);
}

const asRoot = process.getuid?.() === 0;
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-pg-'));
const dataDir = path.join(base, 'data');
const socketDir = path.join(base, 'socket');
fs.mkdirSync(socketDir);
// PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres account.
if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', base]);
const run = (bin, args) => (asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', pgBin(bin), ...args], { stdio: 'pipe' }) : execFileSync(pgBin(bin), args, { stdio: 'pipe' }));

const port = await freePort();
// Tests trade durability for speed; benchmarks keep PostgreSQL's defaults (CORELAB_PG_DURABLE=1).
const durable = process.env.CORELAB_PG_DURABLE === '1';
run('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
run('pg_ctl', ['-D', dataDir, '-l', path.join(base, 'server.log'), '-w', '-t', '60', '-o', `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1 ${durable ? '' : '-c fsync=off -c full_page_writes=off '}-c max_connections=200`, 'start']);
const version = execFileSync(pgBin('postgres'), ['--version']).toString().trim();
console.log(`with-postgres: ${version} on 127.0.0.1:${port}${durable ? ' (fsync on)' : ' (fsync off)'}`);

let status = 1;
try {
  const env = { ...process.env, CORELAB_TEST_DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/postgres` };
  status = spawnSync(command[0], command.slice(1), { stdio: 'inherit', env }).status ?? 1;
} finally {
  try {
    run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
  } catch (error) {
    console.error(`with-postgres: stopping the server failed: ${error.message}`);
  }
  fs.rmSync(base, { recursive: true, force: true });
}
process.exit(status);
