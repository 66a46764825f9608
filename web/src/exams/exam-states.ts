// Every state an exam list can be filtered by, in the order of the workflow; the record keyed by the
// API's union makes the compiler insist on every state the server declares.
import type { ExamState } from '../api/qc-types';

const ORDER: Record<ExamState, number> = { receiving: 0, 'checks-failed': 1, 'awaiting-review': 2, 'in-review': 3, 'qc-failed': 4, 'qc-passed-with-remarks': 5, 'qc-passed': 6 };

export const EXAM_LIST_STATES = (Object.keys(ORDER) as ExamState[]).sort((a, b) => ORDER[a] - ORDER[b]);

/** States from which the centre may declare the exam complete (again, after re-sending series). */
export const SUBMITTABLE: readonly ExamState[] = ['receiving', 'checks-failed', 'awaiting-review', 'in-review', 'qc-failed'];
