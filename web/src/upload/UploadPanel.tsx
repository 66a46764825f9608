// The centre data manager's imaging upload: the centre's local key file, a dropped or picked folder,
// one subject code per hospital patient, de-identification in the browser (a Web Worker running the
// deid engine), then STOW-RS in batches with per-file progress. The key file and every original
// value stay on this machine.
import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import type { ProjectDetail } from '../api/types';
import { Refusal } from '../components/Refusal';
import { useSession } from '../session/session';
import { CentreKeysError, codePrefixOf, keyBytes, newCentreKeys, nextSubjectCode, withSubject, type CentreKeys } from '../../../cli/src/upload/centre-keys.ts';
import { DeclareComplete } from './DeclareComplete';
import { DeidWorker } from './deid-protocol';
import { readKeyFile, saveKeyFile } from './key-file';
import { fromDrop, fromFileList, type SourceFile } from './source-files';
import { listSubjects, registerSubject, storeInstances, type Subject } from './upload-api';

const BATCH = 10;
const CONSENT = ['consented', 'no-objection'] as const;
type Status = 'reading' | 'waiting' | 'not-dicom' | 'deidentifying' | 'uploading' | 'stored' | 'refused' | 'quarantined';

interface Row extends SourceFile {
  status: Status;
  patientId?: string;
  sop?: string;
  reason?: string;
}

export function UploadPanel({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const { user, csrfToken: sessionCsrf } = useSession();
  const csrfToken = sessionCsrf ?? '';
  const centres = project.parties.filter((p) => p.part === 'centre' && p.organisationId === user.organisationId);
  const [centreId, setCentreId] = useState(centres[0]?.organisationId ?? '');
  const centre = centres.find((c) => c.organisationId === centreId);
  const [keys, setKeys] = useState<CentreKeys | null>(null);
  const [unsaved, setUnsaved] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [subjects, setSubjects] = useState<Subject[]>([]);
  const [rows, setRows] = useState<Row[]>([]);
  const [busy, setBusy] = useState(false);
  const [finished, setFinished] = useState(false);
  const [rounds, setRounds] = useState(0);
  const worker = useRef<DeidWorker | null>(null);

  useEffect(() => {
    worker.current = new DeidWorker();
    return () => worker.current?.terminate();
  }, []);
  useEffect(() => {
    listSubjects(project.id).then(setSubjects, setProblem);
  }, [project.id]);

  const update = (index: number, change: Partial<Row>) => setRows((all) => all.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const groups = useMemo(() => {
    const byPatient = new Map<string, number>();
    for (const row of rows) if (row.patientId !== undefined) byPatient.set(row.patientId, (byPatient.get(row.patientId) ?? 0) + 1);
    return [...byPatient.entries()];
  }, [rows]);
  const scanning = rows.some((r) => r.status === 'reading');
  const unmapped = groups.filter(([patientId]) => !keys?.subjects[patientId]);
  const canUpload = !!keys && !unsaved && !busy && !scanning && groups.length > 0 && unmapped.length === 0 && !finished;

  if (!centre) return <p className="note">{t('upload.noCentre')}</p>;

  const changeKeys = (next: CentreKeys) => {
    setKeys(next);
    setUnsaved(true);
  };
  const loadKeys = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    try {
      setKeys(await readKeyFile(file, project.id, centre.organisationId));
      setUnsaved(false);
    } catch (error) {
      setProblem(new ApiError(0, 'key-file.invalid', t(`upload.keyFileError.${error instanceof CentreKeysError ? error.code : 'not-a-key-file'}`)));
    }
  };
  const createKeys = () => {
    const key = new Uint8Array(32);
    crypto.getRandomValues(key);
    changeKeys(newCentreKeys(project.id, centre.organisationId, key));
  };
  const save = async () => {
    if (keys && (await saveKeyFile(keys, t('upload.keyFileType')))) setUnsaved(false);
  };

  const addFiles = async (files: SourceFile[]) => {
    if (!keys || files.length === 0) return;
    // Subjects registered since the page opened (the register panel beside this one) can be chosen.
    listSubjects(project.id).then(setSubjects, setProblem);
    const start = rows.length;
    setFinished(false);
    setRows((all) => [...all, ...files.map((f): Row => ({ ...f, status: 'reading' }))]);
    const key = keyBytes(keys);
    for (const [offset, source] of files.entries()) {
      const answer = await worker.current!.scan(await source.file.arrayBuffer(), key);
      if (answer.kind === 'scanned') update(start + offset, { status: 'waiting', patientId: answer.patientId, sop: answer.storedSopInstanceUID });
      else update(start + offset, { status: answer.code === 'not-dicom' ? 'not-dicom' : 'refused', reason: answer.message });
    }
  };
  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    await addFiles(await fromDrop(event.dataTransfer.items));
  };

  const upload = async () => {
    if (!keys) return;
    setBusy(true);
    setProblem(null);
    const key = keyBytes(keys);
    let batch: Array<{ index: number; sop: string; output: Uint8Array }> = [];
    const send = async (items: typeof batch) => {
      for (const item of items) update(item.index, { status: 'uploading' });
      try {
        const outcome = await storeInstances(project.id, csrfToken, items.map((i) => i.output));
        for (const item of items) {
          if (outcome.stored.has(item.sop)) update(item.index, { status: 'stored' });
          else update(item.index, { status: 'refused', reason: outcome.failed.get(item.sop) ?? outcome.unattributed[0] ?? t('upload.noAnswer') });
        }
      } catch (error) {
        for (const item of items) update(item.index, { status: 'refused', reason: error instanceof Error ? error.message : String(error) });
      }
    };
    try {
      for (const [index, row] of rows.entries()) {
        if (row.status !== 'waiting' || row.patientId === undefined) continue;
        update(index, { status: 'deidentifying' });
        const answer = await worker.current!.deidentify(await row.file.arrayBuffer(), key, keys.subjects[row.patientId]!);
        if (answer.kind === 'quarantined') update(index, { status: 'quarantined', reason: answer.reason });
        else if (answer.kind === 'failed') update(index, { status: 'refused', reason: `${answer.code}: ${answer.message}` });
        else batch.push({ index, sop: row.sop!, output: new Uint8Array(answer.output) });
        if (batch.length >= BATCH) {
          await send(batch);
          batch = [];
        }
      }
      if (batch.length > 0) await send(batch);
    } finally {
      setBusy(false);
      setFinished(true);
      setRounds((r) => r + 1);
    }
  };

  const count = (status: Status) => rows.filter((r) => r.status === status).length;

  return (
    <section className="panel wide upload" data-testid="upload-panel" aria-labelledby="upload-heading">
      <h2 id="upload-heading">{t('upload.title')}</h2>
      <p className="note">{t('upload.privacy')}</p>
      {problem !== null && <Refusal error={problem} />}

      <h3>{t('upload.centreStep')}</h3>
      <label>
        {t('upload.centre')}{' '}
        <select value={centreId} onChange={(e) => { setCentreId(e.target.value); setKeys(null); setRows([]); }} disabled={busy} data-testid="upload-centre">
          {centres.map((c) => <option key={c.organisationId} value={c.organisationId}>{c.organisationName}</option>)}
        </select>
      </label>

      <h3>{t('upload.keyStep')}</h3>
      <p>{t('upload.keyExplained')}</p>
      <div className="actions">
        <label className="button">
          {t('upload.loadKey')}
          <input type="file" accept="application/json,.json" hidden data-testid="key-file-input" onChange={(e) => void loadKeys(e.target.files?.[0])} disabled={busy} />
        </label>
        <button type="button" onClick={createKeys} disabled={busy || keys !== null} data-testid="create-key">{t('upload.createKey')}</button>
        <button type="button" onClick={() => void save()} disabled={!keys} data-testid="save-key">{t('upload.saveKey')}</button>
      </div>
      <p data-testid="key-state">
        {!keys ? t('upload.noKey') : unsaved ? <strong>{t('upload.keyUnsaved')}</strong> : t('upload.keyLoaded', { count: Object.keys(keys.subjects).length })}
      </p>

      <h3>{t('upload.filesStep')}</h3>
      <div className={`drop-zone${keys ? '' : ' disabled'}`} data-testid="drop-zone" onDragOver={(e) => e.preventDefault()} onDrop={(e) => void onDrop(e)}>
        <p>{keys ? t('upload.dropHere') : t('upload.keyFirst')}</p>
        <div className="actions">
          <label className="button">
            {t('upload.pickFolder')}
            <input type="file" multiple hidden data-testid="folder-input" disabled={!keys || busy} {...{ webkitdirectory: '' }} onChange={(e) => void addFiles(fromFileList(e.target.files))} />
          </label>
          <label className="button">
            {t('upload.pickFiles')}
            <input type="file" multiple hidden data-testid="files-input" disabled={!keys || busy} onChange={(e) => void addFiles(fromFileList(e.target.files))} />
          </label>
        </div>
      </div>

      {groups.length > 0 && keys && (
        <>
          <h3>{t('upload.patientsStep')}</h3>
          <p>{t('upload.patientsExplained')}</p>
          <table data-testid="patient-groups">
            <thead>
              <tr><th>{t('upload.patient')}</th><th>{t('upload.files')}</th><th>{t('upload.subject')}</th></tr>
            </thead>
            <tbody>
              {groups.map(([patientId, files], index) => (
                <tr key={patientId}>
                  <td>{t('upload.patientNumber', { number: index + 1 })} <span className="muted">{patientId || t('upload.noPatientId')}</span></td>
                  <td>{files}</td>
                  <td>
                    {keys.subjects[patientId] ? (
                      <span data-testid="subject-code">{keys.subjects[patientId]}</span>
                    ) : (
                      <SubjectChooser
                        subjects={subjects.filter((s) => !Object.values(keys.subjects).includes(s.code))}
                        proposal={nextSubjectCode(codePrefixOf(centre.organisationName), new Set([...subjects.map((s) => s.code), ...Object.values(keys.subjects)]))}
                        onChoose={async (choice) => {
                          setProblem(null);
                          try {
                            if (choice.register) {
                              const created = await registerSubject(project.id, csrfToken, { code: choice.code, centreId: centre.organisationId, consentStatus: choice.consentStatus });
                              setSubjects((all) => [...all, created]);
                            }
                            changeKeys(withSubject(keys, patientId, choice.code));
                          } catch (error) {
                            setProblem(error);
                          }
                        }}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {unsaved && <p className="note">{t('upload.saveBeforeUpload')}</p>}
          <button type="button" className="primary" onClick={() => void upload()} disabled={!canUpload} data-testid="upload-start">{t('upload.start')}</button>
        </>
      )}

      {rows.length > 0 && (
        <>
          <p data-testid="upload-summary" aria-live="polite">
            {t('upload.summary', { total: rows.length, stored: count('stored'), refused: count('refused'), quarantined: count('quarantined'), notDicom: count('not-dicom') })}
          </p>
          <table className="file-progress" data-testid="file-progress">
            <thead>
              <tr><th>{t('upload.file')}</th><th>{t('upload.state')}</th></tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={index} data-status={row.status}>
                  <td>{row.name}</td>
                  <td>{t(`upload.status.${row.status}`)}{row.reason && <span className="muted"> — {row.reason}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      {finished && keys && count('stored') > 0 && (
        <DeclareComplete projectId={project.id} subjectCodes={groups.map(([patientId]) => keys.subjects[patientId]).filter((c): c is string => c !== undefined)} round={rounds} />
      )}
    </section>
  );
}

type Choice = { register: false; code: string } | { register: true; code: string; consentStatus: string };

function SubjectChooser({ subjects, proposal, onChoose }: { subjects: Subject[]; proposal: string; onChoose: (choice: Choice) => Promise<void> }) {
  const { t } = useTranslation();
  const [existing, setExisting] = useState('');
  const [code, setCode] = useState(proposal);
  const [consentStatus, setConsentStatus] = useState<string>(CONSENT[0]);
  useEffect(() => setCode(proposal), [proposal]);
  return (
    <div className="subject-chooser">
      <select value={existing} onChange={(e) => setExisting(e.target.value)} aria-label={t('upload.chooseSubject')} data-testid="subject-select">
        <option value="">{t('upload.newSubject')}</option>
        {subjects.map((s) => <option key={s.id} value={s.code}>{s.code}</option>)}
      </select>
      {existing === '' && (
        <>
          <input value={code} onChange={(e) => setCode(e.target.value)} aria-label={t('upload.newCode')} data-testid="subject-code-input" />
          <select value={consentStatus} onChange={(e) => setConsentStatus(e.target.value)} aria-label={t('upload.consentStatus')}>
            {CONSENT.map((s) => <option key={s} value={s}>{t(`upload.consent.${s}`)}</option>)}
          </select>
        </>
      )}
      <button type="button" data-testid="subject-assign" onClick={() => void onChoose(existing ? { register: false, code: existing } : { register: true, code, consentStatus })}>
        {existing ? t('upload.useSubject') : t('upload.registerSubject')}
      </button>
    </div>
  );
}
