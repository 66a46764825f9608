// What the QC report reads besides the dashboard's figures: the project, and the protocol and
// checklist versions in use (exams checked against each protocol version, reviews graded on each
// checklist version; subjects the consent gate stops left out, as in the figures).
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { processingAllowed } from '../subjects/consent-gate.ts';

export class ReportStore {
  project(db: Kysely<Database>, projectId: string) {
    return db.selectFrom('project').select(['code', 'title']).where('id', '=', projectId).executeTakeFirst();
  }

  async protocolsInUse(db: Kysely<Database>, projectId: string) {
    const rows = await sql<{ version: number; title: string; exams: number }>`
      select p.version, p.title, count(e.id)::int as exams
      from qc_protocol_version p join exam e on e.protocol_version_id = p.id join subject sub on sub.id = e.subject_id
      where p.project_id = ${projectId} and ${processingAllowed('sub')}
      group by p.version, p.title order by p.version`.execute(db);
    return rows.rows;
  }

  async checklistsInUse(db: Kysely<Database>, projectId: string) {
    const rows = await sql<{ version: number; title: string; reviews: number }>`
      select c.version, c.title, count(r.id)::int as reviews
      from qc_checklist_version c join qc_review r on r.checklist_version_id = c.id join exam e on e.id = r.exam_id join subject sub on sub.id = e.subject_id
      where c.project_id = ${projectId} and r.status = 'completed' and ${processingAllowed('sub')}
      group by c.version, c.title order by c.version`.execute(db);
    return rows.rows;
  }
}
