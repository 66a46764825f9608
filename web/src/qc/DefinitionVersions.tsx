// The versions of one QC definition (the imaging protocol or the QC checklist): every version stays
// readable; the core-lab manager writes the next one from the current one, as JSON, and sees the
// server's refusal with the field it names.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api/client';
import { DateTime } from '../components/DateTime';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { useResource } from '../components/useResource';

export type DefinitionKind = 'protocols' | 'checklists';

/** A version with its definition; the page shows the definition as JSON whatever its kind. */
interface VersionWithDefinition {
  version: number;
  definition: unknown;
}

const load = (projectId: string, kind: DefinitionKind, version: number | 'current'): Promise<VersionWithDefinition> => {
  if (kind === 'protocols') return version === 'current' ? api.get('/api/projects/{projectId}/protocols/current', { params: { projectId } }) : api.get('/api/projects/{projectId}/protocols/{version}', { params: { projectId, version } });
  return version === 'current' ? api.get('/api/projects/{projectId}/checklists/current', { params: { projectId } }) : api.get('/api/projects/{projectId}/checklists/{version}', { params: { projectId, version } });
};

const list = (projectId: string, kind: DefinitionKind) => (kind === 'protocols' ? api.get('/api/projects/{projectId}/protocols', { params: { projectId } }) : api.get('/api/projects/{projectId}/checklists', { params: { projectId } }));

export function DefinitionVersions({ projectId, kind, edits }: { projectId: string; kind: DefinitionKind; edits: boolean }) {
  const { t } = useTranslation();
  const versions = useResource(() => list(projectId, kind), [projectId, kind]);
  const [shown, setShown] = useState<number | null>(null);
  const [editing, setEditing] = useState(false);
  return (
    <section className="panel wide" aria-labelledby={`${kind}-heading`} data-testid={`${kind}-versions`}>
      <div className="section-header">
        <h2 id={`${kind}-heading`}>{t(`definitions.${kind}.title`)}</h2>
        {edits && !editing && (
          <button type="button" onClick={() => setEditing(true)} data-testid={`${kind}-new`}>{t('definitions.newVersion')}</button>
        )}
      </div>
      <p className="muted">{t(`definitions.${kind}.explained`)}</p>
      {editing && <DefinitionEditor projectId={projectId} kind={kind} onClose={() => setEditing(false)} onSaved={versions.reload} />}
      <Refusal error={versions.error} />
      {versions.loading && !versions.data && <Loading />}
      {versions.data && versions.data.length === 0 && <p>{t(`definitions.${kind}.none`)}</p>}
      {versions.data && versions.data.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('definitions.version')}</th>
              <th scope="col">{t('definitions.versionTitle')}</th>
              <th scope="col">{t('definitions.reason')}</th>
              <th scope="col">{t('definitions.createdAt')}</th>
              <th scope="col">{t('definitions.content')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.data.map((v) => (
              <tr key={v.version} data-version={v.version}>
                <td>
                  {v.version} {v.current && <span className="badge ok">{t('definitions.current')}</span>}
                </td>
                <td>{v.title}</td>
                <td>{v.reason}</td>
                <td><DateTime value={v.createdAt} /></td>
                <td>
                  <button type="button" className="secondary small" onClick={() => setShown(shown === v.version ? null : v.version)} aria-expanded={shown === v.version}>
                    {shown === v.version ? t('definitions.hide') : t('definitions.show')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shown !== null && <DefinitionText projectId={projectId} kind={kind} version={shown} />}
    </section>
  );
}

function DefinitionText({ projectId, kind, version }: { projectId: string; kind: DefinitionKind; version: number }) {
  const definition = useResource(() => load(projectId, kind, version), [projectId, kind, version]);
  if (definition.error !== undefined) return <Refusal error={definition.error} />;
  if (!definition.data) return <Loading />;
  return <pre className="definition-json" data-testid={`${kind}-json`}>{JSON.stringify(definition.data.definition, null, 2)}</pre>;
}

function DefinitionEditor({ projectId, kind, onClose, onSaved }: { projectId: string; kind: DefinitionKind; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const current = useResource(async () => {
    try {
      return JSON.stringify((await load(projectId, kind, 'current')).definition, null, 2);
    } catch (error) {
      // A project without a version yet starts from an empty definition.
      if (error instanceof ApiError && error.status === 404) return '{\n}';
      throw error;
    }
  }, [projectId, kind]);
  const [text, setText] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  const value = text ?? current.data ?? '';

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
      // The server validates the definition in full and names the offending field.
      const body = { definition, reason } as never;
      const created = kind === 'protocols' ? await api.post('/api/projects/{projectId}/protocols', { params: { projectId }, body }) : await api.post('/api/projects/{projectId}/checklists', { params: { projectId }, body });
      setSaved(created.version);
      setText(JSON.stringify(created.definition, null, 2));
      onSaved();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  if (current.error !== undefined) return <Refusal error={current.error} />;
  if (current.data === undefined) return <Loading />;
  const field = error instanceof ApiError && typeof error.problem.field === 'string' ? error.problem.field : undefined;
  return (
    <form className="stacked-form definition-editor" onSubmit={(e) => void save(e)} data-testid={`${kind}-editor`}>
      <label>
        {t('definitions.json')}
        <textarea value={value} rows={24} spellCheck={false} onChange={(e) => setText(e.target.value)} data-testid={`${kind}-text`} />
      </label>
      <label>
        {t('definitions.reasonLabel')}
        <input value={reason} minLength={3} maxLength={500} required onChange={(e) => setReason(e.target.value)} data-testid={`${kind}-reason`} />
      </label>
      <Refusal error={error} />
      {field !== undefined && <p className="refusal-code" data-testid={`${kind}-field`}>{t('definitions.field', { field })}</p>}
      {saved !== null && <p className="success" role="status">{t('definitions.saved', { version: saved })}</p>}
      <div className="form-actions">
        <button type="submit" disabled={busy} data-testid={`${kind}-save`}>{t('definitions.save')}</button>
        <button type="button" className="secondary" onClick={onClose}>{t('definitions.close')}</button>
      </div>
    </form>
  );
}
