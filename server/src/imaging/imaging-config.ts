// Limits and places of the imaging context, read once at start-up and validated like the rest of
// the configuration (a bad value stops the process with a sentence naming the variable).
import path from 'node:path';
import { integer } from '../config.ts';
import { DEFAULT_READER_LIMITS, type ReaderLimits } from './dicom-reader.ts';
import type { MultipartLimits } from './multipart.ts';

export interface ImagingConfig {
  blobDir: string;
  stow: MultipartLimits;
  reader: ReaderLimits;
  /** Instances of one request handed to the index at once (batches of concurrent requests may share a transaction). */
  indexBatchSize: number;
  /** A blob no index row refers to is removed at start-up once older than this. */
  orphanBlobMinutes: number;
  qidoMaxLimit: number;
}

export function loadImagingConfig(dataDir: string, env: Record<string, string | undefined> = process.env): ImagingConfig {
  const mb = 1024 * 1024;
  return {
    blobDir: path.join(dataDir, 'blobs'),
    stow: {
      maxParts: integer(env, 'CORELAB_STOW_MAX_PARTS', 10_000, 1, 1_000_000),
      maxPartBytes: integer(env, 'CORELAB_STOW_MAX_PART_MB', 512, 1, 4096) * mb,
      maxTotalBytes: integer(env, 'CORELAB_STOW_MAX_REQUEST_MB', 16_384, 1, 1_048_576) * mb,
    },
    reader: { ...DEFAULT_READER_LIMITS, maxDepth: integer(env, 'CORELAB_DICOM_MAX_SEQUENCE_DEPTH', 16, 1, 64) },
    indexBatchSize: integer(env, 'CORELAB_STOW_INDEX_BATCH', 64, 1, 1000),
    orphanBlobMinutes: integer(env, 'CORELAB_ORPHAN_BLOB_MINUTES', 60, 0, 7 * 24 * 60),
    qidoMaxLimit: 1000,
  };
}
