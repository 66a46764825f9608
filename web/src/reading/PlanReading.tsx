// "Plan reading": the core-lab manager creates the reading tasks of every QC-passed exam not yet
// planned (exams passed later are planned as their verdict is given).
import { useTranslation } from 'react-i18next';
import { Refusal } from '../components/Refusal';
import { useSubmit } from '../components/useSubmit';
import { readingApi } from './reading-api';

export function PlanReading({ projectId, onPlanned }: { projectId: string; onPlanned?: () => void }) {
  const { t } = useTranslation();
  const submission = useSubmit();
  const plan = () =>
    submission.run(async () => {
      const result = await readingApi.plan(projectId);
      onPlanned?.();
      return () => t('reading.plan.done', { planned: result.planned, tasks: result.tasks });
    });
  return (
    <section className="panel" aria-labelledby="plan-reading-heading" data-testid="plan-reading">
      <h2 id="plan-reading-heading">{t('reading.plan.title')}</h2>
      <p className="muted">{t('reading.plan.explained')}</p>
      <button type="button" onClick={() => void plan()} disabled={submission.busy} data-testid="plan-reading-button">{t('reading.plan.button')}</button>
      {submission.done && <p className="success" role="status" data-testid="plan-result">{submission.done()}</p>}
      <Refusal error={submission.error} />
    </section>
  );
}
