// Who holds which role in the project (for the roles the server lets see it).
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { DateTime } from '../../components/DateTime';
import { Loading } from '../../components/Loading';
import { Refusal } from '../../components/Refusal';
import { useResource } from '../../components/useResource';

export function MembershipList({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const memberships = useResource(() => api.get('/api/projects/{projectId}/memberships', { params: { projectId } }), [projectId]);
  return (
    <section className="panel wide" aria-labelledby="memberships">
      <h2 id="memberships">{t('workspace.members')}</h2>
      <Refusal error={memberships.error} />
      {memberships.loading && !memberships.data && <Loading />}
      {memberships.data?.length === 0 && <p>{t('workspace.membersEmpty')}</p>}
      {memberships.data && memberships.data.length > 0 && (
        <table data-testid="membership-list">
          <thead>
            <tr>
              <th scope="col">{t('workspace.person')}</th>
              <th scope="col">{t('workspace.username')}</th>
              <th scope="col">{t('workspace.role')}</th>
              <th scope="col">{t('workspace.organisation')}</th>
              <th scope="col">{t('workspace.grantedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {memberships.data.map((m) => (
              <tr key={m.id}>
                <td>{m.displayName}</td>
                <td>{m.username}</td>
                <td>{t(`roles.${m.role}`)}</td>
                <td>{m.organisationName}</td>
                <td>
                  <DateTime value={m.grantedAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
