// Agreement statistics refuse what they cannot compute honestly, with a stable code the API and the
// CLI pass on unchanged.
import { DomainError } from '../../platform/domain-error.ts';

export type AgreementErrorCode =
  | 'agreement.too-few-targets'
  | 'agreement.too-many-targets'
  | 'agreement.too-few-readers'
  | 'agreement.too-many-readers'
  | 'agreement.incomplete-row'
  | 'agreement.unequal-lengths'
  | 'agreement.not-finite'
  | 'agreement.constant-ratings'
  | 'agreement.no-residual-variance'
  | 'agreement.no-target-variance'
  | 'agreement.invalid-confidence'
  | 'agreement.unknown-category'
  | 'agreement.duplicate-category'
  | 'agreement.too-many-categories'
  | 'agreement.categories-required';

export class AgreementInputError extends DomainError {
  constructor(
    override readonly code: AgreementErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super('invalid', code, message, extra);
    this.name = 'AgreementInputError';
  }
}
