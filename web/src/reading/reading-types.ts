// The shapes of expert reading as the shared contract (reading-spec.md) fixes them: the form
// definition, read values and annotations, and the answers of the reading, adjudication, final-value
// and agreement endpoints. The pages are written against these until the server's OpenAPI document
// publishes the same shapes.

export type LocalText = { en: string; fr: string };
export type VolumetryKey = 'lvEdvMl' | 'lvEsvMl' | 'lvSvMl' | 'lvEfPercent' | 'lvMassG' | 'rvEdvMl' | 'rvEsvMl' | 'rvSvMl' | 'rvEfPercent';
export type When = { field: string; equals: string };

export interface NumberField {
  key: string;
  kind: 'number';
  label: LocalText;
  unit: string;
  min: number;
  max: number;
  decimals: number;
  required: boolean;
  volumetry?: VolumetryKey;
  computed?: { op: 'difference' | 'ejection-fraction' | 'indexed'; of: string[] };
}
export interface CategoryField {
  key: string;
  kind: 'category';
  label: LocalText;
  options: { value: string; label: LocalText }[];
  ordered: boolean;
  required: boolean;
  when?: When;
}
export interface SegmentsField {
  key: string;
  kind: 'segments';
  label: LocalText;
  required: boolean;
  when?: When;
}
export interface TextField {
  key: string;
  kind: 'text';
  label: LocalText;
  maxLength: number;
  required: boolean;
}
export type FormField = NumberField | CategoryField | SegmentsField | TextField;
export interface ReadingFormDefinition {
  name: string;
  fields: FormField[];
}

export type FieldValue = number | string | number[];
export type ReadValues = Record<string, FieldValue>;

export type Structure = 'lv-endocardium' | 'lv-epicardium' | 'rv-endocardium';
export type Phase = 'ED' | 'ES';
export const STRUCTURES: readonly Structure[] = ['lv-endocardium', 'lv-epicardium', 'rv-endocardium'];
export const PHASES: readonly Phase[] = ['ED', 'ES'];

export interface Contour {
  id: string;
  structure: Structure;
  phase: Phase;
  seriesInstanceUID: string;
  sopInstanceUID: string;
  frameNumber: number;
  points: [number, number][];
  tool: 'freehand' | 'spline' | 'suggested';
}
export interface Measurement {
  id: string;
  kind: 'length' | 'probe' | 'roi';
  seriesInstanceUID: string;
  sopInstanceUID: string;
  frameNumber: number;
  points: [number, number][];
  value: number;
  unit: string;
  label?: string;
}
export interface ReadAnnotations {
  contours: Contour[];
  measurements: Measurement[];
}
export const NO_ANNOTATIONS: ReadAnnotations = { contours: [], measurements: [] };

export type Volumetry = Partial<Record<VolumetryKey, number>> & { warnings?: string[] };

export interface TaskSummary {
  id: string;
  kind: 'primary' | 'reread';
  state: 'open' | 'in-progress' | 'submitted' | 'cancelled';
  slot: number;
  blindedLabel: string;
  claimedAt?: string | null;
}
export interface Worklist {
  inProgress: TaskSummary[];
  available: number;
  waitingWashout: number;
  submitted: number;
}
export interface StudySeries {
  seriesInstanceUID: string;
  description: string;
  modality?: string | null;
  seriesNumber?: number | null;
  instances?: number;
}
export interface ReadingTaskView {
  task: TaskSummary;
  studyInstanceUID: string;
  subjectCode?: string;
  series: StudySeries[];
  form: { version: number; definition: ReadingFormDefinition };
  bodySurfaceAreaM2?: number | null;
  draft?: { values: ReadValues; annotations: ReadAnnotations; volumetry?: Volumetry | null; savedAt: string } | null;
}
export interface DraftSaved {
  savedAt: string;
  volumetry?: Volumetry | null;
  computed?: ReadValues;
}
export interface Submitted {
  read: { id: string; submittedAt: string; digest: string; values: ReadValues };
}
export interface ValueError {
  field: string;
  code: string;
  message: string;
}

export interface VersionSummary {
  version: number;
  title: string;
  digest: string;
  reason: string;
  createdBy: string | null;
  createdAt: string;
  /** The version new reading tasks are planned with. */
  current: boolean;
}
export interface VersionWithDefinition extends VersionSummary {
  definition: unknown;
}

export interface TrainingRecord {
  id: string;
  userId: string;
  kind: 'training' | 'qualification';
  formVersion: number;
  formVersionId: string;
  completedOn: string;
  outcome: 'completed' | 'qualified' | 'not-qualified';
  evidence: string;
  recordedBy: string | null;
  recordedAt: string;
}

export type AdjudicationState = 'open' | 'in-progress' | 'resolved';
export interface AdjudicationSummary {
  id: string;
  state: AdjudicationState;
  blindedLabel?: string;
  discordantFields?: string[];
  createdAt?: string;
  claimedAt?: string | null;
  mine?: boolean;
}
export interface Discordance {
  field: string;
  rule: string;
  a?: FieldValue | null;
  b?: FieldValue | null;
  difference?: number | null;
  threshold?: number | null;
}
export interface AdjudicatedRead {
  values: ReadValues;
  annotations: ReadAnnotations;
  volumetry?: Volumetry | null;
}
export interface AdjudicationView {
  id: string;
  state: AdjudicationState;
  blindedLabel?: string;
  studyInstanceUID: string;
  series: StudySeries[];
  form: { version: number; definition: ReadingFormDefinition };
  readA: AdjudicatedRead;
  readB: AdjudicatedRead;
  discordances: Discordance[];
  decisions?: Decision[];
}
export interface Decision {
  field: string;
  choice: 'read-a' | 'read-b' | 'value';
  value?: FieldValue;
  reason: string;
}

export interface Provenance {
  source: 'single-read' | 'mean-of-reads' | 'agreed' | 'adjudication';
  reads: string[];
  reason?: string;
}
export interface FinalValueRow {
  examId: string;
  studyInstanceUID?: string;
  subjectCode?: string;
  values: ReadValues;
  provenance: Record<string, Provenance>;
  adjudicationTaskId?: string | null;
  definedAt: string;
  digest?: string;
}

export interface ReaderProgress {
  userId: string;
  displayName: string;
  qualification: 'qualified' | 'not-qualified' | 'none';
  qualified: boolean;
  inProgress: number;
  submitted: number;
  rereadsDue: number;
  rereadsWaiting: number;
  rereadsInProgress: number;
  rereadsDone: number;
  adjudications: number;
}
export interface AdjudicatorProgress {
  userId: string;
  displayName: string;
  inProgress: number;
  resolved: number;
}
export interface ReadingProgress {
  formVersion: number | null;
  readers: ReaderProgress[];
  adjudicators: AdjudicatorProgress[];
  project: {
    examsPassedQc: number;
    planned: number;
    read: number;
    adjudicated: number;
    final: number;
    tasks: { open: number; inProgress: number; submitted: number; cancelled: number };
    adjudications: { open: number; inProgress: number; resolved: number };
  };
}

export type IccForm = 'ICC1' | 'ICC2' | 'ICC3' | 'ICC1k' | 'ICC2k' | 'ICC3k';
export interface IccEstimate { form: IccForm; value: number; f: number; df1: number; df2: number; p: number; lower: number; upper: number }
export interface BlandAltman {
  n: number; bias: number; sd: number; lowerLimit: number; upperLimit: number;
  biasCi: [number, number]; lowerLimitCi: [number, number]; upperLimitCi: [number, number];
  points: { mean: number; difference: number }[];
}
export interface Kappa {
  n: number; kappa: number; se: number; lower: number; upper: number; observedAgreement: number; expectedAgreement: number;
  weights: 'none' | 'linear' | 'quadratic'; categories: string[];
}
/** One comparison: all pairs of reads, one reader pair, or one reader against their re-reads. */
export interface AgreementComparison {
  kind: 'inter-reader' | 'intra-reader';
  scope: 'all' | 'readers';
  label: string;
  readers: Array<{ userId: string; displayName: string }>;
  n: number;
  status: 'ok' | 'not-enough-reads' | 'not-computable';
  reason: string | null;
  icc: { n: number; k: number; estimates: IccEstimate[] } | null;
  blandAltman: BlandAltman | null;
  kappa: Kappa[];
  problems: Array<{ statistic: 'icc' | 'bland-altman' | 'kappa'; code: string; message: string }>;
}
export interface Agreement {
  field: string;
  kind: 'number' | 'category';
  unit: string | null;
  formVersion: number;
  generatedAt: string;
  inter: AgreementComparison[];
  intra: AgreementComparison[];
}
