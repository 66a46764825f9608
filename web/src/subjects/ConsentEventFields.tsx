// The fields of one information/consent event: its kind, its day and, except for a written consent,
// the channel it came by. Used to register a subject with its first event and to record a later one.
import { useTranslation } from 'react-i18next';
import { CONSENT_CHANNELS, needsChannel, today, type ConsentChannel, type ConsentEventKind } from '../api/qc-types';

export interface EventDraft {
  kind: ConsentEventKind;
  date: string;
  channel: ConsentChannel;
}

export const emptyEvent = (kind: ConsentEventKind): EventDraft => ({ kind, date: today(), channel: 'letter' });

/** The request body the server takes for the draft (no channel on a written consent). */
export const eventBody = (draft: EventDraft) => ({ kind: draft.kind, date: draft.date, ...(needsChannel(draft.kind) && { channel: draft.channel }) });

export function ConsentEventFields({ draft, kinds, onChange, idPrefix }: { draft: EventDraft; kinds: readonly ConsentEventKind[]; onChange(draft: EventDraft): void; idPrefix: string }) {
  const { t } = useTranslation();
  return (
    <>
      <label>
        {t('subjects.eventKind')}
        <select value={draft.kind} onChange={(e) => onChange({ ...draft, kind: e.target.value as ConsentEventKind })} data-testid={`${idPrefix}-kind`}>
          {kinds.map((kind) => <option key={kind} value={kind}>{t(`consent.event.${kind}`)}</option>)}
        </select>
      </label>
      <label>
        {t('subjects.eventDate')}
        <input type="date" value={draft.date} max={today()} required onChange={(e) => onChange({ ...draft, date: e.target.value })} data-testid={`${idPrefix}-date`} />
      </label>
      {needsChannel(draft.kind) && (
        <label>
          {t('subjects.eventChannel')}
          <select value={draft.channel} onChange={(e) => onChange({ ...draft, channel: e.target.value as ConsentChannel })} data-testid={`${idPrefix}-channel`}>
            {CONSENT_CHANNELS.map((channel) => <option key={channel} value={channel}>{t(`consent.channel.${channel}`)}</option>)}
          </select>
        </label>
      )}
    </>
  );
}
