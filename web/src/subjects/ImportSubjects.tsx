// Registers the centre's subjects from a CSV file. A file with a bad line imports nothing unless the
// person asks for the valid lines; each bad line is listed with its number and the server's reason.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api/client';
import type { SubjectImport } from '../api/qc-types';
import { Refusal } from '../components/Refusal';

interface LineError {
  line: number;
  code: string | null;
  reason: string;
  message: string;
}

/** The bad lines a refusal of the whole file carries (400 subject-import.invalid-lines). */
const linesOf = (error: unknown): LineError[] => {
  const errors = error instanceof ApiError ? error.problem.errors : undefined;
  return Array.isArray(errors) ? (errors as LineError[]) : [];
};

export function ImportSubjects({ projectId, onImported }: { projectId: string; onImported(): void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [validLines, setValidLines] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [result, setResult] = useState<SubjectImport>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    try {
      const answer = await api.postRaw('/api/projects/{projectId}/subjects/import', { params: { projectId }, query: { importValidLines: validLines } }, { raw: file, contentType: 'text/csv' });
      setResult(answer);
      onImported();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const badLines = result?.rejected ?? linesOf(error);
  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} data-testid="import-subjects">
      <h3>{t('subjects.importTitle')}</h3>
      <p className="wide-field muted">{t('subjects.importFormat')} <code>code,event,date,channel</code></p>
      <label>
        {t('subjects.importFile')}
        <input type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} data-testid="import-file" />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={validLines} onChange={(e) => setValidLines(e.target.checked)} data-testid="import-valid-lines" />
        {t('subjects.importValidLines')}
      </label>
      <button type="submit" disabled={busy || !file} data-testid="import-submit">{t('subjects.import')}</button>
      <Refusal error={error} />
      {result && (
        <p className="success" role="status" data-testid="import-result">
          {t('subjects.imported', { count: result.imported.length, lines: result.lines, rejected: result.rejected.length })}
        </p>
      )}
      {badLines.length > 0 && (
        <table className="wide-field" data-testid="import-errors">
          <caption>{result ? t('subjects.rejectedLines') : t('subjects.nothingImported')}</caption>
          <thead>
            <tr><th scope="col">{t('subjects.line')}</th><th scope="col">{t('subjects.code')}</th><th scope="col">{t('subjects.reason')}</th></tr>
          </thead>
          <tbody>
            {badLines.map((line) => (
              <tr key={`${line.line}-${line.reason}`} data-line={line.line}>
                <td>{line.line}</td>
                <td>{line.code ?? '—'}</td>
                <td>
                  {line.message} <span className="refusal-code">{line.reason}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </form>
  );
}
