// The reading endpoints of the shared contract, called through the app's one API client (CSRF token,
// problem+json refusals). Their answers are typed with reading-types.ts.
import { api, apiUrl } from '../api/client';
import type {
  AdjudicationSummary,
  AdjudicationView,
  Agreement,
  Decision,
  DraftSaved,
  FinalValueRow,
  ReadAnnotations,
  ReadingProgress,
  ReadingTaskView,
  ReadValues,
  Submitted,
  TaskSummary,
  TrainingRecord,
  VersionSummary,
  VersionWithDefinition,
  Worklist,
} from './reading-types';

interface Untyped {
  get(path: string, options: { params: Record<string, string>; query?: Record<string, string> }): Promise<unknown>;
  post(path: string, options: { params: Record<string, string>; body?: unknown }): Promise<unknown>;
  put(path: string, options: { params: Record<string, string>; body: unknown }): Promise<unknown>;
}
// The client checks paths against the OpenAPI document; these paths are the contract's, so the calls
// go through the same client without that check.
const call = api as unknown as Untyped;

const P = '/api/projects/{projectId}';

export const readingApi = {
  forms: (projectId: string) => call.get(`${P}/reading-forms`, { params: { projectId } }) as Promise<VersionSummary[]>,
  form: (projectId: string, version: number | 'current') => call.get(`${P}/reading-forms/{version}`, { params: { projectId, version: String(version) } }) as Promise<VersionWithDefinition>,
  createForm: (projectId: string, definition: unknown, reason: string) => call.post(`${P}/reading-forms`, { params: { projectId }, body: { definition, reason } }) as Promise<VersionWithDefinition>,
  designs: (projectId: string) => call.get(`${P}/reading-designs`, { params: { projectId } }) as Promise<VersionSummary[]>,
  design: (projectId: string, version: number | 'current') => call.get(`${P}/reading-designs/{version}`, { params: { projectId, version: String(version) } }) as Promise<VersionWithDefinition>,
  createDesign: (projectId: string, definition: unknown, reason: string) => call.post(`${P}/reading-designs`, { params: { projectId }, body: { definition, reason } }) as Promise<VersionWithDefinition>,
  trainingRecords: (projectId: string, userId: string) => call.get(`${P}/readers/{userId}/training-records`, { params: { projectId, userId } }) as Promise<TrainingRecord[]>,
  recordTraining: (projectId: string, userId: string, body: { kind: string; formVersion: number; completedOn: string; outcome: string; evidence: string }) =>
    call.post(`${P}/readers/{userId}/training-records`, { params: { projectId, userId }, body }) as Promise<TrainingRecord>,
  plan: (projectId: string) => call.post(`${P}/reading/plan`, { params: { projectId } }) as Promise<{ planned: number; tasks: number }>,
  worklist: (projectId: string) => call.get(`${P}/reading/worklist`, { params: { projectId } }) as Promise<Worklist>,
  next: (projectId: string) => call.post(`${P}/reading/worklist/next`, { params: { projectId } }) as Promise<TaskSummary>,
  task: (projectId: string, taskId: string) => call.get(`${P}/reading-tasks/{taskId}`, { params: { projectId, taskId } }) as Promise<ReadingTaskView>,
  saveDraft: (projectId: string, taskId: string, values: ReadValues, annotations: ReadAnnotations) =>
    call.put(`${P}/reading-tasks/{taskId}/draft`, { params: { projectId, taskId }, body: { values, annotations } }) as Promise<DraftSaved>,
  submit: (projectId: string, taskId: string, values: ReadValues, annotations: ReadAnnotations) =>
    call.post(`${P}/reading-tasks/{taskId}/submit`, { params: { projectId, taskId }, body: { values, annotations } }) as Promise<Submitted>,
  release: (projectId: string, taskId: string) => call.post(`${P}/reading-tasks/{taskId}/release`, { params: { projectId, taskId } }),
  adjudications: (projectId: string) => call.get(`${P}/adjudications`, { params: { projectId } }) as Promise<AdjudicationSummary[]>,
  nextAdjudication: (projectId: string) => call.post(`${P}/adjudications/next`, { params: { projectId } }) as Promise<AdjudicationSummary>,
  claimAdjudication: (projectId: string, id: string) => call.post(`${P}/adjudications/{id}/claim`, { params: { projectId, id } }) as Promise<AdjudicationSummary>,
  adjudication: (projectId: string, id: string) => call.get(`${P}/adjudications/{id}`, { params: { projectId, id } }) as Promise<AdjudicationView>,
  resolve: (projectId: string, id: string, decisions: Decision[]) => call.post(`${P}/adjudications/{id}/resolve`, { params: { projectId, id }, body: { decisions } }),
  finalValues: (projectId: string) => call.get(`${P}/reading/final-values`, { params: { projectId } }) as Promise<FinalValueRow[]>,
  progress: (projectId: string) => call.get(`${P}/reading/progress`, { params: { projectId } }) as Promise<ReadingProgress>,
  agreement: (projectId: string, field: string) => call.get(`${P}/reading/agreement`, { params: { projectId }, query: { field } }) as Promise<Agreement>,
};

export const finalValuesCsvUrl = (projectId: string) => apiUrl(`${P}/reading/final-values.csv`, { projectId });
export const agreementCsvUrl = (projectId: string, field: string) => apiUrl(`${P}/reading/agreement.csv`, { projectId }, { field });
