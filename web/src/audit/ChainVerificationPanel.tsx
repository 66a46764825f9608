// Walks the whole hash chain and its signed checkpoints on the server, and says what it found; the
// chain can also be downloaded for the standalone verifier (verify/), to check it without trusting us.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, apiUrl } from '../api/client';
import type { ChainVerification } from '../api/types';
import { Refusal } from '../components/Refusal';

export function ChainVerificationPanel() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ChainVerification>();
  const [error, setError] = useState<unknown>();

  const verify = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setReport(await api.get('/api/audit/verify'));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="chain-verification">
      <h2 id="chain-verification">{t('audit.verifyTitle')}</h2>
      <button type="button" onClick={verify} disabled={busy}>
        {busy ? t('audit.verifying') : t('audit.verify')}
      </button>
      <Refusal error={error} />
      {report && <VerificationResult report={report} />}
      <p>
        <a href={apiUrl('/api/audit/export.jsonl')} download data-testid="audit-chain-export">
          {t('audit.exportChain')}
        </a>
      </p>
    </section>
  );
}

function VerificationResult({ report }: { report: ChainVerification }) {
  const { t } = useTranslation();
  if (report.ok || !report.firstBreak) {
    return (
      <p className="verify-result ok" role="status" data-testid="verify-result" data-ok="true">
        {t('audit.verifyOk', { events: report.checkedEvents, head: report.head.seq, checkpoints: report.checkpointsChecked })}
      </p>
    );
  }
  const { seq, problem, message } = report.firstBreak;
  return (
    <p className="verify-result broken" role="alert" data-testid="verify-result" data-ok="false">
      <strong>{t('audit.verifyBroken', { seq, problem })}</strong> <span>{message}</span>
    </p>
  );
}
