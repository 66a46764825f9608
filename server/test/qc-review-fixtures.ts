// A platform for the QC review, query, dashboard and report tests: the demo project with a short
// protocol (a cine and an LGE short-axis series, one rule each) so that an exam is four small
// instances, two centres, QC reviewers of the core lab and of CHU Nord, and helpers to store,
// submit, review and query exams through the HTTP API.
import assert from 'node:assert/strict';
import type { ProtocolDefinition } from '../src/qc/protocol-definition.ts';
import { makeInstance, stowBody, uid } from './imaging-fixtures.ts';
import { createTestPlatform, DEMO_PASSWORD, signIn, type Session, type TestPlatform } from './support/test-platform.ts';

export const SHORT_PROTOCOL: ProtocolDefinition = {
  title: 'Short test protocol',
  series: [
    {
      name: 'cine-sax',
      label: 'Cine short-axis',
      match: [{ attribute: 'SeriesDescription', pattern: 'cine' }],
      rules: [{ id: 'slice-thickness', label: 'Slice thickness', measure: 'sliceThickness', min: 6, max: 8 }],
    },
    {
      name: 'lge-sax',
      label: 'LGE short-axis',
      match: [{ attribute: 'SeriesDescription', pattern: 'lge' }],
      rules: [{ id: 'field-strength', label: 'Field strength', measure: 'fieldStrength', min: 1.5, max: 3 }],
    },
  ],
};

export interface QcWorld {
  platform: TestPlatform;
  projectId: string;
  northId: string;
  southId: string;
  /** datamanager (Nord), dm-south, qc (core lab), qc2 (core lab), qc-north (Nord), manager, auditor, pi, committee, statistician, reader1. */
  s: Record<string, Session>;
}

export interface ExamSpec {
  thickness?: number;
  fieldStrength?: number;
}

const system = { actor: null, requestId: null };

export async function createQcWorld(): Promise<QcWorld> {
  const platform = await createTestPlatform({ env: { CORELAB_LOGIN_RATE_PER_MINUTE: '10000' } });
  const projectId = platform.demo!.projectId;
  const orgs = await platform.services.db.selectFrom('organisation').select(['id', 'name']).execute();
  const northId = orgs.find((o) => o.name.startsWith('CHU Nord'))!.id;
  const southId = orgs.find((o) => o.name.startsWith('Hôpital Sud'))!.id;
  const coreLabId = orgs.find((o) => o.name.startsWith('Core lab'))!.id;
  for (const [username, organisationId, role] of [
    ['dm-south', southId, 'centre_data_manager'],
    ['qc-north', northId, 'qc_reviewer'],
    ['qc2', coreLabId, 'qc_reviewer'],
  ] as const) {
    const user = await platform.services.users.create(system, { username, displayName: `${username} person`, organisationId, password: DEMO_PASSWORD });
    await platform.services.memberships.grant(system, projectId, { userId: user.id, role, reason: 'test set-up' });
  }
  await platform.services.qc.protocols.create(system, projectId, { definition: SHORT_PROTOCOL, reason: 'short protocol for the QC review tests' });
  const s: Record<string, Session> = {};
  for (const u of ['datamanager', 'dm-south', 'qc', 'qc2', 'qc-north', 'manager', 'auditor', 'pi', 'committee', 'statistician', 'reader1']) s[u] = await signIn(platform.app, u);
  return { platform, projectId, northId, southId, s };
}

export async function register(w: QcWorld, code: string, centre: 'north' | 'south'): Promise<void> {
  const session = centre === 'north' ? w.s.datamanager! : w.s['dm-south']!;
  const centreId = centre === 'north' ? w.northId : w.southId;
  const r = await w.platform.app.inject({ method: 'POST', url: `/api/projects/${w.projectId}/subjects`, headers: session.headers, payload: { code, centreId, consentStatus: 'consented' } });
  assert.equal(r.statusCode, 201, r.body);
}

export const dmOf = (w: QcWorld, centre: 'north' | 'south') => (centre === 'north' ? w.s.datamanager! : w.s['dm-south']!);

/** Two series of two instances; the cine's slice thickness and the LGE's field strength are the defects to play with. */
export function examParts(subject: string, study: string, spec: ExamSpec = {}): Buffer[] {
  const parts: Buffer[] = [];
  const series = [
    { description: 'cine sax', number: 201, extra: { SliceThickness: spec.thickness ?? 8, MagneticFieldStrength: 1.5 } },
    { description: 'lge sax', number: 301, extra: { SliceThickness: 8, MagneticFieldStrength: spec.fieldStrength ?? 1.5 } },
  ];
  for (const s of series) {
    const seriesUid = uid();
    for (let i = 1; i <= 2; i++) {
      parts.push(makeInstance({ subject, study, series: seriesUid, seriesNumber: s.number, instanceNumber: i, extra: { SeriesDescription: s.description, ...s.extra } }));
    }
  }
  return parts;
}

export async function stow(w: QcWorld, session: Session, parts: Buffer[]): Promise<void> {
  const { body, contentType } = stowBody(parts);
  const r = await w.platform.app.inject({ method: 'POST', url: `/dicomweb/projects/${w.projectId}/studies`, headers: { ...session.headers, 'content-type': contentType, accept: 'application/dicom+json' }, payload: body });
  assert.equal(r.statusCode, 200, r.body.slice(0, 500));
}

/** Stores an exam of the subject and submits it; returns its StudyInstanceUID and the state it reached. */
export async function submitNewExam(w: QcWorld, subject: string, centre: 'north' | 'south', spec: ExamSpec = {}): Promise<{ study: string; state: string }> {
  const study = uid();
  await stow(w, dmOf(w, centre), examParts(subject, study, spec));
  const r = await submit(w, study, centre);
  assert.equal(r.statusCode, 200, r.body);
  return { study, state: (r.json() as { state: string }).state };
}

export const submit = (w: QcWorld, study: string, centre: 'north' | 'south', comment?: string) =>
  w.platform.app.inject({ method: 'POST', url: `/api/projects/${w.projectId}/exams/${study}/submit`, headers: dmOf(w, centre).headers, ...(comment && { payload: { comment } }) });

/** Re-sends the cine series (a new SeriesInstanceUID) with the given thickness and submits again. */
export async function resendCine(w: QcWorld, subject: string, study: string, centre: 'north' | 'south', thickness: number) {
  const seriesUid = uid();
  const parts = [1, 2].map((i) => makeInstance({ subject, study, series: seriesUid, seriesNumber: 202, instanceNumber: i, extra: { SeriesDescription: 'cine sax', SliceThickness: thickness, MagneticFieldStrength: 1.5 } }));
  await stow(w, dmOf(w, centre), parts);
  return submit(w, study, centre, 'cine re-sent');
}

type Method = 'GET' | 'POST' | 'PUT';
export const api = (w: QcWorld, session: Session, method: Method, path: string, payload?: object) =>
  w.platform.app.inject({ method, url: `/api/projects/${w.projectId}${path}`, headers: session.headers, ...(payload && { payload }) });

/** Claims the exam, grades both series and gives the verdict, each step asserted. */
export async function review(w: QcWorld, reviewer: Session, study: string, verdict: 'pass' | 'pass-with-remarks' | 'fail', grades: { cine?: string; lge?: string } = {}) {
  const claimed = await api(w, reviewer, 'POST', `/exams/${study}/review`);
  assert.equal(claimed.statusCode, 201, claimed.body);
  for (const [series, grade] of [['cine-sax', grades.cine ?? 'good'], ['lge-sax', grades.lge ?? 'good']] as const) {
    const comment = grade === 'poor' || grade === 'non-diagnostic' ? 'motion on several slices' : undefined;
    const artefacts = grade === 'good' ? [] : ['respiratory-motion'];
    const r = await api(w, reviewer, 'PUT', `/exams/${study}/review/grades/${series}`, { grade, artefacts, ...(comment && { comment }) });
    assert.equal(r.statusCode, 200, r.body);
  }
  const done = await api(w, reviewer, 'POST', `/exams/${study}/review/verdict`, { verdict, ...(verdict !== 'pass' && { reason: 'respiratory motion on the stack' }) });
  assert.equal(done.statusCode, 200, done.body);
  return done.json() as { queryId: string | null; verdict: string };
}

export async function auditActions(w: QcWorld, filter: { action?: string; targetId?: string } = {}) {
  let q = w.platform.services.db.selectFrom('audit_event').select(['action', 'actor_role', 'target_id', 'details', 'reason']).orderBy('seq');
  if (filter.action) q = q.where('action', '=', filter.action);
  if (filter.targetId) q = q.where('target_id', '=', filter.targetId);
  return q.execute();
}
