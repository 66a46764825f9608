// Registers one pseudonymous subject of the person's centre, with its first information/consent
// event (or none: the status stays unknown and nothing may be processed).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { CONSENT_EVENT_KINDS } from '../api/qc-types';
import { SubmissionResult } from '../components/SubmissionResult';
import { useSubmit } from '../components/useSubmit';
import { ConsentEventFields, emptyEvent, eventBody, type EventDraft } from './ConsentEventFields';

/** A subject is registered with consent or a notice; an objection needs a subject to object. */
const FIRST_EVENTS = CONSENT_EVENT_KINDS.filter((kind) => kind === 'written-consent' || kind === 'information-notice');

export function RegisterSubject({ projectId, centreId, onRegistered }: { projectId: string; centreId: string; onRegistered(): void }) {
  const { t } = useTranslation();
  const submission = useSubmit();
  const [code, setCode] = useState('');
  const [withEvent, setWithEvent] = useState(true);
  const [draft, setDraft] = useState<EventDraft>(emptyEvent('written-consent'));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submission.run(async () => {
      const created = await api.post('/api/projects/{projectId}/subjects', { params: { projectId }, body: { code, centreId, ...(withEvent && { consent: eventBody(draft) }) } });
      return () => t('subjects.registered', { code: created.code });
    });
    if (ok) {
      setCode('');
      onRegistered();
    }
  };

  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} data-testid="register-subject">
      <h3>{t('subjects.registerTitle')}</h3>
      <label>
        {t('subjects.code')}
        <input value={code} onChange={(e) => setCode(e.target.value)} required data-testid="register-code" />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={withEvent} onChange={(e) => setWithEvent(e.target.checked)} />
        {t('subjects.withFirstEvent')}
      </label>
      {withEvent && <ConsentEventFields draft={draft} kinds={FIRST_EVENTS} onChange={setDraft} idPrefix="register" />}
      <button type="submit" disabled={submission.busy || code === ''} data-testid="register-submit">{t('subjects.register')}</button>
      <SubmissionResult submission={submission} />
    </form>
  );
}
