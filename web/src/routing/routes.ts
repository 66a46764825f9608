// Every page of the web app and its address, in one place.
export type Route =
  | { page: 'projects' }
  | { page: 'project'; projectId: string }
  | { page: 'workspace'; projectId: string; role: string }
  | { page: 'project-audit'; projectId: string }
  | { page: 'subject'; projectId: string; subjectId: string }
  | { page: 'exam'; projectId: string; studyInstanceUid: string }
  | { page: 'review'; projectId: string; studyInstanceUid: string }
  | { page: 'qc-definitions'; projectId: string }
  | { page: 'qc-dashboard'; projectId: string }
  | { page: 'reading-task'; projectId: string; taskId: string }
  | { page: 'adjudication'; projectId: string; adjudicationId: string }
  | { page: 'reading-set-up'; projectId: string }
  | { page: 'reading-readers'; projectId: string }
  | { page: 'reading-final-values'; projectId: string }
  | { page: 'reading-agreement'; projectId: string }
  | { page: 'reading-viewer'; projectId: string; studyInstanceUid: string }
  | { page: 'tokens' }
  | { page: 'admin-organisations' }
  | { page: 'admin-users' }
  | { page: 'admin-projects' }
  | { page: 'admin-project'; projectId: string }
  | { page: 'admin-audit' }
  | { page: 'not-found' };

const PATTERNS: Array<[RegExp, (m: string[]) => Route]> = [
  [/^\/$/, () => ({ page: 'projects' })],
  [/^\/projects\/([^/]+)$/, ([id]) => ({ page: 'project', projectId: id! })],
  [/^\/projects\/([^/]+)\/workspaces\/([^/]+)$/, ([id, role]) => ({ page: 'workspace', projectId: id!, role: role! })],
  [/^\/projects\/([^/]+)\/audit$/, ([id]) => ({ page: 'project-audit', projectId: id! })],
  [/^\/projects\/([^/]+)\/subjects\/([^/]+)$/, ([id, subject]) => ({ page: 'subject', projectId: id!, subjectId: subject! })],
  [/^\/projects\/([^/]+)\/exams\/([^/]+)$/, ([id, uid]) => ({ page: 'exam', projectId: id!, studyInstanceUid: uid! })],
  [/^\/projects\/([^/]+)\/reviews\/([^/]+)$/, ([id, uid]) => ({ page: 'review', projectId: id!, studyInstanceUid: uid! })],
  [/^\/projects\/([^/]+)\/qc\/definitions$/, ([id]) => ({ page: 'qc-definitions', projectId: id! })],
  [/^\/projects\/([^/]+)\/qc\/dashboard$/, ([id]) => ({ page: 'qc-dashboard', projectId: id! })],
  [/^\/projects\/([^/]+)\/reading\/tasks\/([^/]+)$/, ([id, task]) => ({ page: 'reading-task', projectId: id!, taskId: task! })],
  [/^\/projects\/([^/]+)\/reading\/adjudications\/([^/]+)$/, ([id, adjudication]) => ({ page: 'adjudication', projectId: id!, adjudicationId: adjudication! })],
  [/^\/projects\/([^/]+)\/reading\/set-up$/, ([id]) => ({ page: 'reading-set-up', projectId: id! })],
  [/^\/projects\/([^/]+)\/reading\/readers$/, ([id]) => ({ page: 'reading-readers', projectId: id! })],
  [/^\/projects\/([^/]+)\/reading\/final-values$/, ([id]) => ({ page: 'reading-final-values', projectId: id! })],
  [/^\/projects\/([^/]+)\/reading\/agreement$/, ([id]) => ({ page: 'reading-agreement', projectId: id! })],
  [/^\/projects\/([^/]+)\/reading\/viewer\/([^/]+)$/, ([id, uid]) => ({ page: 'reading-viewer', projectId: id!, studyInstanceUid: uid! })],
  [/^\/tokens$/, () => ({ page: 'tokens' })],
  [/^\/admin\/organisations$/, () => ({ page: 'admin-organisations' })],
  [/^\/admin\/users$/, () => ({ page: 'admin-users' })],
  [/^\/admin\/projects$/, () => ({ page: 'admin-projects' })],
  [/^\/admin\/projects\/([^/]+)$/, ([id]) => ({ page: 'admin-project', projectId: id! })],
  [/^\/admin\/audit$/, () => ({ page: 'admin-audit' })],
];

export function parseRoute(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  for (const [pattern, toRoute] of PATTERNS) {
    const match = pattern.exec(path);
    if (match) return toRoute(match.slice(1).map(decodeURIComponent));
  }
  return { page: 'not-found' };
}

export function pathOf(route: Exclude<Route, { page: 'not-found' }>): string {
  const id = 'projectId' in route ? encodeURIComponent(route.projectId) : '';
  switch (route.page) {
    case 'projects':
      return '/';
    case 'project':
      return `/projects/${id}`;
    case 'workspace':
      return `/projects/${id}/workspaces/${encodeURIComponent(route.role)}`;
    case 'project-audit':
      return `/projects/${id}/audit`;
    case 'subject':
      return `/projects/${id}/subjects/${encodeURIComponent(route.subjectId)}`;
    case 'exam':
      return `/projects/${id}/exams/${encodeURIComponent(route.studyInstanceUid)}`;
    case 'review':
      return `/projects/${id}/reviews/${encodeURIComponent(route.studyInstanceUid)}`;
    case 'qc-definitions':
      return `/projects/${id}/qc/definitions`;
    case 'qc-dashboard':
      return `/projects/${id}/qc/dashboard`;
    case 'reading-task':
      return `/projects/${id}/reading/tasks/${encodeURIComponent(route.taskId)}`;
    case 'adjudication':
      return `/projects/${id}/reading/adjudications/${encodeURIComponent(route.adjudicationId)}`;
    case 'reading-set-up':
      return `/projects/${id}/reading/set-up`;
    case 'reading-readers':
      return `/projects/${id}/reading/readers`;
    case 'reading-final-values':
      return `/projects/${id}/reading/final-values`;
    case 'reading-agreement':
      return `/projects/${id}/reading/agreement`;
    case 'reading-viewer':
      return `/projects/${id}/reading/viewer/${encodeURIComponent(route.studyInstanceUid)}`;
    case 'tokens':
      return '/tokens';
    case 'admin-organisations':
      return '/admin/organisations';
    case 'admin-users':
      return '/admin/users';
    case 'admin-projects':
      return '/admin/projects';
    case 'admin-project':
      return `/admin/projects/${id}`;
    case 'admin-audit':
      return '/admin/audit';
  }
}
