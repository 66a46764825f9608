// One query's thread of messages, and what the person may do with it: the centre replies (or
// re-sends series and declares the exam complete again); QC closes an answered query or reopens it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { QueryDetail } from '../api/qc-types';
import type { ProjectRole } from '../api/types';
import { DateTime } from '../components/DateTime';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { SubmissionResult } from '../components/SubmissionResult';
import { useResource } from '../components/useResource';
import { useSubmit } from '../components/useSubmit';

type Action = 'reply' | 'close' | 'reopen';

export function QueryThread({ projectId, queryId, roles, onChanged }: { projectId: string; queryId: string; roles: readonly ProjectRole[]; onChanged(): void }) {
  const { t } = useTranslation();
  const query = useResource(() => api.get('/api/projects/{projectId}/queries/{queryId}', { params: { projectId, queryId } }), [projectId, queryId]);
  if (query.error !== undefined) return <Refusal error={query.error} />;
  if (!query.data) return <Loading />;
  const q = query.data;
  const qc = roles.includes('qc_reviewer') || roles.includes('core_lab_manager');
  const actions: Action[] = [];
  if (roles.includes('centre_data_manager') && q.state !== 'closed') actions.push('reply');
  if (qc && q.state === 'answered') actions.push('close');
  if (qc && q.state !== 'open') actions.push('reopen');
  const changed = () => {
    query.reload();
    onChanged();
  };
  return (
    <div className="query-thread" data-testid="query-thread">
      <ol className="thread">
        {q.thread.map((m) => (
          <li key={m.seq} data-kind={m.kind}>
            <strong>{t(`queries.kinds.${m.kind}`)}</strong>{' '}
            <span className="muted">
              {m.authorName ?? t('queries.system')} · <DateTime value={m.createdAt} />
            </span>
            <div>{m.body}</div>
          </li>
        ))}
      </ol>
      {roles.includes('centre_data_manager') && q.state !== 'closed' && <p className="note">{t('queries.resendHint')}</p>}
      {actions.map((action) => <QueryAction key={action} projectId={projectId} query={q} action={action} onDone={changed} />)}
    </div>
  );
}

function QueryAction({ projectId, query, action, onDone }: { projectId: string; query: QueryDetail; action: Action; onDone(): void }) {
  const { t } = useTranslation();
  const submission = useSubmit();
  const [text, setText] = useState('');
  const [dueDate, setDueDate] = useState('');
  const params = { projectId, queryId: query.id };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submission.run(async () => {
      if (action === 'reply') await api.post('/api/projects/{projectId}/queries/{queryId}/replies', { params, body: { text } });
      else if (action === 'close') await api.post('/api/projects/{projectId}/queries/{queryId}/close', { params, body: text.trim() ? { comment: text } : {} });
      else await api.post('/api/projects/{projectId}/queries/{queryId}/reopen', { params, body: { text, ...(dueDate && { dueDate }) } });
      return () => t(`queries.done.${action}`);
    });
    if (ok) {
      setText('');
      onDone();
    }
  };
  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} data-testid={`query-${action}`}>
      <label className="wide-field">
        {t(`queries.textLabel.${action}`)} {action === 'close' && <span className="optional">{t('common.optional')}</span>}
        <textarea value={text} rows={2} required={action !== 'close'} maxLength={4000} onChange={(e) => setText(e.target.value)} data-testid={`query-${action}-text`} />
      </label>
      {action === 'reopen' && (
        <label>
          {t('queries.newDueDate')} <span className="optional">{t('common.optional')}</span>
          <input type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
        </label>
      )}
      <button type="submit" disabled={submission.busy} data-testid={`query-${action}-submit`}>{t(`queries.actions.${action}`)}</button>
      <SubmissionResult submission={submission} />
    </form>
  );
}
