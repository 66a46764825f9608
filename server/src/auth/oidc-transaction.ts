// What the browser carries between the redirect to the provider and the way back: state, nonce and
// PKCE verifier, sealed with AES-256-GCM so it can be neither read nor forged. The key is derived
// from the client secret, so every Corelab instance behind one address agrees without more setup.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

export interface OidcTransaction {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** Seconds since the epoch after which the transaction is refused. */
  expiresAt: number;
}

export const TRANSACTION_LIFETIME_SECONDS = 10 * 60;

const IV_BYTES = 12;
const TAG_BYTES = 16;

export function transactionKey(clientSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', clientSecret, 'corelab', 'corelab oidc transaction cookie', 32));
}

export function sealTransaction(key: Buffer, transaction: OidcTransaction): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const sealed = Buffer.concat([cipher.update(JSON.stringify(transaction), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString('base64url');
}

/** The transaction inside a cookie value, or a reason it is refused. */
export function openTransaction(key: Buffer, value: string | undefined, now = new Date()): OidcTransaction | 'missing' | 'invalid' | 'expired' {
  if (!value) return 'missing';
  const raw = Buffer.from(value, 'base64url');
  if (raw.length <= IV_BYTES + TAG_BYTES) return 'invalid';
  let parsed: unknown;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    const plain = Buffer.concat([decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)), decipher.final()]);
    parsed = JSON.parse(plain.toString('utf8'));
  } catch {
    return 'invalid';
  }
  if (!isTransaction(parsed)) return 'invalid';
  return parsed.expiresAt * 1000 <= now.getTime() ? 'expired' : parsed;
}

function isTransaction(value: unknown): value is OidcTransaction {
  const t = value as Partial<OidcTransaction> | null;
  return (
    typeof t === 'object' && t !== null &&
    typeof t.state === 'string' && typeof t.nonce === 'string' && typeof t.codeVerifier === 'string' && typeof t.expiresAt === 'number'
  );
}
