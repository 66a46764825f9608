// The project's readers: workload and progress per reader (table and chart), and their training and
// qualification records — a reader gets tasks only once qualified on the project's form version.
import './reading.css';
import { lazy, Suspense, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { today } from '../api/qc-types';
import { DateTime } from '../components/DateTime';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { useResource } from '../components/useResource';
import { useSubmit } from '../components/useSubmit';
import { ProjectFrame } from '../workspaces/ProjectFrame';
import { readingApi } from './reading-api';
import type { ReadingProgress } from './reading-types';

// The chart library is loaded with the chart, not with every page.
const ProgressChart = lazy(() => import('./ProgressChart').then((m) => ({ default: m.ProgressChart })));

export function ReadersPage({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  return (
    <ProjectFrame projectId={projectId} heading={() => t('reading.readers.pageTitle')}>
      {(project) => (
        <>
          <ProgressPanel projectId={project.id} />
          <TrainingRecords projectId={project.id} records={project.myRoles.includes('core_lab_manager')} />
        </>
      )}
    </ProjectFrame>
  );
}

function ProgressPanel({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const progress = useResource(() => readingApi.progress(projectId), [projectId]);
  return (
    <section className="panel wide" aria-labelledby="reading-progress-heading" data-testid="reading-progress">
      <h2 id="reading-progress-heading">{t('reading.readers.progressTitle')}</h2>
      <Refusal error={progress.error} />
      {progress.loading && !progress.data && <Loading />}
      {progress.data && <ProgressFigures progress={progress.data} />}
      {progress.data && progress.data.readers.length > 0 && (
        <Suspense fallback={<Loading />}>
          <ProgressChart readers={progress.data.readers} />
        </Suspense>
      )}
    </section>
  );
}

const PROJECT_FIGURES = ['examsPassedQc', 'planned', 'read', 'adjudicated', 'final'] as const;

function ProgressFigures({ progress }: { progress: ReadingProgress }) {
  const { t } = useTranslation();
  return (
    <>
      <dl className="facts" data-testid="project-progress">
        {PROJECT_FIGURES.map((key) => (
          <div key={key} data-figure={key} data-value={progress.project[key]} className="fact">
            <dt>{t(`reading.readers.project.${key}`)}</dt>
            <dd>{progress.project[key]}</dd>
          </div>
        ))}
        <div data-figure="adjudications" className="fact">
          <dt>{t('reading.readers.project.adjudications')}</dt>
          <dd>{t('reading.readers.project.adjudicationStates', progress.project.adjudications)}</dd>
        </div>
      </dl>
      {progress.readers.length === 0 ? (
        <p className="muted">{t('reading.readers.none')}</p>
      ) : (
        <table data-testid="reader-progress">
          <thead>
            <tr>
              <th scope="col">{t('reading.readers.reader')}</th>
              <th scope="col">{t('reading.readers.qualified')}</th>
              <th scope="col">{t('reading.readers.inProgress')}</th>
              <th scope="col">{t('reading.readers.submitted')}</th>
              <th scope="col">{t('reading.readers.rereadsDue')}</th>
              <th scope="col">{t('reading.readers.rereadsWaiting')}</th>
              <th scope="col">{t('reading.readers.rereadsDone')}</th>
              <th scope="col">{t('reading.readers.adjudications')}</th>
            </tr>
          </thead>
          <tbody>
            {progress.readers.map((r) => (
              <tr key={r.userId} data-reader={r.displayName} data-qualified={r.qualified ? 'yes' : 'no'}>
                <td>{r.displayName}</td>
                <td>
                  <span className={`badge${r.qualified ? ' ok' : ''}`}>{t(`reading.readers.qualification.${r.qualification}`)}</span>
                </td>
                <td>{r.inProgress + r.rereadsInProgress}</td>
                <td>{r.submitted}</td>
                <td>{r.rereadsDue}</td>
                <td>{r.rereadsWaiting}</td>
                <td>{r.rereadsDone}</td>
                <td>{r.adjudications}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {progress.adjudicators.length > 0 && (
        <table data-testid="adjudicator-progress">
          <thead>
            <tr>
              <th scope="col">{t('reading.readers.adjudicator')}</th>
              <th scope="col">{t('reading.readers.inProgress')}</th>
              <th scope="col">{t('reading.readers.resolved')}</th>
            </tr>
          </thead>
          <tbody>
            {progress.adjudicators.map((a) => (
              <tr key={a.userId} data-adjudicator={a.displayName}>
                <td>{a.displayName}</td>
                <td>{a.inProgress}</td>
                <td>{a.resolved}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function TrainingRecords({ projectId, records }: { projectId: string; records: boolean }) {
  const { t } = useTranslation();
  const members = useResource(() => api.get('/api/projects/{projectId}/memberships', { params: { projectId } }), [projectId]);
  const people = [...new Map((members.data ?? []).filter((m) => m.role === 'reader' || m.role === 'adjudicator').map((m) => [m.userId, m])).values()];
  const [chosen, setChosen] = useState<string>('');
  const userId = chosen || people[0]?.userId || '';
  return (
    <section className="panel wide" aria-labelledby="training-heading" data-testid="training-records">
      <h2 id="training-heading">{t('reading.training.title')}</h2>
      <p className="muted">{t('reading.training.explained')}</p>
      <Refusal error={members.error} />
      {members.loading && !members.data && <Loading />}
      {members.data && people.length === 0 && <p>{t('reading.training.noReaders')}</p>}
      {people.length > 0 && (
        <label>
          {t('reading.training.person')}
          <select value={userId} onChange={(e) => setChosen(e.target.value)} data-testid="training-person">
            {people.map((p) => <option key={p.userId} value={p.userId}>{`${p.displayName} (${p.username})`}</option>)}
          </select>
        </label>
      )}
      {userId && <RecordsOf key={userId} projectId={projectId} userId={userId} records={records} />}
    </section>
  );
}

function RecordsOf({ projectId, userId, records }: { projectId: string; userId: string; records: boolean }) {
  const { t } = useTranslation();
  const list = useResource(() => readingApi.trainingRecords(projectId, userId), [projectId, userId]);
  return (
    <>
      <Refusal error={list.error} />
      {list.loading && !list.data && <Loading />}
      {list.data && list.data.length === 0 && <p className="muted">{t('reading.training.none')}</p>}
      {list.data && list.data.length > 0 && (
        <table data-testid="training-list">
          <thead>
            <tr>
              <th scope="col">{t('reading.training.kind')}</th>
              <th scope="col">{t('reading.training.formVersion')}</th>
              <th scope="col">{t('reading.training.completedOn')}</th>
              <th scope="col">{t('reading.training.outcome')}</th>
              <th scope="col">{t('reading.training.evidence')}</th>
              <th scope="col">{t('reading.training.recordedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((r) => (
              <tr key={r.id} data-kind={r.kind} data-outcome={r.outcome}>
                <td>{t(`reading.training.kinds.${r.kind}`)}</td>
                <td>{r.formVersion ?? '—'}</td>
                <td>{r.completedOn}</td>
                <td>{t(`reading.training.outcomes.${r.outcome}`)}</td>
                <td>{r.evidence}</td>
                <td>{r.recordedAt ? <DateTime value={r.recordedAt} /> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {records && <RecordTraining projectId={projectId} userId={userId} onRecorded={list.reload} />}
    </>
  );
}

function RecordTraining({ projectId, userId, onRecorded }: { projectId: string; userId: string; onRecorded(): void }) {
  const { t } = useTranslation();
  const forms = useResource(() => readingApi.forms(projectId), [projectId]);
  const submission = useSubmit();
  const [kind, setKind] = useState<'training' | 'qualification'>('qualification');
  const [outcome, setOutcome] = useState<'completed' | 'qualified' | 'not-qualified'>('qualified');
  const [formVersion, setFormVersion] = useState<number | null>(null);
  const [completedOn, setCompletedOn] = useState(today());
  const [evidence, setEvidence] = useState('');
  const versions = (forms.data ?? []).map((f) => f.version).sort((a, b) => b - a);
  const version = formVersion ?? versions[0];
  const outcomes = kind === 'training' ? (['completed'] as const) : (['qualified', 'not-qualified'] as const);
  const shownOutcome = (outcomes as readonly string[]).includes(outcome) ? outcome : outcomes[0];

  const record = (event: FormEvent) => {
    event.preventDefault();
    if (version === undefined) return;
    void submission.run(async () => {
      await readingApi.recordTraining(projectId, userId, { kind, formVersion: version, completedOn, outcome: shownOutcome, evidence });
      setEvidence('');
      onRecorded();
      return () => t('reading.training.recorded');
    });
  };
  return (
    <form className="stacked-form" onSubmit={record} data-testid="training-form">
      <h3>{t('reading.training.recordTitle')}</h3>
      <Refusal error={forms.error} />
      <label>
        {t('reading.training.kind')}
        <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)} data-testid="training-kind">
          <option value="training">{t('reading.training.kinds.training')}</option>
          <option value="qualification">{t('reading.training.kinds.qualification')}</option>
        </select>
      </label>
      <label>
        {t('reading.training.formVersion')}
        <select value={version ?? ''} onChange={(e) => setFormVersion(Number(e.target.value))} data-testid="training-form-version">
          {versions.map((v) => <option key={v} value={v}>{v}</option>)}
        </select>
      </label>
      <label>
        {t('reading.training.completedOn')}
        <input type="date" value={completedOn} max={today()} required onChange={(e) => setCompletedOn(e.target.value)} data-testid="training-date" />
      </label>
      <label>
        {t('reading.training.outcome')}
        <select value={shownOutcome} onChange={(e) => setOutcome(e.target.value as typeof outcome)} data-testid="training-outcome">
          {outcomes.map((o) => <option key={o} value={o}>{t(`reading.training.outcomes.${o}`)}</option>)}
        </select>
      </label>
      <label>
        {t('reading.training.evidence')}
        <input value={evidence} required minLength={3} maxLength={1000} onChange={(e) => setEvidence(e.target.value)} data-testid="training-evidence" />
      </label>
      <Refusal error={submission.error} />
      {submission.done && <p className="success" role="status">{submission.done()}</p>}
      <div className="form-actions">
        <button type="submit" disabled={submission.busy || version === undefined} data-testid="training-submit">{t('reading.training.record')}</button>
      </div>
    </form>
  );
}
