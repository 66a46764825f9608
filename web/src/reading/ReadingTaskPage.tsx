// The reading workstation for one task: the viewer on the left (contours by structure and phase), the
// reading form on the right, pre-filled from the contours' volumetry; the draft is saved as the reader
// works, and submitted with the server's validation errors shown on their fields.
import './reading.css';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import type { ProjectDetail } from '../api/types';
import { DateTime } from '../components/DateTime';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { useResource } from '../components/useResource';
import { navigate } from '../routing/navigation';
import { pathOf } from '../routing/routes';
import { ProjectFrame } from '../workspaces/ProjectFrame';
import { describeValue, valuesToSend } from './form-logic';
import { readingApi } from './reading-api';
import { ReadingForm } from './ReadingForm';
import { NO_ANNOTATIONS, PHASES, STRUCTURES, type FieldValue, type Phase, type ReadAnnotations, type ReadingTaskView, type ReadValues, type Structure, type Submitted, type ValueError, type Volumetry } from './reading-types';
import { ShortcutsHelp, useWorkstationShortcuts } from './ShortcutsHelp';
import { useDraftSaving, type SaveState } from './useDraftSaving';
import { WorkstationViewer } from './WorkstationViewer';

export function ReadingTaskPage({ projectId, taskId }: { projectId: string; taskId: string }) {
  const { t } = useTranslation();
  return (
    <ProjectFrame projectId={projectId} heading={() => t('reading.task.pageTitle')}>
      {(project) => <TaskLoader project={project} taskId={taskId} />}
    </ProjectFrame>
  );
}

function TaskLoader({ project, taskId }: { project: ProjectDetail; taskId: string }) {
  const view = useResource(() => readingApi.task(project.id, taskId), [project.id, taskId]);
  if (view.error !== undefined) return <Refusal error={view.error} />;
  if (!view.data) return <Loading />;
  return <Workstation key={taskId} projectId={project.id} view={view.data} />;
}

/** Problem+json 422 of a submit: the per-field errors it lists. */
function valueErrorsOf(error: unknown): ValueError[] | undefined {
  if (!(error instanceof ApiError) || !Array.isArray(error.problem.errors)) return undefined;
  return (error.problem.errors as Array<Partial<ValueError>>).map((e) => ({ field: String(e.field ?? ''), code: String(e.code ?? ''), message: String(e.message ?? '') }));
}

function Workstation({ projectId, view }: { projectId: string; view: ReadingTaskView }) {
  const { t, i18n } = useTranslation();
  const definition = view.form.definition;
  const editable = view.task.state === 'in-progress';
  const [values, setValues] = useState<ReadValues>(view.draft?.values ?? {});
  const [annotations, setAnnotations] = useState<ReadAnnotations>(view.draft?.annotations ?? NO_ANNOTATIONS);
  const [volumetry, setVolumetry] = useState<Volumetry | null>(view.draft?.volumetry ?? null);
  const [computed, setComputed] = useState<ReadValues>({});
  const [changes, setChanges] = useState(0);
  const [structure, setStructure] = useState<Structure>('lv-endocardium');
  const [phase, setPhase] = useState<Phase>('ED');
  const [errors, setErrors] = useState<ValueError[]>([]);
  const [failure, setFailure] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [submitted, setSubmitted] = useState<Submitted['read'] | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);

  const save = useCallback(async () => {
    const saved = await readingApi.saveDraft(projectId, view.task.id, valuesToSend(definition, values), annotations);
    setVolumetry(saved.volumetry ?? null);
    setComputed(saved.computed ?? {});
    return saved.savedAt;
  }, [projectId, view.task.id, definition, values, annotations]);
  // No automatic save while submitting or releasing: the task may no longer take a draft.
  const draft = useDraftSaving(save, changes, editable && submitted === null && !busy, view.draft?.savedAt ?? null);

  const changeValue = (key: string, value: FieldValue | undefined) => {
    setValues((current) => {
      const next = { ...current };
      if (value === undefined) delete next[key];
      else next[key] = value;
      return next;
    });
    setChanges((n) => n + 1);
  };
  const changeAnnotations = (next: ReadAnnotations) => {
    setAnnotations(next);
    setChanges((n) => n + 1);
  };

  const submit = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await draft.settle();
      const answer = await readingApi.submit(projectId, view.task.id, valuesToSend(definition, values), annotations);
      setErrors([]);
      setSubmitted(answer.read);
    } catch (error) {
      const fieldErrors = valueErrorsOf(error);
      if (fieldErrors) setErrors(fieldErrors);
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const release = async () => {
    if (!window.confirm(t('reading.task.releaseConfirm'))) return;
    setBusy(true);
    setFailure(undefined);
    try {
      await draft.settle();
      await readingApi.release(projectId, view.task.id);
      navigate(pathOf({ page: 'workspace', projectId, role: 'reader' }));
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  };

  useWorkstationShortcuts({
    save: () => void draft.saveNow(),
    submit: () => void submit(),
    help: () => setHelpOpen((open) => !open),
    structure: (index) => STRUCTURES[index] && setStructure(STRUCTURES[index]),
    phase: (index) => PHASES[index] && setPhase(PHASES[index]),
    enabled: editable && submitted === null,
  });

  useEffect(() => {
    // Leaving with changes not yet saved asks first (the debounced save may not have run).
    const warn = (event: BeforeUnloadEvent) => {
      if (draft.pending) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [draft.pending]);

  if (submitted) {
    return (
      <section className="panel wide" data-testid="read-submitted" data-read={submitted.id}>
        <h2>{t('reading.task.submittedTitle', { label: view.task.blindedLabel })}</h2>
        <p className="success" role="status">{t('reading.task.submitted')} <DateTime value={submitted.submittedAt} /></p>
        <p className="muted">{t('reading.task.digest', { digest: submitted.digest })}</p>
        <table>
          <tbody>
            {definition.fields.filter((f) => submitted.values[f.key] !== undefined).map((f) => (
              <tr key={f.key} data-field={f.key}>
                <th scope="row">{f.label[i18n.language === 'en' ? 'en' : 'fr']}</th>
                <td>{describeValue(f, submitted.values[f.key], i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <NextCase projectId={projectId} />
      </section>
    );
  }

  return (
    <div className="workstation" data-testid="workstation" data-task={view.task.id} data-state={view.task.state}>
      <header className="workstation-bar">
        <strong data-testid="case-label">{view.task.blindedLabel}</strong>
        {view.subjectCode && view.subjectCode !== view.task.blindedLabel && <span className="muted" data-testid="subject-code">{view.subjectCode}</span>}
        {view.task.kind === 'reread' && <span className="badge">{t('reading.task.reread')}</span>}
        <ContourTarget structure={structure} phase={phase} onStructure={setStructure} onPhase={setPhase} disabled={!editable} />
        <SaveIndicator state={draft.state} />
        {editable && (
          <span className="actions">
            <button type="button" className="secondary" onClick={() => void draft.saveNow()} disabled={busy} data-testid="draft-save">{t('reading.task.save')}</button>
            <button type="button" onClick={() => void submit()} disabled={busy} data-testid="read-submit">{t('reading.task.submit')}</button>
            <button type="button" className="secondary" onClick={() => void release()} disabled={busy} data-testid="task-release">{t('reading.task.release')}</button>
          </span>
        )}
        <button type="button" className="secondary small" onClick={() => setHelpOpen((o) => !o)} aria-expanded={helpOpen} data-testid="shortcuts-toggle">{t('reading.shortcuts.toggle')}</button>
      </header>
      {helpOpen && <ShortcutsHelp onClose={() => setHelpOpen(false)} />}
      {!editable && <p className="muted">{t('reading.task.notEditable', { state: view.task.state })}</p>}
      <Refusal error={failure} />
      {errors.length > 0 && <p className="refusal" role="alert" data-testid="submit-errors">{t('reading.task.errorsCount', { count: errors.length })}</p>}
      <div className="workstation-panes">
        <div className="workstation-viewer">
          <WorkstationViewer
            projectId={projectId}
            studyInstanceUID={view.studyInstanceUID}
            series={view.series}
            annotations={annotations}
            onAnnotationsChange={changeAnnotations}
            activeStructure={structure}
            activePhase={phase}
            readOnly={!editable}
          />
          <p className="muted" data-testid="contour-count" data-count={annotations.contours.length}>
            {t('reading.task.contours', { count: annotations.contours.length })}
            {volumetry?.warnings && volumetry.warnings.length > 0 && (
              <span className="volumetry-warnings" data-testid="volumetry-warnings"> {volumetry.warnings.join(' · ')}</span>
            )}
          </p>
        </div>
        <div className="workstation-form">
          <ReadingForm definition={definition} values={values} onChange={changeValue} errors={errors} volumetry={volumetry} computed={computed} bodySurfaceAreaM2={view.bodySurfaceAreaM2} readOnly={!editable} />
        </div>
      </div>
    </div>
  );
}

function ContourTarget({ structure, phase, onStructure, onPhase, disabled }: { structure: Structure; phase: Phase; onStructure(s: Structure): void; onPhase(p: Phase): void; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="contour-target">
      <label>
        {t('reading.task.structure')}
        <select value={structure} disabled={disabled} onChange={(e) => onStructure(e.target.value as Structure)} data-testid="active-structure">
          {STRUCTURES.map((s) => <option key={s} value={s}>{t(`reading.structures.${s}`)}</option>)}
        </select>
      </label>
      <span role="radiogroup" aria-label={t('reading.task.phase')}>
        {PHASES.map((p) => (
          <label key={p} className="choice">
            <input type="radio" name="active-phase" checked={phase === p} disabled={disabled} onChange={() => onPhase(p)} data-testid={`phase-${p}`} />
            {t(`reading.phases.${p}`)}
          </label>
        ))}
      </span>
    </span>
  );
}

function SaveIndicator({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  return (
    <span className={`save-indicator ${state.status}`} role="status" data-testid="save-indicator" data-status={state.status}>
      {state.status === 'saved' && (state.at ? <>{t('reading.save.savedAt')} <DateTime value={state.at} /></> : t('reading.save.nothing'))}
      {state.status === 'unsaved' && t('reading.save.unsaved')}
      {state.status === 'saving' && t('reading.save.saving')}
      {state.status === 'failed' && (
        <>
          {t('reading.save.failed')} <Refusal error={state.error} />
        </>
      )}
    </span>
  );
}

/** Claims the next case of the reader's worklist and opens it. */
export function NextCase({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const next = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const task = await readingApi.next(projectId);
      navigate(pathOf({ page: 'reading-task', projectId, taskId: task.id }));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const empty = error instanceof ApiError && error.code === 'reading.worklist-empty';
  return (
    <div className="next-case">
      <button type="button" onClick={() => void next()} disabled={busy} data-testid="next-case">{t('reading.worklist.next')}</button>
      {empty ? <p className="muted" data-testid="worklist-empty">{t('reading.worklist.empty')}</p> : <Refusal error={error} />}
    </div>
  );
}
