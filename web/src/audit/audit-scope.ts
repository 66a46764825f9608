// Whose audit trail a page shows: the whole platform's (administrators) or one project's
// (its auditors and DPO). Both read the same filters and pages of events.
import { api, apiUrl } from '../api/client';
import type { AuditEvent } from '../api/types';

export type AuditScope = { kind: 'platform' } | { kind: 'project'; projectId: string };

export interface AuditFilterValues {
  action: string;
  actorUserId: string;
  targetType: string;
  /** Values of datetime-local inputs, in the browser's time zone. */
  from: string;
  to: string;
}

export const NO_FILTERS: AuditFilterValues = { action: '', actorUserId: '', targetType: '', from: '', to: '' };
export const PAGE_SIZE = 50;

const isoOf = (local: string) => (local ? new Date(local).toISOString() : undefined);

function queryOf(filters: AuditFilterValues) {
  return {
    action: filters.action.trim() || undefined,
    actorUserId: filters.actorUserId || undefined,
    targetType: filters.targetType.trim() || undefined,
    from: isoOf(filters.from),
    to: isoOf(filters.to),
  };
}

export function loadEvents(scope: AuditScope, filters: AuditFilterValues, before: string | undefined): Promise<AuditEvent[]> {
  const query = { ...queryOf(filters), before, limit: PAGE_SIZE };
  return scope.kind === 'platform'
    ? api.get('/api/audit/events', { query })
    : api.get('/api/projects/{projectId}/audit/events', { params: { projectId: scope.projectId }, query });
}

/** The CSV export of every event matching the filters (not only the page shown). */
export function csvUrl(scope: AuditScope, filters: AuditFilterValues): string {
  return scope.kind === 'platform'
    ? apiUrl('/api/audit/events.csv', undefined, queryOf(filters))
    : apiUrl('/api/projects/{projectId}/audit/events.csv', { projectId: scope.projectId }, queryOf(filters));
}

export interface Person {
  userId: string;
  name: string;
}

/** The people one can filter on: every account for the platform, the project's members otherwise. */
export async function loadPeople(scope: AuditScope): Promise<Person[]> {
  if (scope.kind === 'platform') {
    const users = await api.get('/api/users');
    return users.map((u) => ({ userId: u.id, name: `${u.displayName} (${u.username})` }));
  }
  const memberships = await api.get('/api/projects/{projectId}/memberships', { params: { projectId: scope.projectId } });
  const people = new Map(memberships.map((m) => [m.userId, `${m.displayName} (${m.username})`]));
  return [...people].map(([userId, name]) => ({ userId, name }));
}
