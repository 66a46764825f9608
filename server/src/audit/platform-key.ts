// The platform's Ed25519 signing key. It lives in a file of the data directory (mode 0600), never in
// the database, so that someone able to rewrite the database cannot forge a signed checkpoint.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface PlatformKey {
  keyId: string;
  publicKeyPem: string;
  /** Base64 Ed25519 signature of the UTF-8 text. */
  sign(text: string): string;
}

function fromPrivateKey(privateKey: KeyObject): PlatformKey {
  const publicKey = createPublicKey(privateKey);
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return {
    keyId: `ed25519:${createHash('sha256').update(der).digest('hex').slice(0, 16)}`,
    publicKeyPem,
    sign: (text) => sign(null, Buffer.from(text, 'utf8'), privateKey).toString('base64'),
  };
}

export function generatePlatformKey(): PlatformKey {
  return fromPrivateKey(generateKeyPairSync('ed25519').privateKey);
}

export function loadOrCreatePlatformKey(dataDir: string): PlatformKey {
  const file = path.join(dataDir, 'keys', 'platform-ed25519.pem');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    // 'wx' refuses to overwrite a key another process wrote in the meantime.
    try {
      fs.writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return fromPrivateKey(createPrivateKey(fs.readFileSync(file)));
}

export function verifySignature(publicKeyPem: string, text: string, signatureBase64: string): boolean {
  try {
    return verify(null, Buffer.from(text, 'utf8'), createPublicKey(publicKeyPem), Buffer.from(signatureBase64, 'base64'));
  } catch {
    return false;
  }
}

export function checkpointText(seq: string, hash: string, signedAt: Date): string {
  return `corelab-audit-checkpoint-v1\n${seq}\n${hash}\n${signedAt.toISOString()}`;
}
