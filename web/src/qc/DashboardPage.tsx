// The QC dashboard of a project: per-centre figures and charts, the overdue queries, the CSV export
// and the printable PDF report.
import { useTranslation } from 'react-i18next';
import { api, apiUrl } from '../api/client';
import type { ProjectDetail, ProjectRole } from '../api/types';
import { DateTime } from '../components/DateTime';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { useResource } from '../components/useResource';
import { Link } from '../routing/navigation';
import { ProjectFrame } from '../workspaces/ProjectFrame';
import { DashboardCharts } from './DashboardCharts';
import { percent, type CentreFigures, type Dashboard } from './dashboard-data';

const CSV_TABLES = ['centres', 'failed-rules', 'artefacts'] as const;
/** Who may take the PDF report away (the server lets the same roles in). */
const REPORT_ROLES: readonly ProjectRole[] = ['core_lab_manager', 'auditor', 'sponsor_pi', 'committee_member'];

export function DashboardPage({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  return (
    <ProjectFrame projectId={projectId} heading={() => t('dashboard.pageTitle')}>
      {(project) => <DashboardView project={project} />}
    </ProjectFrame>
  );
}

function DashboardView({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const dashboard = useResource(() => api.get('/api/projects/{projectId}/qc/dashboard', { params: { projectId: project.id } }), [project.id]);
  if (dashboard.error !== undefined) return <Refusal error={dashboard.error} />;
  if (!dashboard.data) return <Loading />;
  const d = dashboard.data;
  return (
    <>
      <section className="panel wide" aria-labelledby="exports-heading" data-testid="dashboard-exports">
        <div className="section-header">
          <h2 id="exports-heading">{t('dashboard.exports')}</h2>
          <button type="button" className="secondary small" onClick={dashboard.reload}>{t('common.reload')}</button>
        </div>
        <p>
          {t('dashboard.generatedAt')} <DateTime value={d.generatedAt} />
          {d.examsLeftOut > 0 && <span className="muted"> — {t('dashboard.leftOut', { count: d.examsLeftOut })}</span>}
        </p>
        <p className="actions">
          {CSV_TABLES.map((table) => (
            <a key={table} className="button secondary" href={apiUrl('/api/projects/{projectId}/qc/dashboard.csv', { projectId: project.id }, { table })} download data-testid={`csv-${table}`}>
              {t(`dashboard.csv.${table}`)}
            </a>
          ))}{' '}
          {project.myRoles.some((role) => REPORT_ROLES.includes(role)) && (
            <a className="button" href={apiUrl('/api/projects/{projectId}/qc/report.pdf', { projectId: project.id })} download data-testid="pdf-report">{t('dashboard.pdf')}</a>
          )}
        </p>
      </section>
      <FiguresTable dashboard={d} />
      {d.centres.length > 0 && <DashboardCharts dashboard={d} />}
      {d.overdueQueries && <OverdueQueries projectId={project.id} queries={d.overdueQueries} />}
    </>
  );
}

function FiguresTable({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const rows: CentreFigures[] = [...dashboard.centres, ...(dashboard.total ? [dashboard.total] : [])];
  return (
    <section className="panel wide" aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t('dashboard.figures')}</h2>
      <div className="table-scroll">
        <table data-testid="dashboard-figures">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.centre')}</th>
              <th scope="col">{t('dashboard.received')}</th>
              <th scope="col">{t('exams.state.checks-failed')}</th>
              <th scope="col">{t('dashboard.waitingReview')}</th>
              <th scope="col">{t('exams.state.qc-passed')}</th>
              <th scope="col">{t('exams.state.qc-passed-with-remarks')}</th>
              <th scope="col">{t('exams.state.qc-failed')}</th>
              <th scope="col">{t('dashboard.passRate')}</th>
              <th scope="col">{t('dashboard.queriesOpen')}</th>
              <th scope="col">{t('dashboard.queriesOverdue')}</th>
              <th scope="col">{t('dashboard.answerMedian')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => {
              const s = c.examsByState;
              const rate = percent(c.passRate);
              return (
                <tr key={c.centreId ?? 'total'} data-centre={c.centreId ?? 'total'} data-passed={s['qc-passed'] + s['qc-passed-with-remarks']} data-reviewed={c.reviewed}>
                  <th scope="row">{c.centreId ? c.centreName : t('dashboard.total')}</th>
                  <td>{s.receiving}</td>
                  <td>{s['checks-failed']}</td>
                  <td>{s['awaiting-review'] + s['in-review']}</td>
                  <td>{s['qc-passed']}</td>
                  <td>{s['qc-passed-with-remarks']}</td>
                  <td>{s['qc-failed']}</td>
                  <td>{rate === null ? '—' : `${rate} %`}</td>
                  <td>{c.queries.open}</td>
                  <td className={c.queries.overdue > 0 ? 'inline-warning' : undefined}>{c.queries.overdue}</td>
                  <td>{c.queries.toAnswer.medianDays === null ? '—' : t('dashboard.days', { count: c.queries.toAnswer.medianDays })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function OverdueQueries({ projectId, queries }: { projectId: string; queries: NonNullable<Dashboard['overdueQueries']> }) {
  const { t } = useTranslation();
  return (
    <section className="panel wide" aria-labelledby="overdue-heading" data-testid="dashboard-overdue">
      <h2 id="overdue-heading">{t('dashboard.overdueTitle')}</h2>
      {queries.length === 0 ? (
        <p>{t('dashboard.noOverdue')}</p>
      ) : (
        <ul>
          {queries.map((q) => (
            <li key={q.id} className="overdue-row">
              <Link to={{ page: 'exam', projectId, studyInstanceUid: q.studyInstanceUid }}>{q.subjectCode}</Link> — {q.centreName} — {t('queries.dueDate')} {q.dueDate}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
