// The reading endpoints of the shared contract, called through the app's one API client (CSRF token,
// problem+json refusals). The pages use the shapes of reading-types.ts; for the endpoints the
// server's OpenAPI document publishes, the compiler checks that its answers fit them (a task's state is
// published as any string: the pages read it as the contract's four states). The task view, draft,
// submit and release are called by their contract paths through the same client.
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
  forms: (projectId: string): Promise<VersionSummary[]> => api.get('/api/projects/{projectId}/reading-forms', { params: { projectId } }),
  form: (projectId: string, version: number | 'current'): Promise<VersionWithDefinition> =>
    version === 'current' ? api.get('/api/projects/{projectId}/reading-forms/current', { params: { projectId } }) : api.get('/api/projects/{projectId}/reading-forms/{version}', { params: { projectId, version } }),
  // The server validates the definition itself and names the offending field: it is sent as written.
  createForm: (projectId: string, definition: unknown, reason: string): Promise<VersionWithDefinition> => api.post('/api/projects/{projectId}/reading-forms', { params: { projectId }, body: { definition, reason } as never }),
  designs: (projectId: string): Promise<VersionSummary[]> => api.get('/api/projects/{projectId}/reading-designs', { params: { projectId } }),
  design: (projectId: string, version: number | 'current'): Promise<VersionWithDefinition> =>
    version === 'current' ? api.get('/api/projects/{projectId}/reading-designs/current', { params: { projectId } }) : api.get('/api/projects/{projectId}/reading-designs/{version}', { params: { projectId, version } }),
  createDesign: (projectId: string, definition: unknown, reason: string): Promise<VersionWithDefinition> => api.post('/api/projects/{projectId}/reading-designs', { params: { projectId }, body: { definition, reason } as never }),
  trainingRecords: (projectId: string, userId: string): Promise<TrainingRecord[]> => api.get('/api/projects/{projectId}/readers/{userId}/training-records', { params: { projectId, userId } }),
  myTrainingRecords: (projectId: string): Promise<TrainingRecord[]> => api.get('/api/projects/{projectId}/reading/my-training-records', { params: { projectId } }),
  recordTraining: (projectId: string, userId: string, body: { kind: TrainingRecord['kind']; formVersion: number; completedOn: string; outcome: TrainingRecord['outcome']; evidence: string }): Promise<TrainingRecord> =>
    api.post('/api/projects/{projectId}/readers/{userId}/training-records', { params: { projectId, userId }, body }),
  plan: (projectId: string): Promise<{ planned: number; tasks: number }> => api.post('/api/projects/{projectId}/reading/plan', { params: { projectId } }),
  worklist: (projectId: string): Promise<Worklist> => api.get('/api/projects/{projectId}/reading/worklist', { params: { projectId } }) as Promise<Worklist>,
  next: (projectId: string): Promise<TaskSummary> => api.post('/api/projects/{projectId}/reading/worklist/next', { params: { projectId } }) as Promise<TaskSummary>,
  task: (projectId: string, taskId: string) => call.get(`${P}/reading-tasks/{taskId}`, { params: { projectId, taskId } }) as Promise<ReadingTaskView>,
  saveDraft: (projectId: string, taskId: string, values: ReadValues, annotations: ReadAnnotations) =>
    call.put(`${P}/reading-tasks/{taskId}/draft`, { params: { projectId, taskId }, body: { values, annotations } }) as Promise<DraftSaved>,
  submit: (projectId: string, taskId: string, values: ReadValues, annotations: ReadAnnotations) =>
    call.post(`${P}/reading-tasks/{taskId}/submit`, { params: { projectId, taskId }, body: { values, annotations } }) as Promise<Submitted>,
  release: (projectId: string, taskId: string) => call.post(`${P}/reading-tasks/{taskId}/release`, { params: { projectId, taskId } }),
  adjudications: (projectId: string): Promise<AdjudicationSummary[]> => api.get('/api/projects/{projectId}/adjudications', { params: { projectId } }),
  nextAdjudication: (projectId: string): Promise<AdjudicationSummary> => api.post('/api/projects/{projectId}/adjudications/next', { params: { projectId } }),
  claimAdjudication: (projectId: string, adjudicationId: string): Promise<AdjudicationSummary> => api.post('/api/projects/{projectId}/adjudications/{adjudicationId}/claim', { params: { projectId, adjudicationId } }),
  adjudication: async (projectId: string, adjudicationId: string): Promise<AdjudicationView> => {
    const view = await api.get('/api/projects/{projectId}/adjudications/{adjudicationId}', { params: { projectId, adjudicationId } });
    // The document leaves the form definition and the reads' annotations open (free JSON); the server
    // validated both when they were written, against the shapes reading-types.ts names.
    return view as typeof view & Pick<AdjudicationView, 'form' | 'readA' | 'readB'>;
  },
  resolve: (projectId: string, adjudicationId: string, decisions: Decision[]) => api.post('/api/projects/{projectId}/adjudications/{adjudicationId}/resolve', { params: { projectId, adjudicationId }, body: { decisions } }),
  finalValues: (projectId: string): Promise<FinalValueRow[]> => api.get('/api/projects/{projectId}/reading/final-values', { params: { projectId } }),
  progress: (projectId: string): Promise<ReadingProgress> => api.get('/api/projects/{projectId}/reading/progress', { params: { projectId } }),
  agreement: (projectId: string, field: string): Promise<Agreement> => api.get('/api/projects/{projectId}/reading/agreement', { params: { projectId }, query: { field } }),
};

export const finalValuesCsvUrl = (projectId: string) => apiUrl(`${P}/reading/final-values.csv`, { projectId });
export const agreementCsvUrl = (projectId: string, field: string) => apiUrl(`${P}/reading/agreement.csv`, { projectId }, { field });
