// The information/consent status as a pure function of the history, the waiting period and now,
// and the rules for a new event: table-driven, no database.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkNewEvent, consentState, mayProcess, CONSENT_STATUSES, type ConsentEvent, type ConsentStatus, type NewConsentEvent } from '../src/subjects/consent.ts';
import { mayProcessRow } from '../src/subjects/consent-gate.ts';

const NOW = new Date('2025-06-15T12:00:00Z');
const recorded = (day: string) => new Date(`${day}T09:30:00Z`);
let seq = 0;
const ev = (kind: ConsentEvent['kind'], date: string, extra: Partial<ConsentEvent> = {}): ConsentEvent => ({
  kind,
  date,
  channel: kind === 'written-consent' || kind === 'status-declared' ? null : 'letter',
  declaredStatus: null,
  seq: ++seq,
  recordedAt: recorded(date),
  ...extra,
});
const declared = (status: NonNullable<ConsentEvent['declaredStatus']>, date: string) => ev('status-declared', date, { declaredStatus: status });

interface Case {
  name: string;
  history: ConsentEvent[];
  waitingDays?: number;
  status: ConsentStatus;
  allowedFrom?: string | null;
  stoppedAt?: string | null;
  waitingUntil?: string | null;
}

const consent = ev('written-consent', '2025-03-01');
const withdrawal = ev('withdrawal', '2025-06-10');
const lateObjection = ev('objection', '2025-05-20', { recordedAt: new Date('2025-06-12T10:00:00Z') });
const notice0601 = ev('information-notice', '2025-06-01');

const CASES: Case[] = [
  { name: 'no event: unknown', history: [], status: 'unknown', allowedFrom: null, stoppedAt: null },
  { name: 'written consent: consented from its day', history: [ev('written-consent', '2025-06-01')], status: 'consented', allowedFrom: '2025-06-01T00:00:00.000Z' },
  { name: 'consent given today', history: [ev('written-consent', '2025-06-15')], status: 'consented', allowedFrom: '2025-06-15T00:00:00.000Z' },
  {
    name: 'notice, waiting period running: until its last day',
    history: [notice0601],
    status: 'information-notice-delivered',
    allowedFrom: '2025-07-01T00:00:00.000Z',
    waitingUntil: '2025-06-30',
  },
  { name: 'notice, period elapsed: no objection', history: [ev('information-notice', '2025-05-01', { channel: 'email' })], status: 'no-objection', allowedFrom: '2025-05-31T00:00:00.000Z', waitingUntil: null },
  { name: 'notice, period ends at midnight today: no objection', history: [ev('information-notice', '2025-05-16')], status: 'no-objection', allowedFrom: '2025-06-15T00:00:00.000Z' },
  { name: 'notice, period ends tomorrow: still waiting', history: [ev('information-notice', '2025-05-17')], status: 'information-notice-delivered', waitingUntil: '2025-06-15' },
  { name: 'a shorter waiting period', history: [ev('information-notice', '2025-06-01')], waitingDays: 10, status: 'no-objection', allowedFrom: '2025-06-11T00:00:00.000Z' },
  {
    name: 'notice then objection within the period: objected, stopped when recorded',
    history: [ev('information-notice', '2025-06-01'), ev('objection', '2025-06-05', { channel: 'phone' })],
    status: 'objected',
    stoppedAt: '2025-06-05T09:30:00.000Z',
  },
  { name: 'objection after the period elapsed', history: [ev('information-notice', '2025-04-01'), ev('objection', '2025-06-14')], status: 'objected', stoppedAt: '2025-06-14T09:30:00.000Z' },
  { name: 'withdrawal after consent', history: [consent, withdrawal], status: 'withdrawn', stoppedAt: '2025-06-10T09:30:00.000Z', allowedFrom: '2025-03-01T00:00:00.000Z' },
  { name: 'events given out of order are read by date', history: [withdrawal, consent], status: 'withdrawn' },
  {
    name: 'an objection recorded late, dated before the notice, still stops',
    history: [ev('information-notice', '2025-06-01'), lateObjection],
    status: 'objected',
    stoppedAt: '2025-06-12T10:00:00.000Z',
  },
  { name: 'objection with no earlier event', history: [ev('objection', '2025-06-02', { channel: 'in-person' })], status: 'objected', allowedFrom: null },
  { name: 'consent during the waiting period: consented from the consent', history: [ev('information-notice', '2025-06-01'), ev('written-consent', '2025-06-03')], status: 'consented', allowedFrom: '2025-06-03T00:00:00.000Z' },
  {
    name: 'consent after the period elapsed keeps the earlier start',
    history: [ev('information-notice', '2025-04-01'), ev('written-consent', '2025-06-03')],
    status: 'consented',
    allowedFrom: '2025-05-01T00:00:00.000Z',
  },
  { name: 'same day: the order of recording decides', history: [ev('written-consent', '2025-06-02'), ev('withdrawal', '2025-06-02')], status: 'withdrawn' },
  { name: 'declared consented', history: [declared('consented', '2025-06-01')], status: 'consented', allowedFrom: '2025-06-01T00:00:00.000Z' },
  { name: 'declared no objection', history: [declared('no-objection', '2025-06-01')], status: 'no-objection', allowedFrom: '2025-06-01T00:00:00.000Z' },
  { name: 'declared objected', history: [declared('objected', '2025-06-01')], status: 'objected', stoppedAt: '2025-06-01T09:30:00.000Z' },
  { name: 'declared consented, then withdrawn', history: [declared('consented', '2025-06-01'), ev('withdrawal', '2025-06-02')], status: 'withdrawn' },
];

test('the status is a function of the history, the waiting period and now', () => {
  for (const c of CASES) {
    const state = consentState(c.history, c.waitingDays ?? 30, NOW);
    assert.equal(state.status, c.status, c.name);
    if (c.allowedFrom !== undefined) assert.equal(state.allowedFrom?.toISOString() ?? null, c.allowedFrom, `${c.name}: allowedFrom`);
    if (c.stoppedAt !== undefined) assert.equal(state.stoppedAt?.toISOString() ?? null, c.stoppedAt, `${c.name}: stoppedAt`);
    if (c.waitingUntil !== undefined) assert.equal(state.waitingUntil, c.waitingUntil, `${c.name}: waitingUntil`);
    // The SQL gate's columns say the same as the status.
    const row = { processing_allowed_from: state.allowedFrom, processing_stopped_at: state.stoppedAt };
    assert.equal(mayProcessRow(row, NOW), mayProcess(state.status), `${c.name}: the row gate agrees with the status`);
  }
});

test('time passing moves a notice to no objection, and nothing else', () => {
  const history = [ev('information-notice', '2025-06-01')];
  assert.equal(consentState(history, 30, new Date('2025-06-30T23:59:59Z')).status, 'information-notice-delivered');
  assert.equal(consentState(history, 30, new Date('2025-07-01T00:00:00Z')).status, 'no-objection');
  const stopped = [ev('information-notice', '2025-06-01'), ev('objection', '2025-06-02')];
  assert.equal(consentState(stopped, 30, new Date('2026-01-01T00:00:00Z')).status, 'objected');
});

test('only consented and no-objection may be processed', () => {
  const allowed = CONSENT_STATUSES.filter(mayProcess);
  assert.deepEqual(allowed, ['consented', 'no-objection']);
});

interface EventCase {
  name: string;
  history: ConsentEvent[];
  event: NewConsentEvent;
  refusal: string | null;
}

const EVENT_CASES: EventCase[] = [
  { name: 'a first consent', history: [], event: { kind: 'written-consent', date: '2025-06-15' }, refusal: null },
  { name: 'a date in the future', history: [], event: { kind: 'written-consent', date: '2025-06-16' }, refusal: 'consent.date-in-future' },
  { name: 'not a calendar day', history: [], event: { kind: 'written-consent', date: '2025-02-30' }, refusal: 'consent.invalid-date' },
  { name: 'a French-written date', history: [], event: { kind: 'written-consent', date: '15/06/2025' }, refusal: 'consent.invalid-date' },
  { name: 'before 1970', history: [], event: { kind: 'written-consent', date: '1969-12-31' }, refusal: 'consent.invalid-date' },
  { name: 'a notice without its channel', history: [], event: { kind: 'information-notice', date: '2025-06-01' }, refusal: 'consent.channel-required' },
  { name: 'an objection without its channel', history: [], event: { kind: 'objection', date: '2025-06-01' }, refusal: 'consent.channel-required' },
  { name: 'a written consent with a channel', history: [], event: { kind: 'written-consent', date: '2025-06-01', channel: 'email' }, refusal: 'consent.channel-not-applicable' },
  { name: 'consent after withdrawal', history: [consent, withdrawal], event: { kind: 'written-consent', date: '2025-06-15' }, refusal: 'consent.processing-stopped' },
  { name: 'notice after objection', history: [ev('objection', '2025-06-01')], event: { kind: 'information-notice', date: '2025-06-15', channel: 'letter' }, refusal: 'consent.processing-stopped' },
  { name: 'a second objection', history: [ev('objection', '2025-06-01')], event: { kind: 'objection', date: '2025-06-15', channel: 'letter' }, refusal: 'consent.processing-stopped' },
  { name: 'anything after a declared withdrawal', history: [declared('withdrawn', '2025-06-01')], event: { kind: 'objection', date: '2025-06-15', channel: 'letter' }, refusal: 'consent.processing-stopped' },
  { name: 'a second consent', history: [consent], event: { kind: 'written-consent', date: '2025-06-15' }, refusal: 'consent.already-consented' },
  { name: 'a notice after consent', history: [consent], event: { kind: 'information-notice', date: '2025-06-15', channel: 'letter' }, refusal: 'consent.already-consented' },
  { name: 'a second notice', history: [notice0601], event: { kind: 'information-notice', date: '2025-06-15', channel: 'phone' }, refusal: 'consent.notice-already-delivered' },
  { name: 'a notice after a declared no objection', history: [declared('no-objection', '2025-06-01')], event: { kind: 'information-notice', date: '2025-06-15', channel: 'phone' }, refusal: 'consent.notice-already-delivered' },
  { name: 'withdrawal without consent', history: [notice0601], event: { kind: 'withdrawal', date: '2025-06-15', channel: 'letter' }, refusal: 'consent.withdrawal-without-consent' },
  { name: 'withdrawal of a declared consent', history: [declared('consented', '2025-06-01')], event: { kind: 'withdrawal', date: '2025-06-15', channel: 'letter' }, refusal: null },
  { name: 'a consent dated before the latest event', history: [ev('information-notice', '2025-06-10')], event: { kind: 'written-consent', date: '2025-06-05' }, refusal: 'consent.event-out-of-order' },
  { name: 'an objection dated before the latest event (recorded late)', history: [ev('information-notice', '2025-06-10')], event: { kind: 'objection', date: '2025-06-05', channel: 'letter' }, refusal: null },
  { name: 'an objection with no earlier event', history: [], event: { kind: 'objection', date: '2025-06-05', channel: 'patient-portal' }, refusal: null },
  { name: 'a consent during the waiting period', history: [notice0601], event: { kind: 'written-consent', date: '2025-06-02' }, refusal: null },
];

test('a new event is accepted or refused for a specific reason', () => {
  for (const c of EVENT_CASES) {
    const refusal = checkNewEvent(c.history, c.event, NOW);
    assert.equal(refusal?.code ?? null, c.refusal, c.name);
    if (refusal) assert.ok(refusal.message.length > 20, `${c.name}: the reason is a sentence`);
  }
});
