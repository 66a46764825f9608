// Keyed, deterministic pseudonymisation primitives: the same key and input give the same output in
// Node and in a browser (HMAC-SHA-256 from @noble/hashes; no platform crypto).
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';

const utf8 = new TextEncoder();

/**
 * The last key's HMAC state (its padded blocks, hashed once) and what it gave: the files of an
 * upload share a key, and their study, series and frame of reference UIDs and subject codes repeat
 * from file to file. Pure functions of (key, input), so the cache changes no result; it is bounded,
 * and starts again whenever another key comes.
 */
interface KeyedCache {
  key: Uint8Array;
  hmac: ReturnType<typeof hmac.create>;
  uids: Map<string, string>;
  shifts: Map<string, number>;
}
const CACHE_LIMIT = 4096;
let cache: KeyedCache | undefined;

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function keyed(key: Uint8Array): KeyedCache {
  // The bytes are compared, not the array: a caller may reuse one array for another key.
  if (!cache || !sameBytes(cache.key, key)) cache = { key: key.slice(), hmac: hmac.create(sha256, key), uids: new Map(), shifts: new Map() };
  return cache;
}

function remember<V>(map: Map<string, V>, input: string, value: V): V {
  if (map.size >= CACHE_LIMIT) map.clear();
  map.set(input, value);
  return value;
}

export function hmacSha256(key: Uint8Array, message: string): Uint8Array {
  return keyed(key).hmac.clone().update(utf8.encode(message)).digest();
}

/** UID → `2.25.<decimal of the first 128 bits of HMAC-SHA-256(key, uid)>` (PS3.5 B.2 UUID-derived form). */
export function remapUid(key: Uint8Array, uid: string): string {
  const { uids } = keyed(key);
  const known = uids.get(uid);
  if (known !== undefined) return known;
  const digest = hmacSha256(key, uid);
  let value = 0n;
  for (let i = 0; i < 16; i++) value = (value << 8n) | BigInt(digest[i]!);
  return remember(uids, uid, `2.25.${value.toString(10)}`);
}

export const DATE_SHIFT_MIN_DAYS = -365;
export const DATE_SHIFT_MAX_DAYS = -30;

/** Whole days, in [-365, -30], from HMAC-SHA-256(key, 'date-shift:' + subjectCode): one offset per subject. */
export function dateShiftDays(key: Uint8Array, subjectCode: string): number {
  const { shifts } = keyed(key);
  const known = shifts.get(subjectCode);
  if (known !== undefined) return known;
  const digest = hmacSha256(key, `date-shift:${subjectCode}`);
  const n = new DataView(digest.buffer, digest.byteOffset, 4).getUint32(0, false);
  const span = DATE_SHIFT_MAX_DAYS - DATE_SHIFT_MIN_DAYS + 1;
  return remember(shifts, subjectCode, DATE_SHIFT_MIN_DAYS + (n % span));
}
