// The project's subjects the person may see, with their status now; a centre's data manager also
// registers them, one at a time or from a CSV.
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { ProjectDetail } from '../api/types';
import { DateTime } from '../components/DateTime';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { useResource } from '../components/useResource';
import { Link } from '../routing/navigation';
import { useSession } from '../session/session';
import { ConsentStatusBadge } from './ConsentStatusBadge';
import { ImportSubjects } from './ImportSubjects';
import { RegisterSubject } from './RegisterSubject';

export function SubjectsPanel({ project, registers }: { project: ProjectDetail; registers: boolean }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const subjects = useResource(() => api.get('/api/projects/{projectId}/subjects', { params: { projectId: project.id } }), [project.id]);
  const centreNames = new Map(project.parties.filter((p) => p.part === 'centre').map((p) => [p.organisationId, p.organisationName]));
  const ownCentre = project.parties.find((p) => p.part === 'centre' && p.organisationId === user.organisationId);

  return (
    <section className="panel wide" aria-labelledby="subjects-heading" data-testid="subjects-panel">
      <h2 id="subjects-heading">{t('subjects.title')}</h2>
      <p className="note">{t('subjects.gate')}</p>
      <Refusal error={subjects.error} />
      {subjects.loading && !subjects.data && <Loading />}
      {subjects.data && subjects.data.length === 0 && <p>{t('subjects.empty')}</p>}
      {subjects.data && subjects.data.length > 0 && (
        <div className="table-scroll">
          <table data-testid="subject-list">
            <thead>
              <tr>
                <th scope="col">{t('subjects.code')}</th>
                <th scope="col">{t('subjects.centre')}</th>
                <th scope="col">{t('subjects.status')}</th>
                <th scope="col">{t('subjects.processing')}</th>
                <th scope="col">{t('subjects.registeredAt')}</th>
              </tr>
            </thead>
            <tbody>
              {subjects.data.map((s) => (
                <tr key={s.id} data-subject={s.code}>
                  <td>
                    <Link to={{ page: 'subject', projectId: project.id, subjectId: s.id }}>{s.code}</Link>
                  </td>
                  <td>{centreNames.get(s.centreId) ?? s.centreId}</td>
                  <td>
                    <ConsentStatusBadge status={s.consentStatus} mayProcess={s.mayProcess} />
                    {s.waitingUntil && <span className="muted"> {t('subjects.waitingUntil', { day: s.waitingUntil })}</span>}
                  </td>
                  <td>{s.mayProcess ? t('subjects.allowed') : t('subjects.notAllowed')}</td>
                  <td>
                    <DateTime value={s.createdAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {registers && ownCentre && (
        <>
          <RegisterSubject projectId={project.id} centreId={ownCentre.organisationId} onRegistered={subjects.reload} />
          <ImportSubjects projectId={project.id} onImported={subjects.reload} />
        </>
      )}
    </section>
  );
}
