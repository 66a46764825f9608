// The composition root: every service built once, from the database, the configuration and the key.
import type { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import type { DatabaseKind } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import { MembershipService } from '../access/membership-service.ts';
import { AuditService } from '../audit/audit-service.ts';
import type { PlatformKey } from '../audit/platform-key.ts';
import { LoginService } from '../auth/login-service.ts';
import { PasswordHasher } from '../auth/passwords.ts';
import { SessionService } from '../auth/session-service.ts';
import { TokenService } from '../auth/token-service.ts';
import { OrganisationService } from '../organisations/organisation-service.ts';
import { ProjectService } from '../projects/project-service.ts';
import { UserService } from '../users/user-service.ts';
import { SubjectService } from '../subjects/subject-service.ts';
import { FileBlobStore } from '../imaging/blob-store.ts';
import { DicomwebReadService } from '../imaging/dicomweb-read-service.ts';
import { loadImagingConfig, type ImagingConfig } from '../imaging/imaging-config.ts';
import { StowService } from '../imaging/stow-service.ts';
import { createQcServices } from '../qc/qc-services.ts';
import { createReadingServices } from '../reading/reading-services.ts';
import { ReadingExportService } from '../reading/dicom-export/export-service.ts';

export type ServiceConfig = Pick<Config, 'session' | 'login' | 'passwordHashing' | 'dataDir'> & { imaging?: ImagingConfig };

export interface ServiceOptions {
  /** PostgreSQL serves several connections at once; the embedded database one at a time. */
  databaseKind?: DatabaseKind;
}

export function createServices(db: Kysely<Database>, config: ServiceConfig, key: PlatformKey, options: ServiceOptions = {}) {
  // On PostgreSQL the chain is verified in two halves at once, one per core of the reference machine.
  const audit = new AuditService(db, key, { verifyPartitions: options.databaseKind === 'postgres' ? 2 : 1 });
  const hasher = new PasswordHasher(config.passwordHashing);
  const sessions = new SessionService(db, config.session);
  const projects = new ProjectService(db, audit);
  const imagingConfig = config.imaging ?? loadImagingConfig(config.dataDir);
  const blobs = new FileBlobStore(imagingConfig.blobDir);
  const readingExport = new ReadingExportService(db, audit, blobs);
  const reading = createReadingServices(db, audit, readingExport);
  return {
    db,
    audit,
    hasher,
    sessions,
    projects,
    organisations: new OrganisationService(db, audit),
    users: new UserService(db, audit, hasher),
    memberships: new MembershipService(db, audit, projects),
    tokens: new TokenService(db, audit),
    login: new LoginService(db, audit, hasher, sessions, config.login),
    subjects: new SubjectService(db, audit),
    imaging: {
      config: imagingConfig,
      blobs,
      stow: new StowService(db, audit, blobs, imagingConfig),
      reader: new DicomwebReadService(audit, imagingConfig),
    },
    qc: createQcServices(db, audit, (trx, ctx, projectId, examId) => reading.tasks.onQcPassed(trx, ctx, projectId, examId)),
    reading,
    readingExport,
  };
}

export type Services = ReturnType<typeof createServices>;
