// The CLI's local encrypted key store: the centre's keys for one project (centre-keys.ts), sealed
// with AES-256-GCM under a key derived by scrypt from a passphrase. It stays on this machine.
import { createCipheriv, createDecipheriv, randomBytes, scrypt as scryptCallback, type ScryptOptions } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { checkCentreKeys, type CentreKeys } from './centre-keys.ts';

const FORMAT = 'corelab-key-store';
const SCRYPT = { N: 1 << 15, r: 8, p: 1 } as const;

interface Envelope {
  format: typeof FORMAT;
  version: 1;
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  cipher: 'aes-256-gcm';
  iv: string;
  tag: string;
  ciphertext: string;
}

export class KeyStoreError extends Error {
  constructor(readonly code: 'wrong-passphrase' | 'corrupted' | 'mismatch', message: string) {
    super(message);
    this.name = 'KeyStoreError';
  }
}

export const defaultKeyStoreDir = () => path.join(os.homedir(), '.corelab', 'keys');
export const keyStorePath = (dir: string, projectCode: string, centreId: string) => path.join(dir, `${safe(projectCode)}-${safe(centreId)}.json.enc`);
const safe = (name: string) => name.replace(/[^A-Za-z0-9._-]/g, '_');

function deriveKey(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) => scryptCallback(passphrase.normalize('NFC'), salt, 32, options, (error, key) => (error ? reject(error) : resolve(key))));
}

export async function writeKeyStore(file: string, keys: CentreKeys, passphrase: string): Promise<void> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', await deriveKey(passphrase, salt, SCRYPT), iv);
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(keys), 'utf8'), cipher.final()]);
  const envelope: Envelope = {
    format: FORMAT,
    version: 1,
    kdf: { name: 'scrypt', ...SCRYPT, salt: salt.toString('base64') },
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  // Written aside then renamed: an interruption never leaves a half-written store.
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temporary, JSON.stringify(envelope, null, 2), { mode: 0o600 });
  await fs.rename(temporary, file);
}

export async function readKeyStore(file: string, passphrase: string, projectId: string, centreId: string): Promise<CentreKeys> {
  let envelope: Envelope;
  try {
    envelope = JSON.parse(await fs.readFile(file, 'utf8')) as Envelope;
    if (envelope.format !== FORMAT || envelope.version !== 1 || envelope.cipher !== 'aes-256-gcm' || envelope.kdf?.name !== 'scrypt') throw new Error('format');
  } catch {
    throw new KeyStoreError('corrupted', `the key store ${file} is corrupted or not a Corelab key store`);
  }
  const { N, r, p, salt } = envelope.kdf;
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0) || N > 1 << 20 || r > 32 || p > 16) throw new KeyStoreError('corrupted', `the key store ${file} has invalid key-derivation parameters`);
  let plaintext: string;
  try {
    const decipher = createDecipheriv('aes-256-gcm', await deriveKey(passphrase, Buffer.from(salt, 'base64'), { N, r, p }), Buffer.from(envelope.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(envelope.tag, 'base64'));
    plaintext = Buffer.concat([decipher.update(Buffer.from(envelope.ciphertext, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new KeyStoreError('wrong-passphrase', `wrong passphrase for the key store ${file} (or the store was altered)`);
  }
  try {
    return checkCentreKeys(JSON.parse(plaintext), projectId, centreId);
  } catch (error) {
    throw new KeyStoreError('mismatch', `the key store ${file}: ${(error as Error).message}`);
  }
}
