// The canonical form of an audit event and its chain hash, written from the format in README.md and
// not from the server's code: two independent implementations that must agree.
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);
const CANONICAL_TAG = 'corelab-audit-v1';

/** The fields an event's hash covers. */
export interface HashedFields {
  seq: string;
  occurredAtMs: number;
  actorUserId: string | null;
  actorRole: string | null;
  organisationId: string | null;
  projectId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  reason: string | null;
  beforeDigest: string | null;
  afterDigest: string | null;
  details: string;
  requestId: string | null;
}

/** A JSON array without whitespace, strings escaped as ECMAScript's JSON.stringify escapes them. */
export function canonicalEvent(e: HashedFields): string {
  return JSON.stringify([
    CANONICAL_TAG, e.seq, e.occurredAtMs, e.actorUserId, e.actorRole, e.organisationId, e.projectId,
    e.action, e.targetType, e.targetId, e.reason, e.beforeDigest, e.afterDigest, e.details, e.requestId,
  ]);
}

export function eventHash(prevHash: string, e: HashedFields): string {
  return createHash('sha256').update(`${prevHash}\n${canonicalEvent(e)}`, 'utf8').digest('hex');
}
