// Chooses what to show: the sign-in page until someone is signed in, then the page at the address.
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminAuditPage } from './admin/AdminAuditPage';
import { AdminOnly } from './admin/AdminOnly';
import { OrganisationsPage } from './admin/OrganisationsPage';
import { ProjectAdminPage } from './admin/ProjectAdminPage';
import { ProjectsPage } from './admin/ProjectsPage';
import { UsersPage } from './admin/UsersPage';
import { Loading } from './components/Loading';
import { ExamPage } from './exams/ExamPage';
import { AppShell } from './layout/AppShell';
import { ApiTokensPage } from './pages/ApiTokensPage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ProjectAuditPage } from './pages/ProjectAuditPage';
import { ProjectListPage } from './pages/ProjectListPage';
import { ProjectPage } from './pages/ProjectPage';
import { DefinitionsPage } from './qc/DefinitionsPage';
import { AdjudicationPage } from './reading/AdjudicationPage';
import { FinalValuesPage } from './reading/FinalValuesPage';
import { ReadersPage } from './reading/ReadersPage';
import { ReadingSetUpPage } from './reading/ReadingSetUpPage';
import { ReadingTaskPage } from './reading/ReadingTaskPage';
import { ReviewPage } from './review/ReviewPage';
import { useRoute } from './routing/navigation';
import type { Route } from './routing/routes';
import { useSessionState } from './session/session';
import { SubjectPage } from './subjects/SubjectPage';
import { WorkspacePage } from './workspaces/WorkspacePage';

// The dashboard brings the chart library: loaded when first opened, not with every page.
const DashboardPage = lazy(() => import('./qc/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const StudyViewerPage = lazy(() => import('./workstation/StudyViewerPage').then((m) => ({ default: m.StudyViewerPage })));
const AgreementPage = lazy(() => import('./reading/AgreementPage').then((m) => ({ default: m.AgreementPage })));

export function App() {
  const { t } = useTranslation();
  const { state } = useSessionState();
  const route = useRoute();

  useEffect(() => {
    document.title = t('app.name');
  }, [t]);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'signed-out') return <LoginPage />;
  return <AppShell>{pageFor(route)}</AppShell>;
}

function pageFor(route: Route) {
  switch (route.page) {
    case 'projects':
      return <ProjectListPage />;
    case 'project':
      return <ProjectPage projectId={route.projectId} />;
    case 'workspace':
      return <WorkspacePage projectId={route.projectId} role={route.role} />;
    case 'project-audit':
      return <ProjectAuditPage projectId={route.projectId} />;
    case 'subject':
      return <SubjectPage projectId={route.projectId} subjectId={route.subjectId} />;
    case 'exam':
      return <ExamPage projectId={route.projectId} studyInstanceUid={route.studyInstanceUid} />;
    case 'review':
      return <ReviewPage projectId={route.projectId} studyInstanceUid={route.studyInstanceUid} />;
    case 'qc-definitions':
      return <DefinitionsPage projectId={route.projectId} />;
    case 'qc-dashboard':
      return (
        <Suspense fallback={<Loading />}>
          <DashboardPage projectId={route.projectId} />
        </Suspense>
      );
    case 'reading-task':
      return <ReadingTaskPage projectId={route.projectId} taskId={route.taskId} />;
    case 'adjudication':
      return <AdjudicationPage projectId={route.projectId} adjudicationId={route.adjudicationId} />;
    case 'reading-set-up':
      return <ReadingSetUpPage projectId={route.projectId} />;
    case 'reading-readers':
      return <ReadersPage projectId={route.projectId} />;
    case 'reading-final-values':
      return <FinalValuesPage projectId={route.projectId} />;
    case 'reading-agreement':
      return (
        <Suspense fallback={<Loading />}>
          <AgreementPage projectId={route.projectId} />
        </Suspense>
      );
    case 'reading-viewer':
      return (
        <Suspense fallback={<Loading />}>
          <StudyViewerPage projectId={route.projectId} studyInstanceUid={route.studyInstanceUid} />
        </Suspense>
      );
    case 'tokens':
      return <ApiTokensPage />;
    case 'admin-organisations':
      return <AdminOnly><OrganisationsPage /></AdminOnly>;
    case 'admin-users':
      return <AdminOnly><UsersPage /></AdminOnly>;
    case 'admin-projects':
      return <AdminOnly><ProjectsPage /></AdminOnly>;
    case 'admin-project':
      return <AdminOnly><ProjectAdminPage projectId={route.projectId} /></AdminOnly>;
    case 'admin-audit':
      return <AdminOnly><AdminAuditPage /></AdminOnly>;
    case 'not-found':
      return <NotFoundPage />;
  }
}
