// Who holds which role in the project, each with a way to revoke it (the grant stays on record).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { Membership } from '../api/types';
import { MembershipTable } from '../components/MembershipTable';
import { Refusal } from '../components/Refusal';
import { useSubmit } from '../components/useSubmit';

export function ProjectMemberships({ projectId, memberships, onRevoked }: { projectId: string; memberships: Membership[]; onRevoked(): void }) {
  const { t } = useTranslation();
  return (
    <section className="panel wide" aria-labelledby="admin-memberships">
      <h2 id="admin-memberships">{t('workspace.members')}</h2>
      <MembershipTable
        memberships={memberships}
        testId="admin-memberships"
        action={{ title: t('admin.project.revoke'), render: (m) => <RevokeMembership projectId={projectId} membership={m} onRevoked={onRevoked} /> }}
      />
    </section>
  );
}

function RevokeMembership({ projectId, membership, onRevoked }: { projectId: string; membership: Membership; onRevoked(): void }) {
  const { t } = useTranslation();
  const submission = useSubmit();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submission.run(async () => {
      await api.post('/api/projects/{projectId}/memberships/{membershipId}/revoke', { params: { projectId, membershipId: membership.id }, body: { reason } });
      return () => t('admin.project.revoked');
    });
    if (ok) onRevoked();
  };

  if (!open) {
    return (
      <button type="button" className="secondary small" onClick={() => setOpen(true)}>
        {t('admin.project.revoke')}
      </button>
    );
  }
  return (
    <form className="revoke-form" onSubmit={submit}>
      <label>
        {t('admin.project.revokeReason')}
        <input name="reason" required minLength={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <button type="submit" className="danger small" disabled={submission.busy}>
        {t('admin.project.confirmRevoke')}
      </button>
      <button type="button" className="secondary small" onClick={() => setOpen(false)}>
        {t('common.cancel')}
      </button>
      <Refusal error={submission.error} />
    </form>
  );
}
