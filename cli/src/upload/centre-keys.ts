// The centre's local keys for one project: the 32-byte de-identification key and the map from
// hospital PatientID to subject code. They live on the centre's machines only (the browser's key
// file, the CLI's encrypted key store) and are never sent to the server. Browser-safe.
import { SUBJECT_CODE_PATTERN } from '../../../deid/src/index.ts';

export const CENTRE_KEYS_FORMAT = 'corelab-centre-keys';

export interface CentreKeys {
  format: typeof CENTRE_KEYS_FORMAT;
  version: 1;
  projectId: string;
  centreId: string;
  /** Base64 of the 32-byte de-identification key. */
  key: string;
  /** Hospital PatientID → subject code. */
  subjects: Record<string, string>;
  updatedAt: string;
}

export class CentreKeysError extends Error {
  constructor(readonly code: 'not-a-key-file' | 'other-project' | 'other-centre', message: string) {
    super(message);
    this.name = 'CentreKeysError';
  }
}

export function newCentreKeys(projectId: string, centreId: string, key: Uint8Array): CentreKeys {
  return { format: CENTRE_KEYS_FORMAT, version: 1, projectId, centreId, key: toBase64(key), subjects: {}, updatedAt: new Date().toISOString() };
}

/** Checks a parsed key file and that it belongs to this project and centre. */
export function checkCentreKeys(value: unknown, projectId: string, centreId: string): CentreKeys {
  const keys = value as Partial<CentreKeys> | null;
  const valid =
    typeof keys === 'object' && keys !== null && keys.format === CENTRE_KEYS_FORMAT && keys.version === 1 &&
    typeof keys.projectId === 'string' && typeof keys.centreId === 'string' && typeof keys.key === 'string' &&
    fromBase64(keys.key).byteLength === 32 && typeof keys.subjects === 'object' && keys.subjects !== null &&
    Object.values(keys.subjects).every((code) => typeof code === 'string' && SUBJECT_CODE_PATTERN.test(code));
  if (!valid) throw new CentreKeysError('not-a-key-file', 'this is not a Corelab centre key file');
  if (keys.projectId !== projectId) throw new CentreKeysError('other-project', 'this key file belongs to another project');
  if (keys.centreId !== centreId) throw new CentreKeysError('other-centre', 'this key file belongs to another centre');
  return keys as CentreKeys;
}

export const keyBytes = (keys: CentreKeys): Uint8Array => fromBase64(keys.key);

export function withSubject(keys: CentreKeys, patientId: string, code: string): CentreKeys {
  return { ...keys, subjects: { ...keys.subjects, [patientId]: code }, updatedAt: new Date().toISOString() };
}

/** The next free code `<prefix><0001>` not among the taken ones. */
export function nextSubjectCode(prefix: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const code = `${prefix}${String(n).padStart(4, '0')}`;
    if (!taken.has(code)) return code;
  }
}

/** A default code prefix from the centre's name: its first letters, e.g. "CHUN-". */
export function codePrefixOf(centreName: string): string {
  const letters = centreName.normalize('NFD').replace(/[^A-Za-z0-9]/g, '').toUpperCase().slice(0, 4);
  return `${letters || 'S'}-`;
}

export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return new Uint8Array(0);
  }
}
