// UIDs of exported objects: derived from the read and the object's role, so exporting the same read
// again gives the same UIDs (a re-export replaces, never duplicates, in a receiving archive).
import { createHmac } from 'node:crypto';

const UID_KEY = 'corelab reading export uid v1';

/** 2.25 followed by 128 bits of HMAC-SHA256(read id, role) as a decimal integer (at most 44 characters). */
export function derivedUid(readId: string, role: string): string {
  const digest = createHmac('sha256', UID_KEY).update(`${readId}\u0000${role}`).digest();
  return `2.25.${BigInt(`0x${digest.subarray(0, 16).toString('hex')}`).toString()}`;
}

/**
 * The reader's pseudonym in exported objects: stable per project and reader, never their name (other
 * readers are blinded and the objects travel with the study).
 */
export function readerPseudonym(projectId: string, readerId: string): string {
  return createHmac('sha256', 'corelab reader pseudonym v1').update(`${projectId}\u0000${readerId}`).digest('hex').slice(0, 8).toUpperCase();
}
