// Where an exam stands in quality control, in words and as a colour.
import { useTranslation } from 'react-i18next';
import type { ExamState } from '../api/qc-types';

const TONE: Partial<Record<string, string>> = { 'checks-failed': 'stopped', 'qc-failed': 'stopped', 'qc-passed': 'ok', 'qc-passed-with-remarks': 'ok' };

export function ExamStateBadge({ state }: { state: ExamState }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${TONE[state] ?? ''}`} data-state={state}>
      {t(`exams.state.${state}`)}
    </span>
  );
}
