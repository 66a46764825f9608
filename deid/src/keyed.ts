// Keyed, deterministic pseudonymisation primitives: the same key and input give the same output in
// Node and in a browser (HMAC-SHA-256 from @noble/hashes; no platform crypto).
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';

const utf8 = new TextEncoder();

export function hmacSha256(key: Uint8Array, message: string): Uint8Array {
  return hmac(sha256, key, utf8.encode(message));
}

function uidFromDigest(digest: Uint8Array): string {
  let value = 0n;
  for (let i = 0; i < 16; i++) value = (value << 8n) | BigInt(digest[i]!);
  return `2.25.${value.toString(10)}`;
}

/** UID → `2.25.<decimal of the first 128 bits of HMAC-SHA-256(key, uid)>` (PS3.5 B.2 UUID-derived form). */
export function remapUid(key: Uint8Array, uid: string): string {
  return uidFromDigest(hmacSha256(key, uid));
}

/** remapUid for the many UIDs of one file: the key's HMAC state (its padded blocks) is computed once. */
export function uidRemapper(key: Uint8Array): (uid: string) => string {
  const keyed = hmac.create(sha256, key);
  return (uid) => uidFromDigest(keyed.clone().update(utf8.encode(uid)).digest());
}

export const DATE_SHIFT_MIN_DAYS = -365;
export const DATE_SHIFT_MAX_DAYS = -30;

/** Whole days, in [-365, -30], from HMAC-SHA-256(key, 'date-shift:' + subjectCode): one offset per subject. */
export function dateShiftDays(key: Uint8Array, subjectCode: string): number {
  const digest = hmacSha256(key, `date-shift:${subjectCode}`);
  const n = new DataView(digest.buffer, digest.byteOffset, 4).getUint32(0, false);
  const span = DATE_SHIFT_MAX_DAYS - DATE_SHIFT_MIN_DAYS + 1;
  return DATE_SHIFT_MIN_DAYS + (n % span);
}
