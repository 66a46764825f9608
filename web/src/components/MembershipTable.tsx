// Who holds which role in the project: one table for the workspaces (read-only) and for the
// administration page (with an action per row).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../api/types';
import { DateTime } from './DateTime';

export function MembershipTable({ memberships, testId, action }: { memberships: Membership[]; testId: string; action?: { title: string; render(m: Membership): ReactNode } }) {
  const { t } = useTranslation();
  if (memberships.length === 0) return <p>{t('workspace.membersEmpty')}</p>;
  return (
    <table data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t('workspace.person')}</th>
          <th scope="col">{t('workspace.username')}</th>
          <th scope="col">{t('workspace.role')}</th>
          <th scope="col">{t('workspace.organisation')}</th>
          <th scope="col">{t('workspace.grantedAt')}</th>
          {action && <th scope="col">{action.title}</th>}
        </tr>
      </thead>
      <tbody>
        {memberships.map((m) => (
          <tr key={m.id} data-membership={`${m.username}:${m.role}`}>
            <td>{m.displayName}</td>
            <td>{m.username}</td>
            <td>{t(`roles.${m.role}`)}</td>
            <td>{m.organisationName}</td>
            <td>
              <DateTime value={m.grantedAt} />
            </td>
            {action && <td>{action.render(m)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
