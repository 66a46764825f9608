// The dashboard's counts, grouped by centre in the database: exams by state, review verdicts,
// grades, failed rules, artefacts, and one row per query with its turnaround in days. Only
// subjects whose information/consent allows processing are counted.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { processingAllowed } from '../subjects/consent-gate.ts';
import type { CountedRows } from './dashboard-figures.ts';

const DAY_SECONDS = 86_400;

export class DashboardStore {
  /** @param centreId one centre, or null for every centre of the project. */
  async counts(db: Kysely<Database>, projectId: string, centreId: string | null): Promise<CountedRows> {
    const centre = (column: string) => (centreId === null ? sql<boolean>`true` : sql<boolean>`${sql.ref(column)} = ${centreId}`);
    const gate = processingAllowed('sub');
    const [centres, examStates, verdicts, grades, failedRules, artefacts, queries] = await Promise.all([
      db
        .selectFrom('project_organisation as po')
        .innerJoin('organisation as o', 'o.id', 'po.organisation_id')
        .select(['o.id', 'o.name'])
        .where('po.project_id', '=', projectId)
        .where('po.part', '=', 'centre')
        .where(centre('o.id'))
        .orderBy('o.name')
        .execute(),
      sql<{ centre_id: string; state: string; n: number }>`
        select s.centre_id, coalesce(e.state, 'receiving') as state, count(*)::int as n
        from study s join subject sub on sub.id = s.subject_id left join exam e on e.study_id = s.id
        where s.project_id = ${projectId} and ${gate} and ${centre('s.centre_id')}
        group by 1, 2`.execute(db),
      sql<{ centre_id: string; verdict: string; n: number }>`
        select e.centre_id, r.verdict, count(*)::int as n
        from qc_review r join exam e on e.id = r.exam_id join subject sub on sub.id = e.subject_id
        where r.project_id = ${projectId} and r.status = 'completed' and ${gate} and ${centre('e.centre_id')}
        group by 1, 2`.execute(db),
      sql<{ centre_id: string; grade: string; n: number }>`
        select e.centre_id, g.grade, count(*)::int as n
        from qc_review_grade g join qc_review r on r.id = g.review_id join exam e on e.id = r.exam_id join subject sub on sub.id = e.subject_id
        where r.project_id = ${projectId} and r.status = 'completed' and ${gate} and ${centre('e.centre_id')}
        group by 1, 2`.execute(db),
      sql<{ centre_id: string; rule: string; label: string; n: number }>`
        select e.centre_id, cr.protocol_series || '/' || cr.rule as rule, max(cr.label) as label, count(distinct e.id)::int as n
        from conformance_result cr join conformance_run run on run.id = cr.run_id join exam e on e.id = run.exam_id join subject sub on sub.id = e.subject_id
        where e.project_id = ${projectId} and cr.verdict = 'fail' and ${gate} and ${centre('e.centre_id')}
        group by 1, 2`.execute(db),
      sql<{ centre_id: string; code: string; n: number }>`
        select e.centre_id, a.code, count(*)::int as n
        from qc_review_grade g join qc_review r on r.id = g.review_id join exam e on e.id = r.exam_id join subject sub on sub.id = e.subject_id
          cross join lateral json_array_elements_text(g.artefacts::json) as a(code)
        where r.project_id = ${projectId} and r.status = 'completed' and ${gate} and ${centre('e.centre_id')}
        group by 1, 2`.execute(db),
      sql<{ centre_id: string; state: string; overdue: boolean; days_to_answer: number | null; days_to_close: number | null }>`
        select q.centre_id, q.state,
          (q.state = 'open' and q.due_date < (now() at time zone 'UTC')::date) as overdue,
          extract(epoch from q.first_answered_at - q.opened_at)::float8 / ${DAY_SECONDS} as days_to_answer,
          extract(epoch from q.closed_at - q.opened_at)::float8 / ${DAY_SECONDS} as days_to_close
        from qc_query q join subject sub on sub.id = q.subject_id
        where q.project_id = ${projectId} and ${gate} and ${centre('q.centre_id')}`.execute(db),
    ]);
    return { centres, examStates: examStates.rows, verdicts: verdicts.rows, grades: grades.rows, failedRules: failedRules.rows, artefacts: artefacts.rows, queries: queries.rows };
  }

  /** Exams of subjects the gate now stops, which the figures leave out. */
  async leftOut(db: Kysely<Database>, projectId: string, centreId: string | null): Promise<number> {
    const row = await sql<{ n: number }>`
      select count(*)::int as n from exam e join subject sub on sub.id = e.subject_id
      where e.project_id = ${projectId} and not ${processingAllowed('sub')} and ${centreId === null ? sql`true` : sql`e.centre_id = ${centreId}`}`.execute(db);
    return row.rows[0]!.n;
  }
}
