// Counts of reading work per person and for the project, read in a few grouped queries.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export interface TaskCount {
  reader_id: string | null;
  kind: string;
  state: string;
  waiting: boolean;
  n: number;
}

export class ProgressStore {
  /** Active members of the project holding one of the roles. */
  members(db: Kysely<Database>, projectId: string, role: 'reader' | 'adjudicator') {
    return db
      .selectFrom('project_membership as m')
      .innerJoin('app_user as u', 'u.id', 'm.user_id')
      .select(['u.id', 'u.display_name'])
      .where('m.project_id', '=', projectId)
      .where('m.role', '=', role)
      .where('m.revoked_at', 'is', null)
      .orderBy('u.display_name')
      .orderBy('u.id')
      .execute();
  }

  currentFormVersion(db: Kysely<Database>, projectId: string) {
    return db.selectFrom('reading_form_version').select(['id', 'version']).where('project_id', '=', projectId).orderBy('version', 'desc').limit(1).executeTakeFirst();
  }

  /** Each person's latest qualification outcome on the form version. */
  async qualifications(db: Kysely<Database>, projectId: string, formVersionId: string): Promise<Map<string, string>> {
    const rows = await db
      .selectFrom('reader_training_record')
      .select(['user_id', 'outcome'])
      .where('project_id', '=', projectId)
      .where('kind', '=', 'qualification')
      .where('form_version_id', '=', formVersionId)
      .orderBy('recorded_at')
      .execute();
    return new Map(rows.map((r) => [r.user_id, r.outcome]));
  }

  async taskCounts(db: Kysely<Database>, projectId: string): Promise<TaskCount[]> {
    const rows = await db
      .selectFrom('reading_task')
      .select(['reader_id', 'kind', 'state', sql<boolean>`available_from > now()`.as('waiting'), (eb) => eb.fn.countAll<string>().as('n')])
      .where('project_id', '=', projectId)
      .groupBy(['reader_id', 'kind', 'state', sql`available_from > now()`])
      .execute();
    return rows.map((r) => ({ ...r, waiting: Boolean(r.waiting), n: Number(r.n) }));
  }

  /** Per reader: how many of their primary reads went to adjudication. */
  async adjudicatedPerReader(db: Kysely<Database>, projectId: string): Promise<Map<string, number>> {
    const rows = await db
      .selectFrom('adjudication_task as a')
      .innerJoin('reading_read as r', (join) => join.on((eb) => eb.or([eb('r.id', '=', eb.ref('a.read_a')), eb('r.id', '=', eb.ref('a.read_b'))])))
      .select(['r.reader_id', (eb) => eb.fn.countAll<string>().as('n')])
      .where('a.project_id', '=', projectId)
      .groupBy('r.reader_id')
      .execute();
    return new Map(rows.map((r) => [r.reader_id, Number(r.n)]));
  }

  async adjudicationCounts(db: Kysely<Database>, projectId: string) {
    const rows = await db
      .selectFrom('adjudication_task')
      .select(['adjudicator_id', 'state', (eb) => eb.fn.countAll<string>().as('n')])
      .where('project_id', '=', projectId)
      .groupBy(['adjudicator_id', 'state'])
      .execute();
    return rows.map((r) => ({ adjudicatorId: r.adjudicator_id, state: r.state, n: Number(r.n) }));
  }

  async examTotals(db: Kysely<Database>, projectId: string) {
    const row = await db
      .selectFrom('exam as e')
      .select([
        sql<string>`count(*) filter (where e.state in ('qc-passed', 'qc-passed-with-remarks'))`.as('passed'),
        sql<string>`count(*) filter (where exists (select 1 from reading_task t where t.exam_id = e.id and t.kind = 'primary'))`.as('planned'),
        sql<string>`count(*) filter (where exists (select 1 from reading_task t where t.exam_id = e.id and t.kind = 'primary')
          and not exists (select 1 from reading_task t where t.exam_id = e.id and t.kind = 'primary' and t.state not in ('submitted', 'cancelled')))`.as('read'),
        sql<string>`count(*) filter (where exists (select 1 from adjudication_task a where a.exam_id = e.id))`.as('adjudicated'),
        sql<string>`count(*) filter (where exists (select 1 from final_value f where f.exam_id = e.id))`.as('final'),
      ])
      .where('e.project_id', '=', projectId)
      .executeTakeFirstOrThrow();
    return { passed: Number(row.passed), planned: Number(row.planned), read: Number(row.read), adjudicated: Number(row.adjudicated), final: Number(row.final) };
  }
}
