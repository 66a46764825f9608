// The final value of every exam read, with where each value comes from (a single read, the mean of
// the two reads, the reads agreeing, or an adjudication with its reason), and their CSV.
import './reading.css';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { DateTime } from '../components/DateTime';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { useResource } from '../components/useResource';
import { ProjectFrame } from '../workspaces/ProjectFrame';
import { describeValue, localText } from './form-logic';
import { finalValuesCsvUrl, readingApi } from './reading-api';
import type { FinalValueRow, FormField, ReadingFormDefinition } from './reading-types';

export function FinalValuesPage({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  return (
    <ProjectFrame projectId={projectId} heading={() => t('reading.final.pageTitle')}>
      {(project) => <FinalValues projectId={project.id} />}
    </ProjectFrame>
  );
}

/** The project's current form, which names and units the fields; null before the first version. */
export async function latestForm(projectId: string): Promise<ReadingFormDefinition | null> {
  try {
    return (await readingApi.form(projectId, 'current')).definition as ReadingFormDefinition;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** The final values, whether the server sends the rows alone or inside an object. */
function rowsOf(answer: unknown): FinalValueRow[] {
  if (Array.isArray(answer)) return answer as FinalValueRow[];
  const inner = (answer as { exams?: unknown; finalValues?: unknown; items?: unknown }) ?? {};
  return (Array.isArray(inner.exams) ? inner.exams : Array.isArray(inner.finalValues) ? inner.finalValues : Array.isArray(inner.items) ? inner.items : []) as FinalValueRow[];
}

function FinalValues({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation();
  const data = useResource(async () => ({ rows: rowsOf(await readingApi.finalValues(projectId)), form: await latestForm(projectId) }), [projectId]);
  if (data.error !== undefined) return <Refusal error={data.error} />;
  if (!data.data) return <Loading />;
  const { rows, form } = data.data;
  const fields: FormField[] = form ? form.fields.filter((f) => rows.some((r) => r.values[f.key] !== undefined)) : [];
  return (
    <section className="panel wide" aria-labelledby="final-values-heading" data-testid="final-values">
      <div className="section-header">
        <h2 id="final-values-heading">{t('reading.final.title', { count: rows.length })}</h2>
        <a className="button secondary" href={finalValuesCsvUrl(projectId)} download data-testid="final-values-csv">{t('reading.final.csv')}</a>
      </div>
      {rows.length === 0 ? (
        <p className="muted" data-testid="final-values-empty">{t('reading.final.none')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('reading.final.exam')}</th>
                {fields.map((f) => <th key={f.key} scope="col">{localText(f.label, i18n.language)}</th>)}
                <th scope="col">{t('reading.final.definedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.examId} data-exam={row.examId} data-subject={row.subjectCode ?? ''}>
                  <th scope="row">{row.subjectCode ?? row.studyInstanceUID ?? row.examId.slice(0, 8)}</th>
                  {fields.map((f) => {
                    const provenance = row.provenance[f.key];
                    return (
                      <td key={f.key} data-field={f.key} data-source={provenance?.source ?? ''} title={provenance?.reason}>
                        <span className="final-value">{describeValue(f, row.values[f.key], i18n.language)}</span>
                        {provenance && <span className={`provenance ${provenance.source}`}>{t(`reading.final.sources.${provenance.source}`)}</span>}
                        {provenance?.reason && <span className="provenance-reason">{provenance.reason}</span>}
                      </td>
                    );
                  })}
                  <td><DateTime value={row.definedAt} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
