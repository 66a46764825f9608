// A refusal from the server, shown as it was given: its sentence verbatim, its stable code and,
// for separation of duties, the rule applied.
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

export function Refusal({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error === undefined || error === null) return null;
  const apiError = error instanceof ApiError ? error : undefined;
  const detail = apiError?.detail ?? (error instanceof Error ? error.message : String(error));
  const rule = typeof apiError?.problem.rule === 'string' ? apiError.problem.rule : undefined;
  return (
    <div className="refusal" role="alert">
      <strong>{t('problem.refused')}</strong> <span className="refusal-detail">{detail}</span>
      {apiError && <span className="refusal-code">{t('problem.code', { code: apiError.code })}</span>}
      {rule && <span className="refusal-rule">{t('problem.rule', { rule })}</span>}
    </div>
  );
}
