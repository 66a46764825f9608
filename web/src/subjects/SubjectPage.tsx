// One subject: its status now, when processing was allowed or stopped, its append-only history, and
// recording a new event (a data manager of its centre: any; a DPO: objection or withdrawal).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { CONSENT_EVENT_KINDS, type SubjectDetail } from '../api/qc-types';
import type { ProjectDetail } from '../api/types';
import { DateTime } from '../components/DateTime';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { SubmissionResult } from '../components/SubmissionResult';
import { useResource } from '../components/useResource';
import { useSubmit } from '../components/useSubmit';
import { ProjectFrame } from '../workspaces/ProjectFrame';
import { ConsentEventFields, emptyEvent, eventBody, type EventDraft } from './ConsentEventFields';
import { ConsentStatusBadge } from './ConsentStatusBadge';

const STOPPING = CONSENT_EVENT_KINDS.filter((kind) => kind === 'objection' || kind === 'withdrawal');

export function SubjectPage({ projectId, subjectId }: { projectId: string; subjectId: string }) {
  const { t } = useTranslation();
  return (
    <ProjectFrame projectId={projectId} heading={() => t('subjects.pageTitle')}>
      {(project) => <SubjectView project={project} subjectId={subjectId} />}
    </ProjectFrame>
  );
}

function SubjectView({ project, subjectId }: { project: ProjectDetail; subjectId: string }) {
  const { t } = useTranslation();
  const subject = useResource(() => api.get('/api/projects/{projectId}/subjects/{subjectId}', { params: { projectId: project.id, subjectId } }), [project.id, subjectId]);
  if (subject.error !== undefined) return <Refusal error={subject.error} />;
  if (!subject.data) return <Loading />;
  const s = subject.data;
  const kinds = project.myRoles.includes('centre_data_manager') ? CONSENT_EVENT_KINDS : project.myRoles.includes('dpo') ? STOPPING : [];
  return (
    <>
      <section className="panel wide" aria-labelledby="subject-heading" data-testid="subject-detail">
        <h2 id="subject-heading">{s.code}</h2>
        <dl className="facts">
          <dt>{t('subjects.status')}</dt>
          <dd data-testid="subject-status">
            <ConsentStatusBadge status={s.consentStatus} mayProcess={s.mayProcess} />
          </dd>
          {s.waitingUntil && (
            <>
              <dt>{t('subjects.waitingUntilLabel')}</dt>
              <dd>{s.waitingUntil}</dd>
            </>
          )}
          <dt>{t('subjects.processing')}</dt>
          <dd>{s.mayProcess ? t('subjects.allowed') : t('subjects.notAllowed')}</dd>
          {s.processingAllowedFrom && (
            <>
              <dt>{t('subjects.allowedFrom')}</dt>
              <dd><DateTime value={s.processingAllowedFrom} /></dd>
            </>
          )}
          {s.processingStoppedAt && (
            <>
              <dt>{t('subjects.stoppedAt')}</dt>
              <dd><DateTime value={s.processingStoppedAt} /></dd>
            </>
          )}
        </dl>
      </section>
      <History subject={s} />
      {kinds.length > 0 && !s.processingStoppedAt && <RecordEvent projectId={project.id} subject={s} kinds={kinds} onRecorded={subject.reload} />}
      {s.processingStoppedAt && <p className="note">{t('subjects.final')}</p>}
    </>
  );
}

function History({ subject }: { subject: SubjectDetail }) {
  const { t } = useTranslation();
  return (
    <section className="panel wide" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('subjects.history')}</h2>
      {subject.history.length === 0 ? (
        <p>{t('subjects.noHistory')}</p>
      ) : (
        <table data-testid="consent-history">
          <thead>
            <tr>
              <th scope="col">{t('subjects.event')}</th>
              <th scope="col">{t('subjects.eventDate')}</th>
              <th scope="col">{t('subjects.eventChannel')}</th>
              <th scope="col">{t('subjects.recordedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {subject.history.map((e) => (
              <tr key={e.seq} data-event={e.kind}>
                <td>
                  {t(`consent.event.${e.kind}`)}
                  {e.declaredStatus && <span className="muted"> ({t('subjects.declared', { status: e.declaredStatus })})</span>}
                </td>
                <td>{e.date}</td>
                <td>{e.channel ? t(`consent.channel.${e.channel}`) : '—'}</td>
                <td><DateTime value={e.recordedAt} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function RecordEvent({ projectId, subject, kinds, onRecorded }: { projectId: string; subject: SubjectDetail; kinds: readonly EventDraft['kind'][]; onRecorded(): void }) {
  const { t } = useTranslation();
  const submission = useSubmit();
  const [draft, setDraft] = useState<EventDraft>(emptyEvent(kinds[0]!));
  const [understood, setUnderstood] = useState(false);
  const stops = draft.kind === 'objection' || draft.kind === 'withdrawal';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submission.run(async () => {
      const after = await api.post('/api/projects/{projectId}/subjects/{subjectId}/consent-events', { params: { projectId, subjectId: subject.id }, body: eventBody(draft) });
      return () => t('subjects.recorded', { status: t(`consent.status.${after.consentStatus}`) });
    });
    if (ok) onRecorded();
  };
  return (
    <form className="panel wide inline-form" onSubmit={(e) => void submit(e)} data-testid="record-event">
      <h2>{t('subjects.recordTitle')}</h2>
      <ConsentEventFields draft={draft} kinds={kinds} onChange={setDraft} idPrefix="event" />
      {stops && (
        <label className="checkbox wide-field inline-warning">
          <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} data-testid="event-understood" />
          {t('subjects.stopWarning', { code: subject.code })}
        </label>
      )}
      <button type="submit" className={stops ? 'danger' : undefined} disabled={submission.busy || (stops && !understood)} data-testid="event-submit">{t('subjects.record')}</button>
      <SubmissionResult submission={submission} />
    </form>
  );
}
