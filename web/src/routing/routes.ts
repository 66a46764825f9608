// Every page of the web app and its address, in one place.
export type Route =
  | { page: 'projects' }
  | { page: 'project'; projectId: string }
  | { page: 'workspace'; projectId: string; role: string }
  | { page: 'project-audit'; projectId: string }
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
