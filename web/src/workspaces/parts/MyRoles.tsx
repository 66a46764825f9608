// The roles the person holds in the project, and the organisation they act for.
import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '../../api/types';
import { useSession } from '../../session/session';

export function MyRoles({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <section className="panel" aria-labelledby="my-roles">
      <h2 id="my-roles">{t('project.myRoles')}</h2>
      <ul className="role-list">
        {project.myRoles.map((role) => (
          <li key={role}>{t(`roles.${role}`)}</li>
        ))}
      </ul>
      {user.organisationName && <p>{t('project.actingFor', { organisation: user.organisationName })}</p>}
    </section>
  );
}
