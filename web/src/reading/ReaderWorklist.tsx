// The reader's worklist: the tasks they have in progress, how many wait to be read, how many re-reads
// wait for their wash-out, and "next case", which claims the next task in the design's order.
import './reading.css';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { DateTime } from '../components/DateTime';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { useResource } from '../components/useResource';
import { Link } from '../routing/navigation';
import { readingApi } from './reading-api';
import { NextCase } from './ReadingTaskPage';

export function ReaderWorklist({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const worklist = useResource(() => readingApi.worklist(projectId), [projectId]);
  return (
    <section className="panel wide" aria-labelledby="worklist-heading" data-testid="reader-worklist">
      <div className="section-header">
        <h2 id="worklist-heading">{t('reading.worklist.title')}</h2>
        <button type="button" className="secondary small" onClick={worklist.reload}>{t('reading.refresh')}</button>
      </div>
      <MyQualification projectId={projectId} />
      <Refusal error={worklist.error} />
      {worklist.loading && !worklist.data && <Loading />}
      {worklist.data && (
        <>
          <dl className="facts" data-testid="worklist-counts">
            <dt>{t('reading.worklist.available')}</dt>
            <dd data-testid="count-available">{worklist.data.available}</dd>
            <dt>{t('reading.worklist.waitingWashout')}</dt>
            <dd data-testid="count-washout">{worklist.data.waitingWashout}</dd>
            <dt>{t('reading.worklist.submitted')}</dt>
            <dd data-testid="count-submitted">{worklist.data.submitted}</dd>
          </dl>
          <h3>{t('reading.worklist.inProgress')}</h3>
          {worklist.data.inProgress.length === 0 ? (
            <p className="muted">{t('reading.worklist.noneInProgress')}</p>
          ) : (
            <table data-testid="tasks-in-progress">
              <thead>
                <tr>
                  <th scope="col">{t('reading.worklist.case')}</th>
                  <th scope="col">{t('reading.worklist.kind')}</th>
                  <th scope="col">{t('reading.worklist.claimedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {worklist.data.inProgress.map((task) => (
                  <tr key={task.id} data-task={task.id} data-kind={task.kind}>
                    <td><Link to={{ page: 'reading-task', projectId, taskId: task.id }} data-testid="task-link">{task.blindedLabel}</Link></td>
                    <td>{t(`reading.taskKind.${task.kind}`)}</td>
                    <td>{task.claimedAt ? <DateTime value={task.claimedAt} /> : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <NextCase projectId={projectId} />
        </>
      )}
    </section>
  );
}

/** A project without a reading form answers 404 to its current version. */
const noFormYet = (error: unknown): null => {
  if (error instanceof ApiError && error.status === 404) return null;
  throw error;
};

/** Whether the reader may take cases: their latest qualification on the current form version. */
function MyQualification({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const state = useResource(async () => {
    const [records, form] = await Promise.all([readingApi.myTrainingRecords(projectId), readingApi.form(projectId, 'current').catch(noFormYet)]);
    if (!form) return null;
    const latest = records.filter((r) => r.kind === 'qualification' && r.formVersion === form.version).at(-1);
    return { version: form.version, latest };
  }, [projectId]);
  if (state.error !== undefined) return <Refusal error={state.error} />;
  // Before the project has a reading form there is nothing to be qualified on.
  if (!state.data) return null;
  const { version, latest } = state.data;
  const qualified = latest?.outcome === 'qualified';
  return (
    <p className={qualified ? 'muted' : 'note'} data-testid="my-qualification" data-qualified={qualified ? 'yes' : 'no'}>
      {latest
        ? t(qualified ? 'reading.worklist.qualified' : 'reading.worklist.notQualified', { version, day: latest.completedOn })
        : t('reading.worklist.noQualification', { version })}
    </p>
  );
}
