// Grants a project role to a person; the server refuses, naming the rule, what separation of duties forbids.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { PROJECT_ROLES, type ProjectRole, type UserAccount } from '../api/types';
import { SubmissionResult } from '../components/SubmissionResult';
import { useSubmit } from '../components/useSubmit';

export function GrantRole({ projectId, users, onGranted }: { projectId: string; users: UserAccount[]; onGranted(): void }) {
  const { t } = useTranslation();
  const submission = useSubmit();
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<ProjectRole>('reader');
  const [reason, setReason] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submission.run(async () => {
      await api.post('/api/projects/{projectId}/memberships', { params: { projectId }, body: { userId, role, ...(reason && { reason }) } });
      return () => t('admin.project.granted');
    });
    if (ok) {
      setReason('');
      onGranted();
    }
  };

  return (
    <form className="panel inline-form" onSubmit={submit} aria-labelledby="grant-role" data-testid="grant-role">
      <h2 id="grant-role">{t('admin.project.grant')}</h2>
      <label>
        {t('admin.project.person')}
        <select name="userId" required value={userId} onChange={(e) => setUserId(e.target.value)}>
          <option value="">{t('admin.project.choose')}</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {`${u.displayName} (${u.username})`}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('admin.project.role')}
        <select name="role" value={role} onChange={(e) => setRole(e.target.value as ProjectRole)}>
          {PROJECT_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>
          {t('admin.project.reason')} <span className="optional">{t('common.optional')}</span>
        </span>
        <input name="reason" minLength={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <button type="submit" disabled={submission.busy}>
        {t('admin.project.grant')}
      </button>
      <SubmissionResult submission={submission} />
    </form>
  );
}
