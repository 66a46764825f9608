// The versions of the reading form or the reading design: every version stays readable; the core-lab
// manager writes the next one as JSON (from the latest) and sees the server's refusal with the field
// it names, as on the QC set-up page.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { DateTime } from '../components/DateTime';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { useResource } from '../components/useResource';
import { readingApi } from './reading-api';

export type ReadingDefinitionKind = 'forms' | 'designs';

const list = (projectId: string, kind: ReadingDefinitionKind) => (kind === 'forms' ? readingApi.forms(projectId) : readingApi.designs(projectId));
const load = (projectId: string, kind: ReadingDefinitionKind, version: number) => (kind === 'forms' ? readingApi.form(projectId, version) : readingApi.design(projectId, version));
const create = (projectId: string, kind: ReadingDefinitionKind, definition: unknown, reason: string) => (kind === 'forms' ? readingApi.createForm(projectId, definition, reason) : readingApi.createDesign(projectId, definition, reason));

export function ReadingVersions({ projectId, kind, edits }: { projectId: string; kind: ReadingDefinitionKind; edits: boolean }) {
  const { t } = useTranslation();
  const versions = useResource(() => list(projectId, kind), [projectId, kind]);
  const [shown, setShown] = useState<number | null>(null);
  const [editing, setEditing] = useState(false);
  const rows = versions.data ?? [];
  const current = rows.find((v) => v.current)?.version;
  return (
    <section className="panel wide" aria-labelledby={`reading-${kind}-heading`} data-testid={`reading-${kind}`}>
      <div className="section-header">
        <h2 id={`reading-${kind}-heading`}>{t(`reading.setUp.${kind}.title`)}</h2>
        {edits && !editing && <button type="button" onClick={() => setEditing(true)} data-testid={`reading-${kind}-new`}>{t('reading.setUp.newVersion')}</button>}
      </div>
      <p className="muted">{t(`reading.setUp.${kind}.explained`)}</p>
      {editing && <VersionEditor projectId={projectId} kind={kind} from={current} onClose={() => setEditing(false)} onSaved={versions.reload} />}
      <Refusal error={versions.error} />
      {versions.loading && !versions.data && <Loading />}
      {versions.data && rows.length === 0 && <p>{t(`reading.setUp.${kind}.none`)}</p>}
      {rows.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('reading.setUp.version')}</th>
              <th scope="col">{t('reading.setUp.title')}</th>
              <th scope="col">{t('reading.setUp.reason')}</th>
              <th scope="col">{t('reading.setUp.createdAt')}</th>
              <th scope="col">{t('reading.setUp.digest')}</th>
              <th scope="col">{t('reading.setUp.content')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((v) => (
              <tr key={v.version} data-version={v.version}>
                <td>{v.version} {v.current && <span className="badge ok">{t('reading.setUp.current')}</span>}</td>
                <td>{v.title}</td>
                <td>{v.reason}</td>
                <td><DateTime value={v.createdAt} /></td>
                <td><code title={v.digest}>{`${v.digest.slice(0, 16)}…`}</code></td>
                <td>
                  <button type="button" className="secondary small" onClick={() => setShown(shown === v.version ? null : v.version)} aria-expanded={shown === v.version}>
                    {shown === v.version ? t('reading.setUp.hide') : t('reading.setUp.show')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shown !== null && <VersionText projectId={projectId} kind={kind} version={shown} />}
    </section>
  );
}

function VersionText({ projectId, kind, version }: { projectId: string; kind: ReadingDefinitionKind; version: number }) {
  const definition = useResource(() => load(projectId, kind, version), [projectId, kind, version]);
  if (definition.error !== undefined) return <Refusal error={definition.error} />;
  if (!definition.data) return <Loading />;
  return <pre className="definition-json" data-testid={`reading-${kind}-json`}>{JSON.stringify(definition.data.definition, null, 2)}</pre>;
}

function VersionEditor({ projectId, kind, from, onClose, onSaved }: { projectId: string; kind: ReadingDefinitionKind; from: number | undefined; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const start = useResource(async () => (from === undefined ? '{\n}' : JSON.stringify((await load(projectId, kind, from)).definition, null, 2)), [projectId, kind, from]);
  const [text, setText] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  const value = text ?? start.data ?? '';

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setSaved(null);
    let definition: unknown;
    try {
      definition = JSON.parse(value);
    } catch (failure) {
      setError(new ApiError(0, 'definition.not-json', t('definitions.notJson', { detail: failure instanceof Error ? failure.message : String(failure) })));
      return;
    }
    setBusy(true);
    try {
      const created = await create(projectId, kind, definition, reason);
      setSaved(created.version);
      onSaved();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  if (start.error !== undefined) return <Refusal error={start.error} />;
  if (start.data === undefined) return <Loading />;
  const problem = error instanceof ApiError ? error.problem : {};
  // The server names the offending part as `field` (a JSON pointer) or, for several, in `errors`.
  const fields = [
    ...(typeof problem.field === 'string' ? [problem.field] : []),
    ...(Array.isArray(problem.errors) ? (problem.errors as Array<{ field?: unknown; pointer?: unknown; message?: unknown }>).map((e) => `${String(e.field ?? e.pointer ?? '')}${typeof e.message === 'string' ? ` — ${e.message}` : ''}`) : []),
  ];
  return (
    <form className="stacked-form definition-editor" onSubmit={(e) => void save(e)} data-testid={`reading-${kind}-editor`}>
      <label>
        {t('definitions.json')}
        <textarea value={value} rows={24} spellCheck={false} onChange={(e) => setText(e.target.value)} data-testid={`reading-${kind}-text`} />
      </label>
      <label>
        {t('definitions.reasonLabel')}
        <input value={reason} minLength={3} maxLength={500} required onChange={(e) => setReason(e.target.value)} data-testid={`reading-${kind}-reason`} />
      </label>
      <Refusal error={error} />
      {fields.map((field, i) => <p key={i} className="refusal-code" data-testid={`reading-${kind}-field`}>{t('definitions.field', { field })}</p>)}
      {saved !== null && <p className="success" role="status">{t('definitions.saved', { version: saved })}</p>}
      <div className="form-actions">
        <button type="submit" disabled={busy} data-testid={`reading-${kind}-save`}>{t('definitions.save')}</button>
        <button type="button" className="secondary" onClick={onClose}>{t('definitions.close')}</button>
      </div>
    </form>
  );
}
