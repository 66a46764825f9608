// The audit trail, read-only: filters, pages of events, CSV export, chain verification, checkpoints.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { useResource } from '../components/useResource';
import { AuditEventTable } from './AuditEventTable';
import { AuditFilters } from './AuditFilters';
import { ChainVerificationPanel } from './ChainVerificationPanel';
import { CheckpointList } from './CheckpointList';
import { csvUrl, loadEvents, loadPeople, NO_FILTERS, PAGE_SIZE, type AuditFilterValues, type AuditScope } from './audit-scope';

export function AuditTrail({ scope }: { scope: AuditScope }) {
  const { t } = useTranslation();
  const scopeKey = scope.kind === 'platform' ? 'platform' : scope.projectId;
  const [filters, setFilters] = useState<AuditFilterValues>(NO_FILTERS);
  const [before, setBefore] = useState<string>();
  const people = useResource(() => loadPeople(scope), [scopeKey]);
  const events = useResource(() => loadEvents(scope, filters, before), [scopeKey, filters, before]);

  const apply = (next: AuditFilterValues) => {
    setFilters(next);
    setBefore(undefined);
  };
  const page = events.data ?? [];

  return (
    <>
      <p className="intro">{t('audit.intro')}</p>
      <AuditFilters people={people.data ?? []} onApply={apply} />
      <section aria-labelledby="audit-events-heading" className="audit-events-section">
        <div className="section-header">
          <h2 id="audit-events-heading">{t('audit.events')}</h2>
          <a className="button secondary" href={csvUrl(scope, filters)} download data-testid="audit-csv">
            {t('audit.exportCsv')}
          </a>
        </div>
        <Refusal error={events.error} />
        {events.loading && !events.data && <Loading />}
        {page.length > 0 && <p className="page-range">{t('audit.pageRange', { first: page[0]!.seq, last: page.at(-1)!.seq })}</p>}
        {events.data && <AuditEventTable events={page} showProject={scope.kind === 'platform'} />}
        <div className="pager">
          {before !== undefined && (
            <button type="button" className="secondary" onClick={() => setBefore(undefined)}>
              {t('audit.newest')}
            </button>
          )}
          {page.length === PAGE_SIZE && (
            <button type="button" className="secondary" onClick={() => setBefore(page.at(-1)!.seq)}>
              {t('audit.older')}
            </button>
          )}
        </div>
      </section>
      <div className="panels">
        <ChainVerificationPanel />
        <CheckpointList />
      </div>
    </>
  );
}
