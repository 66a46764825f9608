// The review itself: claim the exam, grade each series on the checklist of the review's version,
// give the verdict (pass / pass with remarks / fail, which opens a query), or hand the exam back.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api/client';
import { VERDICTS, type ExamDetail, type Review, type Verdict } from '../api/qc-types';
import { DateTime } from '../components/DateTime';
import { Loading } from '../components/Loading';
import { Refusal } from '../components/Refusal';
import { SubmissionResult } from '../components/SubmissionResult';
import { useResource } from '../components/useResource';
import { useSubmit } from '../components/useSubmit';
import { useSession } from '../session/session';
import { SeriesGradeForm } from './SeriesGradeForm';

/** The review in progress or the latest one; none before the exam is first claimed. */
async function loadReview(projectId: string, studyInstanceUid: string): Promise<Review | null> {
  try {
    return await api.get('/api/projects/{projectId}/exams/{studyInstanceUid}/review', { params: { projectId, studyInstanceUid } });
  } catch (error) {
    if (error instanceof ApiError && error.code === 'review.none') return null;
    throw error;
  }
}

export function ReviewPanel({ projectId, exam, onChanged }: { projectId: string; exam: ExamDetail; onChanged(): void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const review = useResource(() => loadReview(projectId, exam.studyInstanceUid), [projectId, exam.studyInstanceUid, exam.state]);
  const claim = useSubmit();
  if (review.error !== undefined) return <Refusal error={review.error} />;
  if (review.data === undefined) return <Loading />;
  const r = review.data;
  const mine = r?.status === 'in-progress' && r.reviewerId === user.id;

  const doClaim = async () => {
    const ok = await claim.run(async () => {
      await api.post('/api/projects/{projectId}/exams/{studyInstanceUid}/review', { params: { projectId, studyInstanceUid: exam.studyInstanceUid } });
      return () => t('review.claimed');
    });
    if (ok) {
      review.reload();
      onChanged();
    }
  };

  return (
    <section className="panel wide" aria-labelledby="review-heading" data-testid="review-panel">
      <h2 id="review-heading">{t('review.checklistTitle')}</h2>
      {r && (
        <p data-testid="review-status">
          {t(`review.status.${r.status}`, { name: r.reviewerName })} <span className="muted">{t('review.round', { round: r.round, version: r.checklistVersion })}</span>{' '}
          <DateTime value={r.claimedAt} />
          {r.verdict && <strong> — {t(`review.verdicts.${r.verdict}`)}</strong>}
          {r.reason && <span className="muted"> ({r.reason})</span>}
        </p>
      )}
      {exam.state === 'awaiting-review' && (
        <>
          <p>{t('review.claimExplained')}</p>
          <button type="button" onClick={() => void doClaim()} disabled={claim.busy} data-testid="review-claim">{t('review.claim')}</button>
        </>
      )}
      <SubmissionResult submission={claim} />
      {mine && r && <Grading projectId={projectId} exam={exam} review={r} onGraded={review.reload} onEnded={() => { review.reload(); onChanged(); }} />}
      {r?.status === 'in-progress' && !mine && <p className="note">{t('review.heldByAnother', { name: r.reviewerName })}</p>}
    </section>
  );
}

function Grading({ projectId, exam, review, onGraded, onEnded }: { projectId: string; exam: ExamDetail; review: Review; onGraded(): void; onEnded(): void }) {
  const { t } = useTranslation();
  const checklist = useResource(() => api.get('/api/projects/{projectId}/checklists/{version}', { params: { projectId, version: review.checklistVersion } }), [projectId, review.checklistVersion]);
  if (checklist.error !== undefined) return <Refusal error={checklist.error} />;
  if (!checklist.data) return <Loading />;
  const series = review.seriesToGrade ?? [];
  const graded = series.filter((s) => review.grades.some((g) => g.seriesName === s.name && g.seriesInstanceUid === s.seriesInstanceUid)).length;
  return (
    <>
      <p className="muted">{t('review.checklistExplained', { title: checklist.data.definition.title })}</p>
      {series.map((s) => (
        <SeriesGradeForm
          key={`${s.name}-${s.seriesInstanceUid}`}
          projectId={projectId}
          studyInstanceUid={exam.studyInstanceUid}
          series={s}
          checklist={checklist.data!.definition}
          given={review.grades.find((g) => g.seriesName === s.name)}
          onGraded={onGraded}
        />
      ))}
      <p data-testid="graded-count">{t('review.gradedCount', { graded, count: series.length })}</p>
      <VerdictForm projectId={projectId} studyInstanceUid={exam.studyInstanceUid} ready={graded === series.length} onDone={onEnded} />
      <ReleaseForm projectId={projectId} studyInstanceUid={exam.studyInstanceUid} onDone={onEnded} />
    </>
  );
}

function VerdictForm({ projectId, studyInstanceUid, ready, onDone }: { projectId: string; studyInstanceUid: string; ready: boolean; onDone(): void }) {
  const { t } = useTranslation();
  const submission = useSubmit();
  const [verdict, setVerdict] = useState<Verdict>('pass');
  const [reason, setReason] = useState('');
  const [dueDate, setDueDate] = useState('');
  const needsReason = verdict !== 'pass';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submission.run(async () => {
      const done = await api.post('/api/projects/{projectId}/exams/{studyInstanceUid}/review/verdict', {
        params: { projectId, studyInstanceUid },
        body: { verdict, ...(reason.trim() && { reason: reason.trim() }), ...(verdict === 'fail' && dueDate && { queryDueDate: dueDate }) },
      });
      return () => (done.queryId ? t('review.verdictGivenQuery', { verdict: t(`review.verdicts.${done.verdict ?? verdict}`) }) : t('review.verdictGiven', { verdict: t(`review.verdicts.${done.verdict ?? verdict}`) }));
    });
    if (ok) onDone();
  };
  return (
    <form className="inline-form verdict-form" onSubmit={(e) => void submit(e)} data-testid="verdict-form">
      <h3>{t('review.verdictTitle')}</h3>
      <fieldset className="wide-field">
        <legend>{t('review.verdict')}</legend>
        <div className="artefacts">
          {VERDICTS.map((v) => (
            <label key={v} className="checkbox">
              <input type="radio" name="verdict" value={v} checked={verdict === v} onChange={() => setVerdict(v)} data-testid={`verdict-${v}`} />
              {t(`review.verdicts.${v}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="wide-field">
        {t('review.reason')} {needsReason ? <span className="optional">{t('review.reasonRequired')}</span> : <span className="optional">{t('common.optional')}</span>}
        <textarea value={reason} rows={2} required={needsReason} maxLength={4000} onChange={(e) => setReason(e.target.value)} data-testid="verdict-reason" />
      </label>
      {verdict === 'fail' && (
        <label>
          {t('review.queryDueDate')} <span className="optional">{t('queries.defaultDue')}</span>
          <input type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
        </label>
      )}
      {!ready && <p className="wide-field inline-warning">{t('review.gradeFirst')}</p>}
      <button type="submit" className={verdict === 'fail' ? 'danger' : undefined} disabled={submission.busy || !ready} data-testid="verdict-submit">{t('review.giveVerdict')}</button>
      <SubmissionResult submission={submission} />
    </form>
  );
}

function ReleaseForm({ projectId, studyInstanceUid, onDone }: { projectId: string; studyInstanceUid: string; onDone(): void }) {
  const { t } = useTranslation();
  const submission = useSubmit();
  const [reason, setReason] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submission.run(async () => {
      await api.post('/api/projects/{projectId}/exams/{studyInstanceUid}/review/release', { params: { projectId, studyInstanceUid }, body: { reason } });
      return () => t('review.released');
    });
    if (ok) onDone();
  };
  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} data-testid="release-form">
      <label>
        {t('review.releaseReason')}
        <input value={reason} minLength={3} maxLength={500} required onChange={(e) => setReason(e.target.value)} />
      </label>
      <button type="submit" className="secondary" disabled={submission.busy}>{t('review.release')}</button>
      <SubmissionResult submission={submission} />
    </form>
  );
}
