// The exam as the review and query modules change it: found by its StudyInstanceUID under a lock on
// its study row, the lock the centre's submission takes too, so that claims, verdicts and
// re-submissions of one exam never interleave. Also who may act on it as a reviewer.
import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor.ts';
import type { ProjectRole } from '../access/roles.ts';
import type { Database } from '../db/schema.ts';
import { conflict, notFound } from '../platform/domain-error.ts';
import type { GateColumns } from '../subjects/consent-gate.ts';
import type { ExamScope } from './exam-store.ts';

export interface LockedExam extends GateColumns {
  id: string;
  project_id: string;
  study_id: string;
  study_instance_uid: string;
  centre_id: string;
  subject_id: string;
  subject_code: string;
  state: string;
  submissions: number;
}

const NO_ORGANISATION = '00000000-0000-0000-0000-000000000000';

/** The exam of a stored study, locked; 404 without the study, 409 while the centre has not submitted it. */
export const lockExam = (trx: Kysely<Database>, projectId: string, studyInstanceUid: string) => findExam(trx, projectId, studyInstanceUid, { lock: true });

export async function findExam(db: Kysely<Database>, projectId: string, studyInstanceUid: string, options: { lock: boolean }): Promise<LockedExam> {
  if (options.lock) {
    // The lock first, then the read: in PostgreSQL a statement that waited for the lock would
    // still see the exam as its snapshot had it before the other transaction's change.
    await db.selectFrom('study').select('id').where('project_id', '=', projectId).where('study_instance_uid', '=', studyInstanceUid).forUpdate().execute();
  }
  const row = await db
    .selectFrom('study as s')
    .innerJoin('subject as sub', 'sub.id', 's.subject_id')
    .leftJoin('exam as e', 'e.study_id', 's.id')
    .select([
      'e.id',
      's.project_id',
      's.id as study_id',
      's.study_instance_uid',
      's.centre_id',
      's.subject_id',
      'sub.code as subject_code',
      'e.state',
      'e.submissions',
      'sub.processing_allowed_from',
      'sub.processing_stopped_at',
    ])
    .where('s.project_id', '=', projectId)
    .where('s.study_instance_uid', '=', studyInstanceUid)
    .executeTakeFirst();
  if (!row) throw notFound('exam.study-not-found', 'no study with this StudyInstanceUID is stored in the project');
  if (row.id === null || row.state === null || row.submissions === null) throw conflict('exam.not-submitted', 'the centre has not submitted this exam yet: it has no QC state');
  return row as LockedExam;
}

export const notProcessable = () =>
  conflict('exam.subject-not-processable', "the subject's information/consent status does not allow its imaging to be quality-controlled");

/**
 * Whom a person reviews for: a QC reviewer every centre but their own, the core-lab manager all
 * centres. A data manager role held as well gives no reviewing right over their own centre.
 */
export function reviewingScope(actor: Actor | null, roles: readonly ProjectRole[]): ExamScope {
  return {
    allCentres: roles.includes('core_lab_manager'),
    ownCentre: null,
    otherCentresThan: roles.includes('qc_reviewer') ? (actor?.organisationId ?? NO_ORGANISATION) : null,
  };
}
