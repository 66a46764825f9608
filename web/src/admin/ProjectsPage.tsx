// Opening projects, and the way into each project's parties and roles.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { SubmissionResult } from '../components/SubmissionResult';
import { useResource } from '../components/useResource';
import { useSubmit } from '../components/useSubmit';
import { Link } from '../routing/navigation';

export function ProjectsPage() {
  const { t } = useTranslation();
  const projects = useResource(() => api.get('/api/projects'), []);
  return (
    <>
      <h1>{t('admin.projects.title')}</h1>
      <p className="intro">{t('admin.projects.intro')}</p>
      <CreateProject onCreated={projects.reload} />
      <Refusal error={projects.error} />
      {projects.loading && !projects.data && <Loading />}
      {projects.data?.length === 0 && <p>{t('admin.projects.empty')}</p>}
      {projects.data && projects.data.length > 0 && (
        <table data-testid="admin-projects">
          <thead>
            <tr>
              <th scope="col">{t('admin.projects.code')}</th>
              <th scope="col">{t('admin.projects.projectTitle')}</th>
              <th scope="col">{t('admin.projects.status')}</th>
            </tr>
          </thead>
          <tbody>
            {projects.data.map((p) => (
              <tr key={p.id}>
                <td>
                  <Link to={{ page: 'admin-project', projectId: p.id }} aria-label={t('admin.projects.manage', { code: p.code })}>
                    {p.code}
                  </Link>
                </td>
                <td>{p.title}</td>
                <td>{t(`projectStatus.${p.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function CreateProject({ onCreated }: { onCreated(): void }) {
  const { t } = useTranslation();
  const submission = useSubmit();
  const [code, setCode] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submission.run(async () => {
      const created = await api.post('/api/projects', { body: { code, title, ...(description && { description }) } });
      return () => t('admin.projects.created', { code: created.code });
    });
    if (ok) {
      setCode('');
      setTitle('');
      setDescription('');
      onCreated();
    }
  };

  return (
    <form className="panel inline-form" onSubmit={submit} aria-labelledby="create-project">
      <h2 id="create-project">{t('admin.projects.create')}</h2>
      <label>
        {t('admin.projects.code')}
        <input name="code" required minLength={2} maxLength={32} value={code} onChange={(e) => setCode(e.target.value)} />
      </label>
      <label>
        {t('admin.projects.projectTitle')}
        <input name="title" required minLength={3} value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label className="wide-field">
        <span>
          {t('admin.projects.description')} <span className="optional">{t('common.optional')}</span>
        </span>
        <textarea name="description" rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <button type="submit" disabled={submission.busy}>
        {t('common.create')}
      </button>
      <SubmissionResult submission={submission} />
    </form>
  );
}
