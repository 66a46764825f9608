import type { Submission } from './useSubmit';
import { Refusal } from './Refusal';

export function SubmissionResult({ submission }: { submission: Submission }) {
  return (
    <>
      <Refusal error={submission.error} />
      {submission.done && (
        <p className="success" role="status">
          {submission.done()}
        </p>
      )}
    </>
  );
}
