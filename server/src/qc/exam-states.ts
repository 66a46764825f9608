// Where an exam stands in quality control. An exam is a study of a subject; it has no stored state
// until its centre declares it complete (submit): the automatic conformance checks then run in the
// same transaction, so an exam is stored directly in the state their verdict gives.
//
//   (receiving) ──submit──▶ checks-failed ──re-send series, submit──▶ awaiting-review
//                      └──────────────▶ awaiting-review ──(QC review, queries: added later)
//
// exam_state_check in the database lists the same states; a later migration that adds states
// replaces that constraint and this list together.

export const EXAM_STATES = ['checks-failed', 'awaiting-review'] as const;
export type ExamState = (typeof EXAM_STATES)[number];

/** Not stored: a study received from its centre and not yet declared complete. */
export const RECEIVING = 'receiving';
export type ExamListState = ExamState | typeof RECEIVING;

/** States from which the centre may submit the exam again (after re-sending series). */
export const RESUBMITTABLE: readonly ExamState[] = ['checks-failed', 'awaiting-review'];

export const stateAfterChecks = (verdict: 'pass' | 'fail'): ExamState => (verdict === 'pass' ? 'awaiting-review' : 'checks-failed');
