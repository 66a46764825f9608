// The embedded database lives in one process at a time. The server holds this lock; administration
// commands refuse to open the same data directory while it is held, rather than corrupt it.
import fs from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'corelab.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(file, 'utf8'));
      if (Number.isInteger(holder) && holder > 0 && alive(holder)) {
        throw new DataDirLockedError(
          `the embedded database in ${dataDir} is in use by process ${holder} (a running Corelab server?); stop it first, or use the HTTP API`,
        );
      }
      fs.rmSync(file, { force: true }); // a lock left behind by a process that died
    }
  }
  throw new DataDirLockedError(`could not lock ${dataDir}`);
}
