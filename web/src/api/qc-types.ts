// Names for the shapes of the subject register and quality control, taken from the typed answers of
// the API; the closed lists the pages offer, in the server's order.
import type { Answer } from './client';

export type Subject = Answer<'/api/projects/{projectId}/subjects', 'get'>[number];
export type SubjectDetail = Answer<'/api/projects/{projectId}/subjects/{subjectId}', 'get'>;
export type ConsentEvent = SubjectDetail['history'][number];
export type ConsentStatus = Subject['consentStatus'];
export type SubjectImport = Answer<'/api/projects/{projectId}/subjects/import', 'post'>;
export type ExamSummary = Answer<'/api/projects/{projectId}/exams', 'get'>[number];
export type ExamDetail = Answer<'/api/projects/{projectId}/exams/{studyInstanceUid}', 'get'>;
export type ExamState = ExamSummary['state'];
export type Conformance = NonNullable<ExamDetail['conformance']>;
export type SeriesResult = Conformance['series'][number];
export type RuleResult = SeriesResult['results'][number];
export type DefinitionVersion = Answer<'/api/projects/{projectId}/protocols', 'get'>[number];

/** Events a person records (status-declared is only ever written by the server). */
export const CONSENT_EVENT_KINDS = ['written-consent', 'information-notice', 'objection', 'withdrawal'] as const;
export type ConsentEventKind = (typeof CONSENT_EVENT_KINDS)[number];
export const CONSENT_CHANNELS = ['letter', 'registered-letter', 'email', 'in-person', 'phone', 'patient-portal'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];
/** A written consent names no channel; every other event does. */
export const needsChannel = (kind: ConsentEventKind): boolean => kind !== 'written-consent';

/** The day as the server counts it (UTC), YYYY-MM-DD. */
export const today = (): string => new Date().toISOString().slice(0, 10);

export type QueueEntry = Answer<'/api/projects/{projectId}/qc/review-queue', 'get'>[number];
export type Review = Answer<'/api/projects/{projectId}/exams/{studyInstanceUid}/review', 'get'>;
export type SeriesToGrade = NonNullable<Review['seriesToGrade']>[number];
export type Grade = Review['grades'][number]['grade'];
export type Verdict = NonNullable<Review['verdict']>;
export type QuerySummary = Answer<'/api/projects/{projectId}/queries', 'get'>[number];
export type QueryDetail = Answer<'/api/projects/{projectId}/queries/{queryId}', 'get'>;
export type QueryState = QuerySummary['state'];
export type Checklist = Answer<'/api/projects/{projectId}/checklists/{version}', 'get'>['definition'];

export const GRADES: readonly Grade[] = ['good', 'acceptable', 'poor', 'non-diagnostic'];
export const VERDICTS: readonly Verdict[] = ['pass', 'pass-with-remarks', 'fail'];
export const QUERY_STATES: readonly QueryState[] = ['open', 'answered', 'closed'];
