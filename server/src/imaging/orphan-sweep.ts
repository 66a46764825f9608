// After a crash, a blob may have been written without its index row (the row commits after the
// file). At start-up, blobs that no index row refers to and that are older than the grace period
// are removed, with temporary files left half-written.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { BlobStore } from './blob-store.ts';

export async function sweepOrphanBlobs(db: Kysely<Database>, blobs: BlobStore, olderThanMinutes: number, now = Date.now()): Promise<{ removed: number; kept: number }> {
  const cutoff = now - olderThanMinutes * 60_000;
  let removed = 0;
  let kept = 0;
  let candidates: string[] = [];
  const flush = async () => {
    if (candidates.length === 0) return;
    const referenced = await db.selectFrom('instance').select('blob_sha256').distinct().where('blob_sha256', 'in', candidates).execute();
    const live = new Set(referenced.map((r) => r.blob_sha256));
    for (const sha of candidates) {
      if (live.has(sha)) kept++;
      else {
        await blobs.delete(sha);
        removed++;
      }
    }
    candidates = [];
  };
  for await (const blob of blobs.list()) {
    if (blob.modifiedAt.getTime() > cutoff) {
      kept++;
      continue;
    }
    if (blob.sha256.includes('/')) {
      await blobs.delete(blob.sha256);
      removed++;
      continue;
    }
    candidates.push(blob.sha256);
    if (candidates.length >= 1000) await flush();
  }
  await flush();
  return { removed, kept };
}
