// The reading part of the core-lab manager's and the auditor's workspaces: the set-up, the readers,
// the final values and the agreement; the manager also plans reading from here.
import { useTranslation } from 'react-i18next';
import { Link } from '../routing/navigation';
import { PlanReading } from './PlanReading';

export function ReadingLinks({ projectId, manages }: { projectId: string; manages: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <section className="panel" aria-labelledby="reading-links-heading" data-testid="reading-links">
        <h2 id="reading-links-heading">{t('reading.links.title')}</h2>
        <p>{t(manages ? 'reading.links.holdsManager' : 'reading.links.holdsAuditor')}</p>
        <p className="actions">
          <Link to={{ page: 'reading-set-up', projectId }} className="button" data-testid="reading-set-up-link">{t('reading.links.setUp')}</Link>{' '}
          <Link to={{ page: 'reading-readers', projectId }} className="button secondary" data-testid="reading-readers-link">{t('reading.links.readers')}</Link>{' '}
          <Link to={{ page: 'reading-final-values', projectId }} className="button secondary" data-testid="final-values-link">{t('reading.links.finalValues')}</Link>{' '}
          <Link to={{ page: 'reading-agreement', projectId }} className="button secondary" data-testid="agreement-link">{t('reading.links.agreement')}</Link>
        </p>
      </section>
      {manages && <PlanReading projectId={projectId} />}
    </>
  );
}
