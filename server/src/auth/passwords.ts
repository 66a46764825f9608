// Password hashing with argon2id (the `argon2` binding of the reference C implementation).
import argon2 from 'argon2';
import { invalid } from '../platform/domain-error.ts';

export interface HashingCost {
  memoryKiB: number;
  iterations: number;
}

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export class PasswordHasher {
  #dummy: Promise<string> | undefined;

  constructor(private readonly cost: HashingCost) {}

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id, memoryCost: this.cost.memoryKiB, timeCost: this.cost.iterations, parallelism: 1 });
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    // An unknown account costs as much as a known one, so timing does not reveal which exist.
    this.#dummy ??= this.hash('corelab-timing-equaliser');
    const target = hash ?? (await this.#dummy);
    try {
      const ok = await argon2.verify(target, password);
      return ok && hash !== null;
    } catch {
      return false;
    }
  }
}

export function checkPasswordPolicy(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw invalid('password.too-short', `a password has at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw invalid('password.too-long', `a password has at most ${MAX_PASSWORD_LENGTH} characters`);
  }
}
