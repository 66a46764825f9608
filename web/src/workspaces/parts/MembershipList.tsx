// Who holds which role in the project (for the roles the server lets see it).
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Loading } from '../../components/Loading';
import { MembershipTable } from '../../components/MembershipTable';
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
      {memberships.data && <MembershipTable memberships={memberships.data} testId="membership-list" />}
    </section>
  );
}
