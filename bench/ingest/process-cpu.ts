// CPU time of the processes a benchmark measures, from /proc (robust to a loaded machine, unlike wall
// time): one process, or a PostgreSQL server as a whole (postmaster, its live children, and the
// children it has already reaped, whose time the kernel adds to its cutime/cstime).
import fs from 'node:fs';
import pg from 'pg';

const TICKS_PER_SECOND = 100;

export interface CpuTime {
  user: number;
  system: number;
}

interface Stat {
  ppid: number;
  user: number;
  system: number;
  childrenUser: number;
  childrenSystem: number;
}

function stat(pid: number): Stat | undefined {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined; // gone since it was listed
  }
  // Fields after the command name (which may hold spaces), from field 3 (state) on: see proc(5).
  const f = text.slice(text.lastIndexOf(') ') + 2).split(' ');
  return { ppid: Number(f[1]), user: Number(f[11]) / TICKS_PER_SECOND, system: Number(f[12]) / TICKS_PER_SECOND, childrenUser: Number(f[13]) / TICKS_PER_SECOND, childrenSystem: Number(f[14]) / TICKS_PER_SECOND };
}

/** CPU seconds (user, system) one process has used so far. */
export function processCpu(pid: number): CpuTime {
  const s = stat(pid);
  if (!s) throw new Error(`process ${pid} is not running`);
  return { user: s.user, system: s.system };
}

/** CPU seconds a whole PostgreSQL server has used so far: the postmaster and every process it started. */
export function postgresCpu(postmasterPid: number): CpuTime {
  const master = stat(postmasterPid);
  if (!master) throw new Error(`PostgreSQL's postmaster ${postmasterPid} is not running`);
  let user = master.user + master.childrenUser;
  let system = master.system + master.childrenSystem;
  for (const pid of childrenOf(postmasterPid)) {
    const s = stat(pid);
    if (!s) continue;
    user += s.user;
    system += s.system;
  }
  return { user, system };
}

/** The processes a process has started and not yet reaped (for PostgreSQL: backends and workers). */
export function childrenOf(parent: number): number[] {
  const out: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (/^\d+$/.test(entry) && stat(Number(entry))?.ppid === parent) out.push(Number(entry));
  }
  return out;
}

/** The postmaster of the PostgreSQL server at `url`: the parent of the backend serving a connection. */
export async function postmasterPid(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const backend = Number((await client.query('select pg_backend_pid() as pid')).rows[0].pid);
    const s = stat(backend);
    if (!s) throw new Error('the PostgreSQL server runs on another machine or in another PID namespace: its CPU cannot be read from /proc');
    return s.ppid;
  } finally {
    await client.end();
  }
}

export const cpuDelta = (after: CpuTime, before: CpuTime): CpuTime => ({ user: after.user - before.user, system: after.system - before.system });
