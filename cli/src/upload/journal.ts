// The resume journal, beside the key store: one JSON line per source file stored by the server,
// (path, size, mtime, sha256) → the stored SOP Instance UID. A re-run skips what it lists.
import fs from 'node:fs/promises';

export interface JournalEntry {
  path: string;
  size: number;
  mtimeMs: number;
  sha256: string;
  sopInstanceUID: string;
}

const identity = (e: Pick<JournalEntry, 'path' | 'size' | 'mtimeMs' | 'sha256'>) => `${e.sha256} ${e.size} ${e.mtimeMs} ${e.path}`;

export class UploadJournal {
  private readonly done = new Set<string>();

  private constructor(private readonly file: string) {}

  static async open(file: string): Promise<UploadJournal> {
    const journal = new UploadJournal(file);
    const text = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? '' : Promise.reject(error)));
    // A line cut by an interruption is ignored: its file is simply sent again.
    for (const line of text.split('\n')) {
      try {
        journal.done.add(identity(JSON.parse(line) as JournalEntry));
      } catch {
        continue;
      }
    }
    return journal;
  }

  has(source: Pick<JournalEntry, 'path' | 'size' | 'mtimeMs' | 'sha256'>): boolean {
    return this.done.has(identity(source));
  }

  get size(): number {
    return this.done.size;
  }

  async record(entries: readonly JournalEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const handle = await fs.open(this.file, 'a', 0o600);
    try {
      await handle.appendFile(entries.map((e) => JSON.stringify(e)).join('\n') + '\n');
      await handle.sync();
    } finally {
      await handle.close();
    }
    for (const e of entries) this.done.add(identity(e));
  }
}
