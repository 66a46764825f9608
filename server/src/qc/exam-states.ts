// Where an exam stands in quality control. An exam is a study of a subject; it has no stored state
// until its centre declares it complete (submit): the automatic conformance checks then run in the
// same transaction, so an exam is stored directly in the state their verdict gives.
//
//   (receiving) ──submit──▶ checks-failed ──re-send series, submit──▶ awaiting-review
//                      └──────────────▶ awaiting-review ──claim──▶ in-review ──verdict──▶ qc-passed
//                                              ▲          ◀──release──┘   │              qc-passed-with-remarks
//                                              └──re-send series, submit── qc-failed ◀──┘
//
// A failed rule or a failed review opens a query to the centre; re-submitting answers it. The centre
// may re-submit during a review (asked by a query): the review goes on if the checks still pass and
// is cancelled if they fail. A passed exam is final.
//
// exam_state_check in the database lists the same states; a later migration that adds states
// replaces that constraint and this list together (0006_qc_review added the review's).

export const EXAM_STATES = ['checks-failed', 'awaiting-review', 'in-review', 'qc-passed', 'qc-passed-with-remarks', 'qc-failed'] as const;
export type ExamState = (typeof EXAM_STATES)[number];

/** Not stored: a study received from its centre and not yet declared complete. */
export const RECEIVING = 'receiving';
export type ExamListState = ExamState | typeof RECEIVING;

/** States from which the centre may submit the exam again (after re-sending series). */
export const RESUBMITTABLE: readonly ExamState[] = ['checks-failed', 'awaiting-review', 'in-review', 'qc-failed'];

/** States whose exam has a QC verdict. */
export const REVIEWED: readonly ExamState[] = ['qc-passed', 'qc-passed-with-remarks', 'qc-failed'];

/** The state a submission leaves the exam in: a review in progress goes on while the checks pass. */
export const stateAfterChecks = (verdict: 'pass' | 'fail', previous?: string): ExamState =>
  verdict === 'fail' ? 'checks-failed' : previous === 'in-review' ? 'in-review' : 'awaiting-review';
