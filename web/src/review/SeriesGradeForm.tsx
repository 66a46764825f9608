// The checklist for one series: its grade, the artefacts seen (those the checklist allows on this
// series) and a comment, which the checklist requires for some grades.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { GRADES, type Checklist, type Grade, type Review, type SeriesToGrade } from '../api/qc-types';
import { SubmissionResult } from '../components/SubmissionResult';
import { useSubmit } from '../components/useSubmit';

interface Props {
  projectId: string;
  studyInstanceUid: string;
  series: SeriesToGrade;
  checklist: Checklist;
  given: Review['grades'][number] | undefined;
  onGraded(review: Review): void;
}

export function SeriesGradeForm({ projectId, studyInstanceUid, series, checklist, given, onGraded }: Props) {
  const { t } = useTranslation();
  const submission = useSubmit();
  // A grade given to an earlier version of the series (since re-sent) is shown but must be given again.
  const current = given && given.seriesInstanceUid === series.seriesInstanceUid ? given : undefined;
  const [grade, setGrade] = useState<Grade | ''>(current?.grade ?? '');
  const [artefacts, setArtefacts] = useState<string[]>(current?.artefacts ?? []);
  const [comment, setComment] = useState(current?.comment ?? '');
  const labels = new Map(checklist.artefacts.map((a) => [a.code, a.label]));
  const needsComment = grade !== '' && (checklist.commentRequiredFor ?? []).includes(grade);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (grade === '') return;
    await submission.run(async () => {
      const review = await api.put('/api/projects/{projectId}/exams/{studyInstanceUid}/review/grades/{seriesName}', {
        params: { projectId, studyInstanceUid, seriesName: series.name },
        body: { grade, artefacts, ...(comment.trim() && { comment: comment.trim() }) },
      });
      onGraded(review);
      return () => t('review.graded', { series: series.label });
    });
  };
  const toggle = (code: string, on: boolean) => setArtefacts((all) => (on ? [...all, code] : all.filter((c) => c !== code)));

  return (
    <form className="checklist-series" onSubmit={(e) => void submit(e)} data-series={series.name} data-graded={current ? 'yes' : 'no'}>
      <h3>
        {series.label} <span className="muted">{t('conformance.matched', { number: series.seriesNumber ?? '—', description: series.seriesDescription ?? '' })}</span>
      </h3>
      <fieldset>
        <legend>{t('review.grade')}</legend>
        <div className="artefacts">
          {GRADES.map((g) => (
            <label key={g} className="checkbox">
              <input type="radio" name={`grade-${series.name}`} value={g} checked={grade === g} onChange={() => setGrade(g)} data-testid={`grade-${series.name}-${g}`} />
              {t(`review.grades.${g}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {series.artefacts.length > 0 && (
        <fieldset>
          <legend>{t('review.artefacts')}</legend>
          <div className="artefacts">
            {series.artefacts.map((code) => (
              <label key={code} className="checkbox">
                <input type="checkbox" checked={artefacts.includes(code)} onChange={(e) => toggle(code, e.target.checked)} />
                {labels.get(code) ?? code}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <label>
        {t('review.comment')} {needsComment ? <span className="optional">{t('review.commentRequired')}</span> : <span className="optional">{t('common.optional')}</span>}
        <textarea value={comment} rows={2} maxLength={checklist.commentMaxLength ?? 2000} required={needsComment} onChange={(e) => setComment(e.target.value)} />
      </label>
      <button type="submit" disabled={submission.busy || grade === ''} data-testid={`grade-${series.name}-save`}>
        {current ? t('review.regrade') : t('review.saveGrade')}
      </button>
      <SubmissionResult submission={submission} />
    </form>
  );
}
