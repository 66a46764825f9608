import { useTranslation } from 'react-i18next';
import { ExamList } from '../exams/ExamList';
import { WaitingPeriod } from '../qc/WaitingPeriod';
import { ReadingLinks } from '../reading/ReadingLinks';
import { Link } from '../routing/navigation';
import { SubjectsPanel } from '../subjects/SubjectsPanel';
import { LaterModule } from './parts/LaterModule';
import { LaterModules } from './parts/LaterModules';
import { MembershipList } from './parts/MembershipList';
import { ProjectOverview } from './parts/ProjectOverview';
import type { WorkspaceProps } from './WorkspaceProps';

export function CoreLabManagerWorkspace({ project }: WorkspaceProps) {
  const { t } = useTranslation();
  return (
    <>
      <p className="intro">{t('coreLabManager.intro')}</p>
      <div className="panels">
        <section className="panel" aria-labelledby="qc-set-up" data-testid="qc-set-up">
          <h2 id="qc-set-up">{t('coreLabManager.qcTitle')}</h2>
          <p>{t('coreLabManager.qcHolds')}</p>
          <p className="actions">
            <Link to={{ page: 'qc-definitions', projectId: project.id }} className="button" data-testid="definitions-link">{t('coreLabManager.definitionsLink')}</Link>{' '}
            <Link to={{ page: 'qc-dashboard', projectId: project.id }} className="button secondary" data-testid="dashboard-link">{t('coreLabManager.dashboardLink')}</Link>
          </p>
        </section>
        <WaitingPeriod projectId={project.id} />
        <ReadingLinks projectId={project.id} manages />
      </div>
      <ExamList projectId={project.id} title={t('coreLabManager.examsTitle')} testId="project-exams" />
      <SubjectsPanel project={project} registers={false} />
      <ProjectOverview project={project} />
      <MembershipList projectId={project.id} />
      <LaterModules>
        <LaterModule title={t('coreLabManager.freezeTitle')} holds={t('coreLabManager.freezeHolds')} module="freeze" />
      </LaterModules>
    </>
  );
}
