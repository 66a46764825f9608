// The adjudication of one exam: Read A and Read B side by side (values, with the discordant fields
// marked by the rule that caught them and the difference), both reads' contours on the viewer
// (read-only), and for each discordant field the adjudicator's choice — Read A, Read B or a value of
// their own — with its reason.
import './reading.css';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import type { ProjectDetail } from '../api/types';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { useResource } from '../components/useResource';
import { Link } from '../routing/navigation';
import { ProjectFrame } from '../workspaces/ProjectFrame';
import { describeValue, formatNumber, localText, parseNumberInput } from './form-logic';
import { readingApi } from './reading-api';
import type { AdjudicationView, Decision, Discordance, FieldValue, FormField, ReadAnnotations } from './reading-types';
import { SegmentMap } from './SegmentMap';
import { WorkstationViewer } from './WorkstationViewer';

export function AdjudicationPage({ projectId, adjudicationId }: { projectId: string; adjudicationId: string }) {
  const { t } = useTranslation();
  return (
    <ProjectFrame projectId={projectId} heading={() => t('reading.adjudication.pageTitle')}>
      {(project) => <Adjudication project={project} adjudicationId={adjudicationId} />}
    </ProjectFrame>
  );
}

type Shown = 'both' | 'a' | 'b';

/** Both reads' contours in one set, their ids kept apart (a-…, b-…). */
function contoursShown(view: AdjudicationView, shown: Shown): ReadAnnotations {
  const prefixed = (annotations: ReadAnnotations, prefix: string): ReadAnnotations => ({
    contours: annotations.contours.map((c) => ({ ...c, id: `${prefix}-${c.id}`.slice(0, 64) })),
    measurements: annotations.measurements.map((m) => ({ ...m, id: `${prefix}-${m.id}`.slice(0, 64) })),
  });
  const a = prefixed(view.readA.annotations, 'a');
  const b = prefixed(view.readB.annotations, 'b');
  if (shown === 'a') return a;
  if (shown === 'b') return b;
  return { contours: [...a.contours, ...b.contours], measurements: [...a.measurements, ...b.measurements] };
}

function Adjudication({ project, adjudicationId }: { project: ProjectDetail; adjudicationId: string }) {
  const { t } = useTranslation();
  const view = useResource(() => readingApi.adjudication(project.id, adjudicationId), [project.id, adjudicationId]);
  const [shown, setShown] = useState<Shown>('both');
  const [claimError, setClaimError] = useState<unknown>();
  const annotations = useMemo(() => (view.data ? contoursShown(view.data, shown) : { contours: [], measurements: [] }), [view.data, shown]);
  if (view.error !== undefined) return <Refusal error={view.error} />;
  if (!view.data) return <Loading />;
  const data = view.data;
  const claim = async () => {
    setClaimError(undefined);
    try {
      await readingApi.claimAdjudication(project.id, data.id);
      view.reload();
    } catch (error) {
      setClaimError(error);
    }
  };
  return (
    <div className="adjudication" data-testid="adjudication" data-state={data.state}>
      <header className="workstation-bar">
        <strong>{data.blindedLabel ?? t('reading.adjudication.pageTitle')}</strong>
        <span className="badge">{t(`reading.adjudication.states.${data.state}`)}</span>
        <label>
          {t('reading.adjudication.contoursShown')}
          <select value={shown} onChange={(e) => setShown(e.target.value as Shown)} data-testid="contours-shown">
            <option value="both">{t('reading.adjudication.both')}</option>
            <option value="a">{t('reading.adjudication.readA')}</option>
            <option value="b">{t('reading.adjudication.readB')}</option>
          </select>
        </label>
        {data.state === 'open' && <button type="button" onClick={() => void claim()} data-testid="adjudication-claim">{t('reading.adjudication.claim')}</button>}
      </header>
      <Refusal error={claimError} />
      <div className="workstation-panes">
        <div className="workstation-viewer">
          <WorkstationViewer
            projectId={project.id}
            studyInstanceUID={data.studyInstanceUID}
            series={data.series}
            annotations={annotations}
            onAnnotationsChange={() => undefined}
            activeStructure="lv-endocardium"
            activePhase="ED"
            readOnly
          />
        </div>
        <div className="workstation-form">
          <ReadsSideBySide view={data} />
          {data.state === 'in-progress' && <ResolveForm projectId={project.id} view={data} onResolved={view.reload} />}
          {data.state === 'resolved' && (
            <p className="success" role="status" data-testid="adjudication-resolved">
              {t('reading.adjudication.resolved')}{' '}
              <Link to={{ page: 'workspace', projectId: project.id, role: 'adjudicator' }}>{t('reading.adjudication.backToQueue')}</Link>
            </p>
          )}
        </div>
      </div>
    </div>
  );
}

const RULES = ['absolute-difference', 'relative-difference', 'categorical-disagreement', 'answered-in-one-read'] as const;

function RuleText({ discordance: d }: { discordance: Discordance }) {
  const { t, i18n } = useTranslation();
  const rule = RULES.find((r) => r === d.rule);
  const parts = [rule ? t(`reading.rules.${rule}`) : d.rule];
  // A relative difference and its threshold are percentages of the two reads' mean.
  const unit = d.rule === 'relative-difference' ? ' %' : '';
  if (typeof d.difference === 'number') parts.push(t('reading.adjudication.difference', { value: `${formatNumber(d.difference, 2, i18n.language)}${unit}` }));
  if (typeof d.threshold === 'number') parts.push(t('reading.adjudication.threshold', { value: `${formatNumber(d.threshold, 2, i18n.language)}${unit}` }));
  return <span data-rule={d.rule}>{parts.join(' · ')}</span>;
}

function ReadsSideBySide({ view }: { view: AdjudicationView }) {
  const { t, i18n } = useTranslation();
  const discordant = new Map(view.discordances.map((d) => [d.field, d]));
  const fields = view.form.definition.fields.filter((f) => view.readA.values[f.key] !== undefined || view.readB.values[f.key] !== undefined || discordant.has(f.key));
  return (
    <table className="reads-side-by-side" data-testid="reads-side-by-side">
      <thead>
        <tr>
          <th scope="col">{t('reading.adjudication.field')}</th>
          <th scope="col">{t('reading.adjudication.readA')}</th>
          <th scope="col">{t('reading.adjudication.readB')}</th>
          <th scope="col">{t('reading.adjudication.discordance')}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => {
          const d = discordant.get(field.key);
          return (
            <tr key={field.key} data-field={field.key} data-discordant={d ? 'yes' : 'no'} className={d ? 'discordant' : undefined}>
              <th scope="row">{localText(field.label, i18n.language)}</th>
              <td data-testid={`read-a-${field.key}`}>{describeValue(field, view.readA.values[field.key], i18n.language)}</td>
              <td data-testid={`read-b-${field.key}`}>{describeValue(field, view.readB.values[field.key], i18n.language)}</td>
              <td>{d ? <RuleText discordance={d} /> : ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** A computed field takes the inputs of the read chosen; only an entered field takes a value of the adjudicator's. */
const choicesFor = (field: FormField | undefined): Decision['choice'][] => (field?.kind === 'number' && field.computed ? ['read-a', 'read-b'] : ['read-a', 'read-b', 'value']);

interface DraftDecision {
  choice?: Decision['choice'];
  value?: FieldValue;
  reason: string;
}

function ResolveForm({ projectId, view, onResolved }: { projectId: string; view: AdjudicationView; onResolved(): void }) {
  const { t, i18n } = useTranslation();
  const fieldsByKey = new Map(view.form.definition.fields.map((f) => [f.key, f]));
  const [decisions, setDecisions] = useState<Record<string, DraftDecision>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const update = (field: string, change: Partial<DraftDecision>) => setDecisions((all) => ({ ...all, [field]: { reason: '', ...all[field], ...change } }));

  const resolve = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const sent: Decision[] = view.discordances.map((d) => {
        const decision = decisions[d.field] ?? { reason: '' };
        return { field: d.field, choice: decision.choice ?? 'read-a', reason: decision.reason, ...(decision.choice === 'value' ? { value: decision.value ?? '' } : {}) };
      });
      const undecided = view.discordances.filter((d) => decisions[d.field]?.choice === undefined).map((d) => d.field);
      if (undecided.length > 0) {
        setError(new ApiError(0, 'adjudication.undecided', t('reading.adjudication.undecided', { fields: undecided.join(', ') })));
        return;
      }
      await readingApi.resolve(projectId, view.id, sent);
      onResolved();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const errorsByField = error instanceof ApiError && Array.isArray(error.problem.errors) ? (error.problem.errors as Array<{ field?: string; message?: string }>) : [];
  return (
    <form className="stacked-form resolve-form" onSubmit={(e) => { e.preventDefault(); void resolve(); }} data-testid="resolve-form">
      <h3>{t('reading.adjudication.decisions')}</h3>
      {view.discordances.map((d) => {
        const field = fieldsByKey.get(d.field);
        const decision = decisions[d.field];
        const label = field ? localText(field.label, i18n.language) : d.field;
        const fieldError = errorsByField.filter((e) => e.field === d.field);
        return (
          <fieldset key={d.field} className="decision" data-testid={`decision-${d.field}`}>
            <legend>{label}</legend>
            <span role="radiogroup" aria-label={label}>
              {choicesFor(field).map((choice) => (
                <label key={choice} className="choice">
                  <input type="radio" name={`choice-${d.field}`} checked={decision?.choice === choice} onChange={() => update(d.field, { choice })} data-testid={`choice-${d.field}-${choice}`} />
                  {choice === 'read-a' && `${t('reading.adjudication.readA')} (${describeValue(field, d.a ?? view.readA.values[d.field], i18n.language)})`}
                  {choice === 'read-b' && `${t('reading.adjudication.readB')} (${describeValue(field, d.b ?? view.readB.values[d.field], i18n.language)})`}
                  {choice === 'value' && t('reading.adjudication.ownValue')}
                </label>
              ))}
            </span>
            {field?.kind === 'number' && field.computed && <p className="hint">{t('reading.adjudication.computedChoice', { of: field.computed.of.join(', ') })}</p>}
            {decision?.choice === 'value' && <OwnValue field={field} value={decision.value} onChange={(value) => update(d.field, { value })} testId={`value-${d.field}`} />}
            <label>
              {t('reading.adjudication.reason')}
              <input value={decision?.reason ?? ''} onChange={(e) => update(d.field, { reason: e.target.value })} required data-testid={`reason-${d.field}`} />
            </label>
            {fieldError.map((e, i) => <p key={i} className="field-error" role="alert">{e.message}</p>)}
          </fieldset>
        );
      })}
      <Refusal error={error} />
      <div className="form-actions">
        <button type="submit" disabled={busy} data-testid="adjudication-resolve">{t('reading.adjudication.resolve')}</button>
      </div>
    </form>
  );
}

function OwnValue({ field, value, onChange, testId }: { field: FormField | undefined; value: FieldValue | undefined; onChange(value: FieldValue | undefined): void; testId: string }) {
  const { t, i18n } = useTranslation();
  if (field?.kind === 'category') {
    return (
      <select value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value || undefined)} data-testid={testId} aria-label={t('reading.adjudication.ownValue')}>
        <option value="">—</option>
        {field.options.map((o) => <option key={o.value} value={o.value}>{localText(o.label, i18n.language)}</option>)}
      </select>
    );
  }
  if (field?.kind === 'segments') return <SegmentMap value={Array.isArray(value) ? value : []} onChange={onChange} testId={testId} />;
  if (field?.kind === 'number') {
    return (
      <span className="number-input">
        <input inputMode="decimal" defaultValue={typeof value === 'number' ? String(value) : ''} onChange={(e) => onChange(parseNumberInput(e.target.value))} data-testid={testId} aria-label={t('reading.adjudication.ownValue')} />
        <span className="unit">{field.unit}</span>
      </span>
    );
  }
  return <input value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} data-testid={testId} aria-label={t('reading.adjudication.ownValue')} />;
}
