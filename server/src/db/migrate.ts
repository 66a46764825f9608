// Migrations are plain SQL in numbered modules, applied in order at start-up by Kysely's migrator.
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as foundation from './migrations/0001_foundation.ts';
import * as imaging from './migrations/0002_imaging.ts';
import * as consent from './migrations/0003_consent.ts';
import * as qcProtocol from './migrations/0004_qc_protocol.ts';
import * as imagingIngest from './migrations/0005_imaging_ingest.ts';
import * as qcReview from './migrations/0006_qc_review.ts';
import * as reading from './migrations/0007_reading.ts';
import * as adjudication from './migrations/0008_adjudication.ts';
import * as readingExport from './migrations/0009_reading_export.ts';

const migrations: Record<string, Migration> = {
  '0001_foundation': foundation,
  '0002_imaging': imaging,
  '0003_consent': consent,
  '0004_qc_protocol': qcProtocol,
  '0005_imaging_ingest': imagingIngest,
  '0006_qc_review': qcReview,
  '0007_reading': reading,
  '0008_adjudication': adjudication,
  '0009_reading_export': readingExport,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${(error as Error).message ?? String(error)}`);
  }
}
