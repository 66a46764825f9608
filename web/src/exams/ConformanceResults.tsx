// The automatic conformance checks of the exam's latest submission: per protocol series, the exam
// series recognised, then every rule with what it asked, what was measured and its verdict.
import { useTranslation } from 'react-i18next';
import type { Conformance, SeriesResult } from '../api/qc-types';
import { DateTime } from '../components/DateTime';
import { describeExpectation, describeMeasured } from './expectation';

export function ConformanceResults({ conformance }: { conformance: Conformance | null }) {
  const { t } = useTranslation();
  return (
    <section className="panel wide" aria-labelledby="conformance-heading" data-testid="conformance">
      <h2 id="conformance-heading">{t('conformance.title')}</h2>
      {conformance === null ? (
        <p>{t('conformance.none')}</p>
      ) : (
        <>
          <p data-testid="conformance-verdict" className={conformance.verdict === 'pass' ? 'success' : 'refusal'}>
            {conformance.verdict === 'pass' ? t('conformance.pass') : t('conformance.fail', { count: conformance.failedRules })}{' '}
            <span className="muted">
              {t('conformance.run', { submission: conformance.submission, version: conformance.protocolVersion })} <DateTime value={conformance.ranAt} />
            </span>
          </p>
          {conformance.series.map((series) => <SeriesRules key={series.name} series={series} />)}
          {conformance.unmatchedSeries.length > 0 && (
            <>
              <h3>{t('conformance.unmatched')}</h3>
              <ul data-testid="unmatched-series">
                {conformance.unmatchedSeries.map((s) => (
                  <li key={s.seriesInstanceUID}>
                    {s.seriesNumber ?? '—'} {s.seriesDescription ?? ''} <span className="muted">({t('conformance.instances', { count: s.instances })})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

function SeriesRules({ series }: { series: SeriesResult }) {
  const { t } = useTranslation();
  const words = { oneOf: t('conformance.oneOf'), includes: t('conformance.includes'), excludes: t('conformance.excludes'), pattern: t('conformance.pattern'), present: t('conformance.required'), optional: t('conformance.optionalSeries') };
  return (
    <div className="series-rules" data-series={series.name}>
      <h3>
        {series.label}{' '}
        <span className="muted">
          {series.seriesInstanceUid ? t('conformance.matched', { number: series.seriesNumber ?? '—', description: series.seriesDescription ?? '' }) : t('conformance.missing')}
        </span>
      </h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('conformance.rule')}</th>
            <th scope="col">{t('conformance.expected')}</th>
            <th scope="col">{t('conformance.measured')}</th>
            <th scope="col">{t('conformance.verdict')}</th>
          </tr>
        </thead>
        <tbody>
          {series.results.map((r) => (
            <tr key={r.rule} data-rule={`${series.name}/${r.rule}`} data-verdict={r.verdict} className={r.verdict === 'fail' ? 'failed-row' : undefined}>
              <td>{r.label}</td>
              <td>{describeExpectation(r.expected, r.unit, words)}</td>
              <td>{describeMeasured(r.measured, r.unit)}</td>
              <td>
                {t(`conformance.verdicts.${r.verdict}`)}
                {r.verdict === 'fail' && <span className="muted"> — {r.reason}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
