// The information/consent status of a subject: a pure function of its append-only history of
// events, the project's waiting period and "now". No SQL, no HTTP.
//
// Two lawful paths to using a subject's imaging:
//  - prospective: a written consent (dated) allows processing from that day;
//  - retrospective: an information notice delivered (dated, with its channel) allows processing once
//    the project's waiting period has elapsed without objection ("no objection").
// An objection or a withdrawal stops processing at once and for good.
//
// Which new events are accepted, given the history (checkNewEvent):
//  - no date in the future, none before 1970, a real calendar date (YYYY-MM-DD, UTC days);
//  - nothing after an objection or a withdrawal: they are final in this register;
//  - a written consent or a notice may not be dated before the latest event already recorded
//    (the history reads in order); an objection or withdrawal may, because it is often recorded
//    after the letter that carried it;
//  - no second written consent, no notice once consented, no second notice;
//  - a withdrawal needs a written consent to withdraw (otherwise it is an objection);
//  - a notice, an objection and a withdrawal say how they were delivered or received (channel);
//    a written consent does not.
import { conflict, invalid, type DomainError } from '../platform/domain-error.ts';

export const CONSENT_STATUSES = ['unknown', 'consented', 'information-notice-delivered', 'no-objection', 'objected', 'withdrawn'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

/** Events a person records. */
export const CONSENT_EVENT_KINDS = ['written-consent', 'information-notice', 'objection', 'withdrawal'] as const;
export type ConsentEventKind = (typeof CONSENT_EVENT_KINDS)[number];

/**
 * A status stated at registration without its evidence: what clients that register subjects with a
 * bare `consentStatus` (the upload page, `corelab upload --consent-status`) and the subjects that
 * existed before the history was kept carry. "pending" records no event (status unknown).
 */
export const DECLARED_STATUSES = ['consented', 'no-objection', 'pending', 'objected', 'withdrawn'] as const;
export type DeclaredStatus = (typeof DECLARED_STATUSES)[number];
export const STATUS_DECLARED = 'status-declared';
export type StoredEventKind = ConsentEventKind | typeof STATUS_DECLARED;

/** How a notice was delivered, or an objection or withdrawal received. */
export const CONSENT_CHANNELS = ['letter', 'registered-letter', 'email', 'in-person', 'phone', 'patient-portal'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

/** Only these statuses allow imaging to be accepted, QC'd, read or exported. */
export const PROCESSABLE_STATUSES: readonly ConsentStatus[] = ['consented', 'no-objection'];

export const mayProcess = (status: ConsentStatus): boolean => PROCESSABLE_STATUSES.includes(status);

export const WAITING_PERIOD_DAYS = { min: 1, max: 365, default: 30 } as const;

export interface NewConsentEvent {
  kind: ConsentEventKind;
  /** YYYY-MM-DD, the day it happened (a UTC calendar day). */
  date: string;
  channel?: ConsentChannel | null;
}

export interface ConsentEvent {
  kind: StoredEventKind;
  date: string;
  channel: ConsentChannel | null;
  /** Set on status-declared events only. */
  declaredStatus: Exclude<DeclaredStatus, 'pending'> | null;
  /** Order of recording for this subject, from 1. */
  seq: number;
  recordedAt: Date;
}

export interface ConsentState {
  status: ConsentStatus;
  /** From when processing is allowed if nothing else happens (may be in the future while a waiting period runs). */
  allowedFrom: Date | null;
  /** When processing was stopped (the objection or withdrawal was recorded). */
  stoppedAt: Date | null;
  /** The last day of a waiting period still running, YYYY-MM-DD. */
  waitingUntil: string | null;
}

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() + 1 === Number(m[2]) && d.getUTCDate() === Number(m[3]);
}

export const startOfDay = (date: string): Date => new Date(`${date}T00:00:00Z`);
export const dayOf = (instant: Date): string => instant.toISOString().slice(0, 10);
const addDays = (date: string, days: number): Date => new Date(startOfDay(date).getTime() + days * DAY_MS);

/** Events in the order they happened: by date, then in the order they were recorded. */
const chronological = (history: readonly ConsentEvent[]) => [...history].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));

const minDate = (a: Date | null, b: Date): Date => (a && a.getTime() <= b.getTime() ? a : b);

/** The subject's status at `now`. */
export function consentState(history: readonly ConsentEvent[], waitingDays: number, now: Date): ConsentState {
  let stage: 'none' | 'consented' | 'notice' | 'declared-no-objection' | 'objected' | 'withdrawn' = 'none';
  let allowedFrom: Date | null = null;
  let stoppedAt: Date | null = null;
  for (const event of chronological(history)) {
    if (stage === 'objected' || stage === 'withdrawn') break;
    const kind = event.kind === STATUS_DECLARED ? event.declaredStatus : event.kind;
    switch (kind) {
      case 'written-consent':
      case 'consented':
        // A consent after a notice whose period had already elapsed keeps the earlier start.
        allowedFrom = minDate(allowedFrom, startOfDay(event.date));
        stage = 'consented';
        break;
      case 'information-notice':
        allowedFrom = addDays(event.date, waitingDays);
        stage = 'notice';
        break;
      case 'no-objection':
        allowedFrom = startOfDay(event.date);
        stage = 'declared-no-objection';
        break;
      case 'objection':
      case 'objected':
        stoppedAt = event.recordedAt;
        stage = 'objected';
        break;
      case 'withdrawal':
      case 'withdrawn':
        stoppedAt = event.recordedAt;
        stage = 'withdrawn';
        break;
    }
  }
  switch (stage) {
    case 'none':
      return { status: 'unknown', allowedFrom: null, stoppedAt: null, waitingUntil: null };
    case 'objected':
    case 'withdrawn':
      return { status: stage, allowedFrom, stoppedAt, waitingUntil: null };
    case 'consented':
      return { status: 'consented', allowedFrom, stoppedAt: null, waitingUntil: null };
    case 'declared-no-objection':
      return { status: 'no-objection', allowedFrom, stoppedAt: null, waitingUntil: null };
    case 'notice': {
      const elapsed = allowedFrom!.getTime() <= now.getTime();
      return elapsed
        ? { status: 'no-objection', allowedFrom, stoppedAt: null, waitingUntil: null }
        : { status: 'information-notice-delivered', allowedFrom, stoppedAt: null, waitingUntil: dayOf(new Date(allowedFrom!.getTime() - DAY_MS)) };
    }
  }
}

/** Why a new event is refused given the history, or null when it may be recorded. */
export function checkNewEvent(history: readonly ConsentEvent[], event: NewConsentEvent, now: Date): DomainError | null {
  if (!isCalendarDate(event.date)) return invalid('consent.invalid-date', `"${event.date}" is not a calendar date written YYYY-MM-DD`);
  if (event.date < '1970-01-01') return invalid('consent.invalid-date', `${event.date} is before 1970: not a plausible date for a consent event`);
  if (event.date > dayOf(now)) return invalid('consent.date-in-future', `${event.date} is in the future (today is ${dayOf(now)} UTC): record an event once it has happened`);
  const needsChannel = event.kind !== 'written-consent';
  if (needsChannel && !event.channel) {
    return invalid('consent.channel-required', `a${event.kind === 'information-notice' ? 'n information notice' : event.kind === 'objection' ? 'n objection' : ' withdrawal'} says how it was ${event.kind === 'information-notice' ? 'delivered' : 'received'} (channel: ${CONSENT_CHANNELS.join(', ')})`);
  }
  if (!needsChannel && event.channel) return invalid('consent.channel-not-applicable', 'a written consent has no channel: it is the signed form, dated');

  const ordered = chronological(history);
  const stop = ordered.find((e) => e.kind === 'objection' || e.kind === 'withdrawal' || (e.kind === STATUS_DECLARED && (e.declaredStatus === 'objected' || e.declaredStatus === 'withdrawn')));
  if (stop) {
    return conflict('consent.processing-stopped', `the subject's ${stop.kind === 'withdrawal' || stop.declaredStatus === 'withdrawn' ? 'withdrawal' : 'objection'} of ${stop.date} is final: no further consent event is recorded`);
  }
  const consented = ordered.some((e) => e.kind === 'written-consent' || (e.kind === STATUS_DECLARED && e.declaredStatus === 'consented'));
  const noticed = ordered.some((e) => e.kind === 'information-notice' || (e.kind === STATUS_DECLARED && e.declaredStatus === 'no-objection'));
  const latest = ordered.at(-1);
  switch (event.kind) {
    case 'written-consent':
      if (consented) return conflict('consent.already-consented', 'the subject has already given written consent');
      break;
    case 'information-notice':
      if (consented) return conflict('consent.already-consented', 'the subject has given written consent: an information notice for retrospective use does not apply');
      if (noticed) return conflict('consent.notice-already-delivered', 'the information notice has already been delivered to this subject; its waiting period runs from that delivery');
      break;
    case 'withdrawal':
      if (!consented) return conflict('consent.withdrawal-without-consent', 'the subject never gave written consent: record an objection instead');
      break;
    case 'objection':
      break;
  }
  if ((event.kind === 'written-consent' || event.kind === 'information-notice') && latest && event.date < latest.date) {
    return conflict('consent.event-out-of-order', `${event.date} is before the latest recorded event (${latest.date}): a ${event.kind} is recorded in order`);
  }
  return null;
}
