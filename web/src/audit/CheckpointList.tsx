// The signed checkpoints of the chain's head, newest first.
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { DateTime } from '../components/DateTime';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { useResource } from '../components/useResource';

export function CheckpointList() {
  const { t } = useTranslation();
  const checkpoints = useResource(() => api.get('/api/audit/checkpoints'), []);
  const newestFirst = [...(checkpoints.data ?? [])].sort((a, b) => (BigInt(b.seq) > BigInt(a.seq) ? 1 : -1));
  return (
    <section className="panel" aria-labelledby="checkpoints">
      <h2 id="checkpoints">{t('audit.checkpoints')}</h2>
      <Refusal error={checkpoints.error} />
      {checkpoints.loading && !checkpoints.data && <Loading />}
      {checkpoints.data?.length === 0 && <p>{t('audit.noCheckpoints')}</p>}
      {newestFirst.length > 0 && (
        <table data-testid="checkpoints">
          <thead>
            <tr>
              <th scope="col">{t('audit.seq')}</th>
              <th scope="col">{t('audit.signedAt')}</th>
              <th scope="col">{t('audit.keyId')}</th>
              <th scope="col">{t('audit.hash')}</th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((c) => (
              <tr key={c.seq}>
                <td>{c.seq}</td>
                <td>
                  <DateTime value={c.signedAt} />
                </td>
                <td>
                  <code>{c.keyId}</code>
                </td>
                <td>
                  <code className="hash" title={c.hash}>
                    {`${c.hash.slice(0, 16)}…`}
                  </code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
