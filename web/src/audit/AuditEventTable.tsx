// One page of audit events, newest first. Codes (actions, target types, acting roles) are shown as
// recorded, so that they match the CSV export and the chain.
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../api/types';
import { DateTime } from '../components/DateTime';

export function AuditEventTable({ events, showProject }: { events: AuditEvent[]; showProject: boolean }) {
  const { t } = useTranslation();
  if (events.length === 0) return <p>{t('audit.noEvents')}</p>;
  return (
    <div className="table-scroll">
      <table className="audit-events" data-testid="audit-events">
        <thead>
          <tr>
            <th scope="col">{t('audit.seq')}</th>
            <th scope="col">{t('audit.occurredAt')}</th>
            <th scope="col">{t('audit.actorColumn')}</th>
            <th scope="col">{t('audit.actingRole')}</th>
            <th scope="col">{t('audit.actionColumn')}</th>
            <th scope="col">{t('audit.target')}</th>
            {showProject && <th scope="col">{t('audit.project')}</th>}
            <th scope="col">{t('audit.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.seq}>
              <td>{e.seq}</td>
              <td>
                <DateTime value={e.occurredAt} />
              </td>
              <td>{e.actorUsername ?? t('audit.system')}</td>
              <td>{e.actorRole && <code>{e.actorRole}</code>}</td>
              <td>
                <code>{e.action}</code>
              </td>
              <td>
                <code>{e.targetType}</code>
                {e.targetId && <span className="target-id">{e.targetId}</span>}
              </td>
              {showProject && <td>{e.projectCode}</td>}
              <td>{e.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
