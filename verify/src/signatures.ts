// The platform's Ed25519 key and the signed checkpoints: which key to trust (the expected one, when
// given, must be the one the export declares) and whether each checkpoint's signature holds.
import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { CheckpointLine, HeaderLine } from './export-format.ts';
import type { KeyStatus, Problem } from './report.ts';

export interface ExpectedKey {
  pem: string;
  /** Where it came from, for the report (a file name). */
  source: string;
}

export interface TrustedKey {
  keyId: string;
  key: KeyObject;
}

/** Refusal of a key given on the command line. */
export class KeyError extends Error {
  override name = 'KeyError';
}

function ed25519Key(pem: string): KeyObject | undefined {
  try {
    const key = createPublicKey(pem);
    return key.asymmetricKeyType === 'ed25519' ? key : undefined;
  } catch {
    return undefined;
  }
}

const spki = (key: KeyObject) => key.export({ type: 'spki', format: 'der' });

export function keyIdOf(key: KeyObject): string {
  return `ed25519:${createHash('sha256').update(spki(key)).digest('hex').slice(0, 16)}`;
}

export function parseExpectedKey(expected: ExpectedKey): KeyObject {
  const key = ed25519Key(expected.pem);
  if (!key) throw new KeyError(`${expected.source} is not an Ed25519 public key in PEM form`);
  return key;
}

export interface KeyDecision {
  /** The key to check signatures with; none when the declared key is refused or unusable. */
  key: TrustedKey | undefined;
  status: KeyStatus;
  problems: Problem[];
}

export function trustedKey(header: HeaderLine, expected: ExpectedKey | undefined): KeyDecision {
  const refuse = (status: KeyStatus, kind: Problem['kind'], message: string): KeyDecision => ({ key: undefined, status, problems: [{ kind, seq: null, line: 1, message }] });
  const declared = ed25519Key(header.platformKey.publicKeyPem);
  if (!declared) return refuse('invalid', 'bad-key', 'the platform key in the header is not an Ed25519 public key');
  const declaredId = keyIdOf(declared);
  if (declaredId !== header.platformKey.keyId) {
    return refuse('invalid', 'bad-key', `the header names the platform key ${header.platformKey.keyId}, but the key it carries is ${declaredId}`);
  }
  if (!expected) return { key: { keyId: declaredId, key: declared }, status: 'from-file', problems: [] };
  const pinned = parseExpectedKey(expected);
  if (!spki(pinned).equals(spki(declared))) {
    return refuse('refused', 'unexpected-key', `the export was signed with key ${declaredId}, not with the expected key ${keyIdOf(pinned)} (${expected.source}): refused`);
  }
  return { key: { keyId: declaredId, key: pinned }, status: 'expected', problems: [] };
}

export function checkpointText(seq: string, hash: string, signedAt: string): string {
  return `corelab-audit-checkpoint-v1\n${seq}\n${hash}\n${signedAt}`;
}

/** A problem with the checkpoint's signature, or undefined when it holds. */
export function checkSignature(checkpoint: CheckpointLine, line: number, trusted: TrustedKey): Problem | undefined {
  const problem = (message: string): Problem => ({ kind: 'bad-signature', seq: checkpoint.seq, line, message });
  if (checkpoint.keyId !== trusted.keyId) return problem(`the checkpoint was signed with key ${checkpoint.keyId}, not with the platform key ${trusted.keyId}`);
  const text = Buffer.from(checkpointText(checkpoint.seq, checkpoint.hash, checkpoint.signedAt), 'utf8');
  const valid = verify(null, text, trusted.key, Buffer.from(checkpoint.signature, 'base64'));
  return valid ? undefined : problem(`the signature of the checkpoint does not verify with key ${trusted.keyId}: the checkpoint or its signature was changed`);
}
