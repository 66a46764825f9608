// Bounds and checks shared by the three statistics: the sizes a core lab meets (a few readers, up to
// a large trial's targets) and finite numbers only, so that a result is never NaN in disguise.
import { AgreementInputError } from './errors.ts';

export const MAX_TARGETS = 100_000;
export const MAX_READERS = 50;
export const MAX_CATEGORIES = 100;

export function checkConfidence(confidence: number): void {
  if (!(Number.isFinite(confidence) && confidence > 0 && confidence < 1)) {
    throw new AgreementInputError('agreement.invalid-confidence', `The confidence level must be a number strictly between 0 and 1 (got ${String(confidence)}).`);
  }
}

export function checkTargetCount(n: number, minimum: number): void {
  if (n < minimum) throw new AgreementInputError('agreement.too-few-targets', `At least ${minimum} targets are needed (got ${n}).`, { targets: n, minimum });
  if (n > MAX_TARGETS) throw new AgreementInputError('agreement.too-many-targets', `At most ${MAX_TARGETS} targets are accepted (got ${n}).`, { targets: n, maximum: MAX_TARGETS });
}

export function checkFinite(values: readonly number[], where: (index: number) => string): void {
  values.forEach((value, index) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new AgreementInputError('agreement.not-finite', `${where(index)} is not a finite number (${String(value)}).`, { at: where(index) });
    }
  });
}

export function checkSameLength(a: readonly unknown[], b: readonly unknown[]): void {
  if (a.length !== b.length) {
    throw new AgreementInputError('agreement.unequal-lengths', `Both series must rate the same targets: ${a.length} values against ${b.length}.`, { a: a.length, b: b.length });
  }
}
