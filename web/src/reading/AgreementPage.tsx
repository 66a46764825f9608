// Reader agreement for one field of the form: between the two readers of each exam (all pairs and
// per reader pair) and of each reader with their own re-reads — ICC in its six Shrout & Fleiss forms
// with confidence intervals and the Bland–Altman plot for numbers, Cohen's kappa for categories; CSV.
import './reading.css';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { useResource } from '../components/useResource';
import { ProjectFrame } from '../workspaces/ProjectFrame';
import { latestForm } from './FinalValuesPage';
import { formatNumber, localText } from './form-logic';
import { agreementCsvUrl, readingApi } from './reading-api';
import type { AgreementComparison, FormField, Kappa } from './reading-types';

const BlandAltmanPlot = lazy(() => import('./BlandAltmanPlot').then((m) => ({ default: m.BlandAltmanPlot })));

export function AgreementPage({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  return (
    <ProjectFrame projectId={projectId} heading={() => t('reading.agreement.pageTitle')}>
      {(project) => <AgreementChooser projectId={project.id} />}
    </ProjectFrame>
  );
}

/** Fields that have agreement: entered numbers and categories (segments and text have none). */
const comparable = (f: FormField) => (f.kind === 'number' && f.computed?.op !== 'indexed') || f.kind === 'category';

function AgreementChooser({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation();
  const form = useResource(() => latestForm(projectId), [projectId]);
  const [field, setField] = useState<string>('');
  if (form.error !== undefined) return <Refusal error={form.error} />;
  if (form.data === undefined) return <Loading />;
  const fields = (form.data?.fields ?? []).filter(comparable);
  if (fields.length === 0) return <p>{t('reading.agreement.noFields')}</p>;
  const chosen = fields.find((f) => f.key === field) ?? fields.find((f) => f.key === 'lvEf') ?? fields[0]!;
  return (
    <>
      <section className="panel wide">
        <label>
          {t('reading.agreement.field')}
          <select value={chosen.key} onChange={(e) => setField(e.target.value)} data-testid="agreement-field">
            {fields.map((f) => <option key={f.key} value={f.key}>{localText(f.label, i18n.language)}</option>)}
          </select>
        </label>{' '}
        <a className="button secondary" href={agreementCsvUrl(projectId, chosen.key)} download data-testid="agreement-csv">{t('reading.agreement.csv')}</a>
      </section>
      <FieldAgreement key={chosen.key} projectId={projectId} field={chosen} />
    </>
  );
}

function FieldAgreement({ projectId, field }: { projectId: string; field: FormField }) {
  const { t } = useTranslation();
  const agreement = useResource(() => readingApi.agreement(projectId, field.key), [projectId, field.key]);
  if (agreement.error !== undefined) return <Refusal error={agreement.error} />;
  if (!agreement.data) return <Loading />;
  const unit = agreement.data.unit ?? '';
  const intra = agreement.data.intra;
  return (
    <>
      <section className="panel wide" aria-labelledby="inter-heading" data-testid="agreement-inter">
        <h2 id="inter-heading">{t('reading.agreement.inter')}</h2>
        {agreement.data.inter.map((c, i) => <Comparison key={i} comparison={c} unit={unit} testId={`inter-${i}`} />)}
      </section>
      <section className="panel wide" aria-labelledby="intra-heading" data-testid="agreement-intra">
        <h2 id="intra-heading">{t('reading.agreement.intra')}</h2>
        {intra.length === 0 && <p className="muted" data-testid="agreement-no-rereads">{t('reading.agreement.noRereads')}</p>}
        {intra.map((c, i) => <Comparison key={i} comparison={c} unit={unit} testId={`intra-${i}`} />)}
      </section>
    </>
  );
}

function Comparison({ comparison, unit, testId }: { comparison: AgreementComparison; unit: string; testId: string }) {
  const { t, i18n } = useTranslation();
  // The readers' names are data; the rest of the title is the page's.
  const names = comparison.readers.map((r) => r.displayName).join(' × ');
  const title = comparison.scope === 'all' ? t('reading.agreement.allPairs') : comparison.kind === 'intra-reader' ? t('reading.agreement.rereadsOf', { reader: names }) : names;
  const n = (value: number, digits = 3) => formatNumber(value, digits, i18n.language);
  return (
    <div className="agreement-comparison" data-testid={testId}>
      <h3>{title} — {t('reading.agreement.pairs', { count: comparison.n })}</h3>
      {comparison.status === 'not-enough-reads' && <p className="muted" data-testid="agreement-not-enough">{t('reading.agreement.notEnough', { count: comparison.n })}</p>}
      {comparison.problems.length > 0 && (
        <ul className="field-errors" data-testid="agreement-problems">
          {comparison.problems.map((p) => (
            <li key={p.statistic} data-code={p.code}><strong>{t(`reading.agreement.statistics.${p.statistic}`)}</strong> {p.message} <span className="refusal-code">{t('problem.code', { code: p.code })}</span></li>
          ))}
        </ul>
      )}
      {comparison.icc && (
        <table className="icc-table" data-testid="icc-table">
          <thead>
            <tr>
              <th scope="col">{t('reading.agreement.form')}</th>
              <th scope="col">ICC</th>
              <th scope="col">{t('reading.agreement.ci')}</th>
              <th scope="col">F</th>
              <th scope="col">df1, df2</th>
              <th scope="col">p</th>
            </tr>
          </thead>
          <tbody>
            {comparison.icc.estimates.map((e) => (
              <tr key={e.form} data-form={e.form} data-value={e.value}>
                <th scope="row">{t(`reading.agreement.forms.${e.form}`)}</th>
                <td>{n(e.value)}</td>
                <td>[{n(e.lower)}; {n(e.upper)}]</td>
                <td>{n(e.f, 2)}</td>
                <td>{e.df1}, {n(e.df2, 0)}</td>
                <td>{e.p < 0.001 ? `< ${n(0.001)}` : n(e.p)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {comparison.blandAltman && (
        <>
          <dl className="facts" data-testid="bland-altman-figures">
            <dt>{t('reading.agreement.bias')}</dt>
            <dd>{n(comparison.blandAltman.bias, 2)} {unit} [{n(comparison.blandAltman.biasCi[0], 2)}; {n(comparison.blandAltman.biasCi[1], 2)}]</dd>
            <dt>{t('reading.agreement.limits')}</dt>
            <dd>{n(comparison.blandAltman.lowerLimit, 2)} … {n(comparison.blandAltman.upperLimit, 2)} {unit}</dd>
            <dt>{t('reading.agreement.sd')}</dt>
            <dd>{n(comparison.blandAltman.sd, 2)} {unit}</dd>
          </dl>
          <Suspense fallback={<Loading />}>
            <BlandAltmanPlot data={comparison.blandAltman} unit={unit} />
          </Suspense>
        </>
      )}
      {comparison.kappa.length > 0 && <KappaTable kappas={comparison.kappa} />}
    </div>
  );
}

function KappaTable({ kappas }: { kappas: Kappa[] }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, 3, i18n.language);
  return (
    <table data-testid="kappa-table">
      <thead>
        <tr>
          <th scope="col">{t('reading.agreement.weights')}</th>
          <th scope="col">κ</th>
          <th scope="col">{t('reading.agreement.ci')}</th>
          <th scope="col">{t('reading.agreement.observed')}</th>
          <th scope="col">{t('reading.agreement.expected')}</th>
          <th scope="col">n</th>
        </tr>
      </thead>
      <tbody>
        {kappas.map((k) => (
          <tr key={k.weights} data-weights={k.weights} data-value={k.kappa}>
            <th scope="row">{t(`reading.agreement.weightKinds.${k.weights}`)}</th>
            <td>{n(k.kappa)}</td>
            <td>[{n(k.lower)}; {n(k.upper)}]</td>
            <td>{n(k.observedAgreement)}</td>
            <td>{n(k.expectedAgreement)}</td>
            <td>{k.n}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
